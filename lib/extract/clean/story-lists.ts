import { hasDescendant, IMAGE_TAGS, removeAll, textOf } from '../dom/elements';
import type { CleanContext } from './context';
import { storyTarget } from './story-target';

// Lists of other stories, found by shape rather than by name or heading: a box of three
// or more items, each led by a link to another page (thumbnail or headline) and short
// enough to be a teaser. This is how "Tin mới" / "More stories" boxes look on every site,
// whatever they are called.

const BOX_TAGS = new Set(['ul', 'ol', 'div', 'section', 'aside', 'table', 'tbody']);
/** Fewest items that make a list. */
const MIN_ITEMS = 3;
/** Share of a box's children that must be story items. */
const MIN_ITEM_SHARE = 0.7;
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
  for (let child = box.firstElementChild; child; child = child.nextElementSibling)
    if (ctx.measure.of(child).linkedChars > 0) linkedChildren++;
  if (linkedChildren < MIN_ITEMS) return false; // cheap reject before looking at items
  const items: Element[] = [];
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (ctx.measure.of(child).chars > 0 || child.localName === 'img' || hasDescendant(child, IMAGE_TAGS))
      items.push(child);
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
  if (storyItems < MIN_ITEMS || storyItems < items.length * MIN_ITEM_SHARE || targets.size < MIN_ITEMS) return false;
  return !areTheStorysOwnItems(box, items);
}

/**
 * A list that is the article itself ("10 things to know today", a briefing, a listicle): items
 * led by a bold link like a teaser, but written as prose that links inside its sentences, or
 * numbered. A list of other stories has headlines and teasers: its links start the item or
 * stand after a finished sentence ("Read more").
 */
function areTheStorysOwnItems(box: Element, items: readonly Element[]): boolean {
  const inSentence = items.filter(hasLinkInsideSentence).length;
  if (inSentence >= items.length * OWN_ITEM_SHARE) return true;
  const numbered =
    box.localName === 'ol' ||
    items.filter((item) => NUMBERED.test(textOf(item))).length >= items.length * OWN_ITEM_SHARE;
  return numbered && items.every((item) => unlinkedChars(item) >= NUMBERED_ITEM_PROSE_CHARS);
}

/** Share of a list's items that must read as the story's own. */
const OWN_ITEM_SHARE = 0.5;
/** "1. ", "2) ", "#3 ": a numbered item. */
const NUMBERED = /^(?:#\s?)?\d{1,2}\s?[.):]\s/u;
/** Words of its own a numbered item has beyond its link: a headline alone is another story. */
const NUMBERED_ITEM_PROSE_CHARS = 60;
/** A link stands inside a sentence when the text right before it is a word or a comma, not the
 * end of a sentence (or nothing: a link that leads the item). */
const SENTENCE_GOES_ON = /[\p{L}\p{N},;“"'(]\s*$/u;

function hasLinkInsideSentence(item: Element): boolean {
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  let before = '';
  let lastLink: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const link = closestLink(node.parentElement, item);
    if (link && link !== lastLink && before.trim().length >= 10 && SENTENCE_GOES_ON.test(before)) return true;
    lastLink = link;
    before = link ? '' : (before + (node.nodeValue ?? '')).slice(-80);
  }
  return false;
}

function closestLink(element: Element | null, item: Element): Element | null {
  for (let node = element; node && node !== item.parentElement; node = node.parentElement)
    if (node.localName === 'a') return node;
  return null;
}

function unlinkedChars(item: Element): number {
  let chars = 0;
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!closestLink(node.parentElement, item)) chars += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
  return chars;
}
