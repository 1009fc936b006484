import { descendantsWithTag, hasDescendant, removeAll } from '../dom/elements';
import type { CleanContext } from './context';
import { storyTarget } from './story-target';

// A single story card inside an article: one link to another page, led by its thumbnail or
// headline (genk's RelatedOneNews, "Đọc thêm" boxes). story-lists.ts finds whole lists of them.

const CARD_TAGS = new Set(['div', 'article', 'aside', 'section', 'figure', 'table']);
const LINK_TAGS = new Set(['a']);
const THUMB_OR_HEADING_TAGS = new Set(['img', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Links to image files are zoom links of a photo, not another story. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/**
 * Removes single story cards inside an article: a box that is one link to another page,
 * led by its thumbnail or headline, with at most a short teaser (genk's RelatedOneNews,
 * plo's article-relate, WordPress "Don't miss" cards).
 */
export function removeStoryCards(ctx: CleanContext): number {
  const cards: Element[] = [];
  for (const box of ctx.measure.elements) {
    if (!CARD_TAGS.has(box.localName) || box === ctx.root || ctx.measure.of(box).linkedChars === 0) continue;
    if (cards.length && cards[cards.length - 1]!.contains(box)) continue;
    if (isStoryCard(ctx, box) && !ctx.guard.isMainContent(box)) cards.push(box);
  }
  return removeAll(cards);
}

function isStoryCard(ctx: CleanContext, box: Element): boolean {
  const target = storyTarget(ctx, box);
  if (!target || IMAGE_FILE.test(target)) return false;
  const hasThumbOrHeading = hasDescendant(box, THUMB_OR_HEADING_TAGS);
  const targets = new Set(
    descendantsWithTag(box, LINK_TAGS)
      .map((link) => link.getAttribute('href'))
      .filter(Boolean),
  );
  return hasThumbOrHeading && targets.size === 1;
}
