// Text the finished article would show twice: a share card at the end of the body that
// repeats the headline and the standfirst (le Figaro's "Partager" panel), a paragraph a
// template prints again further down. Looked for after Readability and the lead recovery,
// inside the article only, so the copy that goes is always the later one and the article
// keeps each text where it first stands. (clean/duplicates.ts handles repeats that stand
// next to each other, captions mostly, on the whole page before Readability.)
//
// The standfirst printed again at the very end (a share card, the page's description under the
// story) is rarely the same text: the top copy carries the source tag ("(Dân trí) - ", "TTO - ")
// that the description leaves out, the description is cut short ("…"), quotes differ (" and “”),
// it sits in a list item or with the card's other words ("Chia sẻ: …"), or the standfirst is
// shorter than MIN_REPEAT_CHARS. So texts are compared by a key without those differences, and the
// last blocks of the article are also compared with the first one, the standfirst, on its own terms.
import { closestTag, descendantsWithTag, hasDescendant, MEDIA_TAGS, normalizeLabel, textOf } from '../dom/elements';
import {
  EXCERPT_ELLIPSIS,
  LEAD_SOURCE_TAG,
  STANDFIRST_COPY_EXTRA_CHARS,
  STANDFIRST_END_BLOCKS,
  STANDFIRST_MIN_CHARS,
} from '../rules/tails';
import type { ArticleDraft } from '../step-types';

/** Blocks compared: those that hold text and no other such block. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'div']);
/** Blocks a standfirst's copy at the end may also stand in: a share card's list item or section. */
const END_BLOCKS = new Set([...TEXT_BLOCKS, 'li', 'section', 'dd']);
const FIGURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption']);
/** A repeat this long is the same paragraph printed twice, not two short lines that agree ("Ảnh: TTXVN"). */
const MIN_REPEAT_CHARS = 60;

/** Removes later copies of long blocks, every body block that repeats the headline, and the
 * standfirst repeated at the end; returns how many. */
export function removeLaterRepeats({ content: article, title: headline }: ArticleDraft): number {
  const title = normalizeLabel(headline);
  const seen = new Set<string>();
  const later: Element[] = [];
  for (const block of textBlocks(article, TEXT_BLOCKS)) {
    const text = normalizeLabel(textOf(block));
    if (!text || hasDescendant(block, MEDIA_TAGS)) continue;
    const key = repeatKey(text);
    if (text === title || (key.length >= MIN_REPEAT_CHARS && seen.has(key))) later.push(block);
    else seen.add(key);
  }
  for (const block of later) block.remove();
  return later.length + removeStandfirstAtEnd(article);
}

/** A block's text for comparing: quotes alike, no source tag before it, no ellipsis after it. */
function repeatKey(text: string): string {
  return text
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[‘‚‛]/g, "'")
    .replace(LEAD_SOURCE_TAG, '')
    .replace(EXCERPT_ELLIPSIS, '');
}

/** Removes the last blocks of the article that print its first block, the standfirst, again. */
function removeStandfirstAtEnd(article: Element): number {
  const blocks = textBlocks(article, END_BLOCKS).filter((block) => textOf(block) && !hasDescendant(block, MEDIA_TAGS));
  const first = blocks[0];
  // a photo's caption first is the lead photo's, and a later copy the same photo's in a gallery (24h)
  if (!first || isCaption(first)) return 0;
  const standfirst = repeatKey(normalizeLabel(textOf(first)));
  if (standfirst.length < STANDFIRST_MIN_CHARS) return 0;
  let removed = 0;
  for (const block of blocks.slice(1).slice(-STANDFIRST_END_BLOCKS)) {
    const written = textOf(block); // normalizeLabel drops a final "…", which says the copy was cut
    if (
      !isCaption(block) &&
      copiesStandfirst(repeatKey(normalizeLabel(written)), standfirst, EXCERPT_ELLIPSIS.test(written))
    ) {
      block.remove();
      removed++;
    }
  }
  return removed;
}

/** `copy` is the standfirst: the same, cut short (a description ends "…"), or with a few words of a share card around it. */
function copiesStandfirst(copy: string, standfirst: string, cut: boolean): boolean {
  if (copy.length < STANDFIRST_MIN_CHARS) return false;
  if (copy === standfirst) return true;
  if (standfirst.startsWith(copy)) return cut || copy.length >= standfirst.length / 2;
  return copy.includes(standfirst) && copy.length - standfirst.length <= STANDFIRST_COPY_EXTRA_CHARS;
}

/** A photo's caption: in a figure, or right after a picture (the block, or its ancestors up to
 * three levels while it is their first child, follows an element showing one). */
function isCaption(block: Element): boolean {
  if (closestTag(block, FIGURE_TAGS)) return true;
  let node: Element | null = block;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const before = node.previousElementSibling;
    if (before) return MEDIA_TAGS.has(before.localName) || hasDescendant(before, MEDIA_TAGS);
  }
  return false;
}

/** Blocks of `tags` that hold no other such block, in document order. */
function textBlocks(article: Element, tags: ReadonlySet<string>): Element[] {
  return descendantsWithTag(article, tags).filter((block) => !hasDescendant(block, tags));
}
