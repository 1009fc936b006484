import { hasDescendant, MEDIA_TAGS, normalizeLabel, textOf } from '../dom/elements';
import { isCreditLine } from '../../text/credit-lines';
import { BLOCK_TAGS } from '../dom/measure';
import { isAttached, type CleanContext } from './context';

// Text printed twice: a caption in <figcaption> and again as an italic paragraph, an
// image's label next to its caption cell, a headline as thumbnail title and as link,
// a credit line at the top and at the bottom. The reader sees each once.

/** How many earlier blocks a repeat is looked for in. */
const WINDOW = 3;
/** Shorter repeats only count when they follow each other directly. */
const MIN_WINDOW_CHARS = 15;

/** Removes repeated captions, repeated blocks and repeated credit lines; returns how many. */
export function removeDuplicateText(ctx: CleanContext): number {
  // innermost blocks that hold text, in document order
  const blocks = ctx.measure.elements.filter(
    (element) =>
      BLOCK_TAGS.has(element.localName) &&
      element !== ctx.root &&
      !ctx.measure.of(element).hasBlockDescendant &&
      ctx.measure.of(element).chars > 0,
  );
  let removed = 0;
  const recent: Array<{ key: string; element: Element }> = [];
  const credits = new Map<string, Element>();
  for (const element of blocks) {
    if (!isAttached(ctx, element)) continue;
    const key = normalizeLabel(textOf(element));
    if (!key) continue;
    const repeat = recent.find(
      (earlier, index) => earlier.key === key && (index === recent.length - 1 || key.length >= MIN_WINDOW_CHARS),
    );
    if (repeat) {
      removed += dropRepeat(repeat.element, element);
      continue;
    }
    if (isCreditLine(textOf(element))) {
      const earlier = credits.get(key);
      if (earlier) removed += dropText(earlier);
      credits.set(key, element);
    }
    recent.push({ key, element });
    if (recent.length > WINDOW) recent.shift();
  }
  return removed;
}

/** Of two copies, keeps the <figcaption> (or the first) and removes the other's text. */
function dropRepeat(first: Element, second: Element): number {
  const keepSecond = second.localName === 'figcaption' && first.localName !== 'figcaption';
  return dropText(keepSecond ? first : second);
}

/** Removes an element's text but never an image inside it. */
function dropText(element: Element): number {
  if (!hasDescendant(element, MEDIA_TAGS)) {
    element.remove();
    return 1;
  }
  for (const child of [...element.childNodes]) {
    if (child.nodeType === 1 && MEDIA_TAGS.has((child as Element).localName)) continue;
    if (child.nodeType === 1 && hasDescendant(child as Element, MEDIA_TAGS)) dropText(child as Element);
    else child.parentNode?.removeChild(child);
  }
  return 1;
}
