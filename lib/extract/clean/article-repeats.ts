// Text the finished article would show twice: a share card at the end of the body that
// repeats the headline and the standfirst (le Figaro's "Partager" panel), a paragraph a
// template prints again further down. Looked for after Readability and the lead recovery,
// inside the article only, so the copy that goes is always the later one and the article
// keeps each text where it first stands. (clean/duplicates.ts handles repeats that stand
// next to each other, captions mostly, on the whole page before Readability.)
import { hasDescendant, MEDIA_TAGS, normalizeLabel, textOf } from '../dom/elements';
import type { ArticleDraft } from '../step-types';

/** Blocks compared: those that hold text and no other such block. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'div']);
const TEXT_BLOCK_SELECTOR = [...TEXT_BLOCKS].join(',');
/** A repeat this long is the same paragraph printed twice, not two short lines that agree ("Ảnh: TTXVN"). */
const MIN_REPEAT_CHARS = 60;

/** Removes later copies of long blocks and every body block that repeats the headline; returns how many. */
export function removeLaterRepeats({ content: article, title: headline }: ArticleDraft): number {
  const title = normalizeLabel(headline);
  const seen = new Set<string>();
  const later: Element[] = [];
  for (const block of textBlocks(article)) {
    const text = normalizeLabel(textOf(block));
    if (!text || hasDescendant(block, MEDIA_TAGS)) continue;
    if (text === title || (text.length >= MIN_REPEAT_CHARS && seen.has(text))) later.push(block);
    else seen.add(text);
  }
  for (const block of later) block.remove();
  return later.length;
}

function textBlocks(article: Element): Element[] {
  return [...article.querySelectorAll(TEXT_BLOCK_SELECTOR)].filter((block) => !hasDescendant(block, TEXT_BLOCKS));
}
