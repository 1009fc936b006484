import { hasDescendant, labelFirstWordTest, labelSet, normalizeLabel, removeAll, textOf } from '../dom/elements';
import { RELATED_LIST_HEADINGS } from '../rules/labels';
import type { CleanContext } from './context';
import { labelElements } from './label-elements';

const RELATED = labelSet(RELATED_LIST_HEADINGS);
const MAYBE_RELATED = labelFirstWordTest(RELATED_LIST_HEADINGS);
const LINK_OR_IMAGE_TAGS = new Set(['a', 'img']);

/** True when `text` is a related-list heading: "Tin liên quan", "Xem thêm:", "Read more »", "Xem thêm chủ đề: …". */
export function isRelatedHeading(text: string): boolean {
  if (!MAYBE_RELATED(text)) return false;
  const label = normalizeLabel(text);
  if (RELATED.has(label)) return true;
  if (!text.includes(':')) return false;
  const beforeColon = label.split(/\s*:\s*/)[0] ?? '';
  return [...RELATED].some((heading) => beforeColon === heading || beforeColon.startsWith(`${heading} `));
}

/**
 * Removes lists of other articles announced by a heading ("Tin liên quan", "Most read"):
 * the box the heading leads, or the heading and the link lists right after it.
 */
export function removeLabelledLists(ctx: CleanContext): number {
  const found: Element[] = [];
  for (const heading of labelElements(ctx, isRelatedHeading)) {
    const box = boxLedBy(ctx, heading);
    found.push(box);
    if (box !== heading) continue;
    for (let next = heading.nextElementSibling; next && isListLike(ctx, next); next = next.nextElementSibling)
      found.push(next);
  }
  return removeAll(found.filter((element) => !ctx.guard.isMainContent(element)));
}

/** The largest ancestor whose text starts with the heading's text, holds links, and is not the article. */
function boxLedBy(ctx: CleanContext, heading: Element): Element {
  const headingText = textOf(heading);
  let box = heading;
  for (let parent = box.parentElement; parent && parent !== ctx.root; parent = parent.parentElement) {
    if (
      ctx.guard.isMainContent(parent) ||
      !isListLikeBody(ctx, parent, heading) ||
      !textOf(parent).startsWith(headingText)
    )
      break;
    box = parent;
  }
  return box;
}

/** A box's content besides its heading is links: headlines, thumbnails, or nothing. */
function isListLikeBody(ctx: CleanContext, box: Element, heading: Element): boolean {
  const rest = ctx.measure.of(box).chars - ctx.measure.of(heading).chars;
  return rest < 20 || ctx.measure.linkDensity(box) >= 0.35 || box.getElementsByTagName('a').length >= 3;
}

function isListLike(ctx: CleanContext, element: Element): boolean {
  if (ctx.measure.of(element).chars === 0)
    return hasDescendant(element, LINK_OR_IMAGE_TAGS) || element.localName === 'hr';
  return ctx.measure.linkDensity(element) >= 0.5 || element.getElementsByTagName('a').length >= 3;
}
