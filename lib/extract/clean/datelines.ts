import { hasDescendant, IMAGE_TAGS, labelSet, nameWordTest, normalizeLabel, removeAll, textOf } from '../dom/elements';
import { BLOCK_TAGS } from '../dom/measure';
import { DATELINE_WORDS, PAGER_WORDS } from '../rules/labels';
import { BYLINE_DATE } from '../rules/metadata';
import { PLACE_DATELINE_NAME_WORDS } from '../rules/selectors';
import type { CleanContext } from './context';

// Blocks with nothing for a reader: a date the header already shows ("Thứ Hai, 24/12/2012,
// 03:04 AM (GMT+7)", "14/04/2023 15:30"), and page-number bars ("Trang trước, [1], 2, 3, Trang sau").

const DATELINE_WORD_SET = labelSet(DATELINE_WORDS);
const PAGER_WORD_SET = labelSet(PAGER_WORDS);
/** Longest dateline or pager, in characters. */
const MAX_CHARS = 120;

/** Removes blocks that are only a date and time, or only page numbers. */
export function removeDatelinesAndPagers(ctx: CleanContext): number {
  const found: Element[] = [];
  for (const block of ctx.measure.elements) {
    if (block === ctx.root || !BLOCK_TAGS.has(block.localName) || ctx.measure.of(block).hasBlockDescendant) continue;
    const { chars } = ctx.measure.of(block);
    if (chars === 0 || chars > MAX_CHARS || hasDescendant(block, IMAGE_TAGS)) continue;
    const text = textOf(block);
    if (isDateline(text) || isPager(text)) found.push(block);
  }
  return removeAll(found);
}

export function isDateline(text: string): boolean {
  BYLINE_DATE.lastIndex = 0;
  if (!BYLINE_DATE.test(text) || !/\d/.test(text)) return false;
  const rest = normalizeLabel(text.replace(BYLINE_DATE, ' ')).replace(/[()[\],.:|/+\-–—]+/g, ' ');
  return (
    rest
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => DATELINE_WORD_SET.has(word) || /^\d+$/.test(word)) ||
    [...DATELINE_WORD_SET].some((w) => rest.trim() === w)
  );
}

export function isPager(text: string): boolean {
  const words = normalizeLabel(text).replace(/[[\](),.|«»‹›<>…]+/g, ' ');
  let numbers = 0;
  let rest = ` ${words} `;
  for (const word of [...PAGER_WORD_SET].sort((a, b) => b.length - a.length)) rest = rest.split(` ${word} `).join(' ');
  for (const token of rest.split(/\s+/).filter(Boolean)) {
    if (!/^\d+$/.test(token)) return false;
    numbers++;
  }
  return numbers >= 2;
}
