// Finding the elements of a page whose whole text is a short label ("Sao chép link", "Tin liên
// quan", "Share 2.4K"): what the label rules (copy-share.ts, labelled-lists.ts) start from.
import { collapsedLength, textOf } from '../dom/elements';
import { isAttached, type CleanContext } from './context';

/** A count after a control's label, in its text or in a child of its own: "Bình luận (12)",
 * "Share 2.4k", "Comments: 3", `<a>Bình luận <span>12</span></a>`. */
const COUNT = String.raw`[\s:(]*\d[\d.,]*\s*[kKmM]?\)?`;
const TRAILING_COUNT = new RegExp(`${COUNT}$`, 'u');
const ONLY_COUNT = new RegExp(`^${COUNT}$`, 'u');
export const withoutCount = (label: string) => label.replace(TRAILING_COUNT, '');
/** `whole` is `label` and a count after it. */
const isLabelAndCount = (whole: string, label: string) =>
  whole.startsWith(label) && ONLY_COUNT.test(whole.slice(label.length));

/** Longest text an element may have to be a label rather than content. */
export const MAX_LABEL_CHARS = 60;

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
    while (element.parentElement && element.parentElement !== root && textOf(element.parentElement) === whole)
      element = element.parentElement;
    if (element !== previous) yield element;
    previous = element;
  }
}
