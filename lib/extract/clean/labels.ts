import { collapsedLength, hasDescendant, labelFirstWordTest, labelSet, normalizeLabel, removeAll, textOf } from '../dom/elements';
import { COPY_SHARE_LABELS, RELATED_LIST_HEADINGS, SHARE_BAR_WORDS } from '../rules/labels';
import { isAttached, type CleanContext } from './context';

const RELATED = labelSet(RELATED_LIST_HEADINGS);
const COPY_SHARE = labelSet(COPY_SHARE_LABELS);
const MAYBE_RELATED = labelFirstWordTest(RELATED_LIST_HEADINGS);
const MAYBE_COPY_SHARE = labelFirstWordTest(COPY_SHARE_LABELS);
const SHARE_WORDS = labelSet([...SHARE_BAR_WORDS, ...COPY_SHARE_LABELS]);

/** A count after a control's label, in its text or in a child of its own: "Bình luận (12)",
 * "Share 2.4k", "Comments: 3", `<a>Bình luận <span>12</span></a>`. */
const COUNT = String.raw`[\s:(]*\d[\d.,]*\s*[kKmM]?\)?`;
const TRAILING_COUNT = new RegExp(`${COUNT}$`, 'u');
const ONLY_COUNT = new RegExp(`^${COUNT}$`, 'u');
const withoutCount = (label: string) => label.replace(TRAILING_COUNT, '');
/** `whole` is `label` and a count after it. */
const isLabelAndCount = (whole: string, label: string) => whole.startsWith(label) && ONLY_COUNT.test(whole.slice(label.length));

/** True when `text` names a copy, share or page control, with or without a count after it. */
function isControlLabel(text: string): boolean {
  if (!MAYBE_COPY_SHARE(text)) return false;
  const label = normalizeLabel(text);
  return COPY_SHARE.has(label) || COPY_SHARE.has(withoutCount(label));
}

/** Longest text an element may have to be a label rather than content. */
const MAX_LABEL_CHARS = 60;
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

/** Removes copy-link and share controls recognised by their visible words, widened to their whole share bar. */
export function removeCopyShareControls(ctx: CleanContext): number {
  const found: Element[] = [];
  for (const element of labelElements(ctx, isControlLabel)) {
    let control = element;
    while (control.parentElement && control.parentElement !== ctx.root && isShareBar(control.parentElement)) control = control.parentElement;
    if (!ctx.guard.isMainContent(control)) found.push(control);
  }
  return removeAll(found);
}

function isShareBar(element: Element): boolean {
  const text = textOf(element);
  if (text.length > MAX_LABEL_CHARS * 2) return false;
  const words = text.split(/\s*[|•·,/]\s*|\s{2,}/).map((word) => withoutCount(normalizeLabel(word))).filter(Boolean);
  return SHARE_WORDS.has(normalizeLabel(text)) || (words.length > 0 && words.every((word) => SHARE_WORDS.has(word) || word.split(' ').every((w) => SHARE_WORDS.has(w))));
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
    for (let next = heading.nextElementSibling; next && isListLike(ctx, next); next = next.nextElementSibling) found.push(next);
  }
  return removeAll(found.filter((element) => !ctx.guard.isMainContent(element)));
}

/** The largest ancestor whose text starts with the heading's text, holds links, and is not the article. */
function boxLedBy(ctx: CleanContext, heading: Element): Element {
  const headingText = textOf(heading);
  let box = heading;
  for (let parent = box.parentElement; parent && parent !== ctx.root; parent = parent.parentElement) {
    if (ctx.guard.isMainContent(parent) || !isListLikeBody(ctx, parent, heading) || !textOf(parent).startsWith(headingText)) break;
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
  if (ctx.measure.of(element).chars === 0) return hasDescendant(element, LINK_OR_IMAGE_TAGS) || element.localName === 'hr';
  return ctx.measure.linkDensity(element) >= 0.5 || element.getElementsByTagName('a').length >= 3;
}

/**
 * Elements whose whole text is a label, outermost first. Reads the text nodes the context
 * measured, in document order, and tests the label before touching the tree, so a page of
 * 100,000 nodes costs no walk of its own; text an earlier rule removed is passed over.
 */
export function* labelElements(ctx: CleanContext, isLabel: (text: string) => boolean): Generator<Element> {
  const { root } = ctx;
  let previous: Element | null = null;
  for (const node of ctx.measure.texts) {
    const raw = node.nodeValue ?? '';
    const length = collapsedLength(raw, MAX_LABEL_CHARS);
    if (length === 0 || length > MAX_LABEL_CHARS) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!isLabel(text)) continue;
    let element = node.parentElement;
    if (!element || element === root || !isAttached(ctx, element)) continue;
    const whole = textOf(element);
    if (whole !== text && !isLabelAndCount(whole, text)) continue;
    while (element.parentElement && element.parentElement !== root && textOf(element.parentElement) === whole) element = element.parentElement;
    if (element !== previous) yield element;
    previous = element;
  }
}
