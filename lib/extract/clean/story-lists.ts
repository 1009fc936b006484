import { countDescendants, descendantsWithTag, firstLink, hasDescendant, IMAGE_TAGS, removeAll } from '../dom/elements';
import type { CleanContext } from './context';

// Lists of other stories, found by shape rather than by name or heading: a box of three
// or more items, each led by a link to another page (thumbnail or headline) and short
// enough to be a teaser. This is how "Tin mới" / "More stories" boxes look on every site,
// whatever they are called.

const BOX_TAGS = new Set(['ul', 'ol', 'div', 'section', 'aside', 'table', 'tbody']);
/** Fewest items that make a list. */
const MIN_ITEMS = 3;
/** Share of a box's children that must be story items. */
const MIN_ITEM_SHARE = 0.7;
/** Longest text of one item: headline + teaser. */
const MAX_ITEM_CHARS = 450;
/** Share of an item's text that is linked: a headline link over a short teaser. */
const MIN_ITEM_LINK_DENSITY = 0.2;

/** Removes boxes of story items (thumbnail or headline link + optional teaser). */
export function removeStoryLists(ctx: CleanContext): number {
  const lists: Element[] = [];
  for (const box of ctx.measure.elements) {
    if (!BOX_TAGS.has(box.localName) || box.childElementCount < MIN_ITEMS) continue;
    if (lists.length && lists[lists.length - 1]!.contains(box)) continue;
    if (isStoryList(ctx, box) && !ctx.guard.isMainContent(box)) lists.push(box);
  }
  return removeAll(lists);
}

function isStoryList(ctx: CleanContext, box: Element): boolean {
  let linkedChildren = 0;
  // sibling links rather than box.children: jsdom's live HTMLCollection costs more than the test
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) if (ctx.measure.of(child).linkedChars > 0) linkedChildren++;
  if (linkedChildren < MIN_ITEMS) return false; // cheap reject before looking at items
  const items: Element[] = [];
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (ctx.measure.of(child).chars > 0 || child.localName === 'img' || hasDescendant(child, IMAGE_TAGS)) items.push(child);
  }
  if (items.length < MIN_ITEMS) return false;
  const targets = new Set<string>();
  let storyItems = 0;
  for (const item of items) {
    const target = storyTarget(ctx, item);
    if (!target) continue;
    storyItems++;
    targets.add(target);
  }
  return storyItems >= MIN_ITEMS && storyItems >= items.length * MIN_ITEM_SHARE && targets.size >= MIN_ITEMS;
}

const CARD_TAGS = new Set(['div', 'article', 'aside', 'section', 'figure', 'table']);
const LINK_TAGS = new Set(['a']);
const PARAGRAPH_TAGS = new Set(['p']);
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
  const targets = new Set(descendantsWithTag(box, LINK_TAGS).map((link) => link.getAttribute('href')).filter(Boolean));
  return hasThumbOrHeading && targets.size === 1;
}

/** The page an item links to when the item is a story teaser, else null. */
function storyTarget(ctx: CleanContext, item: Element): string | null {
  const { chars, linkedChars } = ctx.measure.of(item);
  if (chars > MAX_ITEM_CHARS || (chars > 0 && (linkedChars === 0 || linkedChars / chars < MIN_ITEM_LINK_DENSITY))) return null;
  if (item.localName !== 'a' && countDescendants(item, PARAGRAPH_TAGS, 3) > 2) return null;
  const link = leadingLink(item);
  const href = link?.getAttribute('href');
  if (!link || !href || href.startsWith('#') || href.startsWith('javascript:') || sameDocument(href, ctx.pageUrl)) return null;
  return href;
}

/** The link an item starts with: its first text or image sits inside it. */
function leadingLink(item: Element): Element | null {
  if (item.localName === 'a') return item.hasAttribute('href') ? item : null;
  const link = firstLink(item);
  if (!link) return null;
  const walker = item.ownerDocument.createTreeWalker(item, 1 | 4 /* elements and text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isContent = node.nodeType === 3 ? !!node.nodeValue?.trim() : (node as Element).localName === 'img';
    if (isContent) return link.contains(node) ? link : null;
  }
  return null;
}

function sameDocument(href: string, pageUrl: string): boolean {
  try {
    const a = new URL(href, pageUrl);
    const b = new URL(pageUrl);
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}
