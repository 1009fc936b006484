import { countDescendants, descendantsWithTag, firstLink, hasDescendant, IMAGE_TAGS, removeAll } from '../dom/elements';
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
  return storyItems >= MIN_ITEMS && storyItems >= items.length * MIN_ITEM_SHARE && targets.size >= MIN_ITEMS;
}
