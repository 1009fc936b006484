import { hasDescendant, IMAGE_TAGS, labelSet, normalizeLabel, removeAll, textOf } from '../dom/elements';
import { BLOCK_TAGS } from '../dom/measure';
import { DATELINE_WORDS, PAGER_WORDS } from '../rules/labels';
import { BYLINE_DATE, DATE_PREPOSITIONS } from '../rules/metadata';
import { DOTTED_MERIDIEM, UPDATE_LINE_WORDS } from '../rules/tails';
import type { CleanContext } from './context';

// Blocks with nothing for a reader: a date the header already shows ("Thứ Hai, 24/12/2012,
// 03:04 AM (GMT+7)", "14/04/2023 15:30"), an update line standing alone ("Cập nhật lúc 10:30 14/04/2023",
// "Updated at 1:23 p.m. ET", "Mis à jour le 12/03/2024 à 10h30", "Aktualisiert am 3. März 2024"), and page-number bars
// ("Trang trước, [1], 2, 3, Trang sau").

const DATELINE_WORD_SET = labelSet(DATELINE_WORDS);
/** Dateline words and phrases, longest first, as isDateline takes them off: "cap nhat luc" before "luc". */
const DATELINE_PHRASES = [...labelSet([...DATELINE_WORDS, ...UPDATE_LINE_WORDS, ...DATE_PREPOSITIONS])]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);
/** A time as Vietnamese and French sites write it: "10h30", "9h", "10 h 30" is three tokens. */
const HOUR_TOKEN = /^\d{1,2}h\d{0,2}$/;
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

export function isDateline(raw: string): boolean {
  const text = raw.replace(DOTTED_MERIDIEM, '$1m');
  BYLINE_DATE.lastIndex = 0;
  if (!BYLINE_DATE.test(text) || !/\d/.test(text)) return false;
  const rest = normalizeLabel(text.replace(BYLINE_DATE, ' ')).replace(/[()[\],.:|/+\-–—]+/g, ' ');
  if ([...DATELINE_WORD_SET].some((w) => rest.trim() === w)) return true;
  const words = rest.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length;) {
    if (/^\d+$/.test(words[i]!) || HOUR_TOKEN.test(words[i]!)) i++;
    else {
      const phrase = DATELINE_PHRASES.find((p) => p.every((word, j) => words[i + j] === word));
      if (!phrase) return false;
      i += phrase.length;
    }
  }
  return true;
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
