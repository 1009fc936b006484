import { BLOCK_TAGS, type TextMeasure } from './measure';

// Guard for every removal rule: the element that holds the article's prose, and every
// element around it, is never removed, whatever its class says. vnexpress puts its
// article in "sidebar-1"; ASP.NET sites wrap whole pages in a <form>; themes call the
// article column "widget".

/** Minimum length of a run of prose, in characters. */
const PROSE_MIN_CHARS = 80;
/** Above this share of linked text a run is a teaser or a list, not prose. */
const PROSE_MAX_LINK_DENSITY = 0.3;
/** Share of all prose above which an element counts as the main content anyway. */
const MAIN_CONTENT_SHARE = 0.5;

export interface MainContentGuard {
  /** The element that holds the most prose directly: the article body, as far as markup tells. */
  core: Element | null;
  /** True for the element holding the most prose, its ancestors, and any element holding half the page's prose. */
  isMainContent(element: Element): boolean;
  /** Characters of prose inside `element` (runs of prose as measured, not links or labels). */
  proseIn(element: Element): number;
}

/** Finds the prose of `root` from a measure of it; then answers for any element in constant time. */
export function mainContentGuard(root: Element, measure: TextMeasure): MainContentGuard {
  const proseWithin = new Map<Element, number>(); // prose characters inside each ancestor of prose
  const proseOwned = new Map<Element, number>(); // prose in an element's children and grandchildren, Readability-style
  let total = 0;
  for (const block of measure.elements) {
    if (block !== root && !BLOCK_TAGS.has(block.localName)) continue;
    const { ownChars, ownLinkedChars } = measure.of(block);
    if (ownChars < PROSE_MIN_CHARS || ownLinkedChars / ownChars > PROSE_MAX_LINK_DENSITY) continue;
    total += ownChars;
    for (let ancestor: Element | null = block; ancestor; ancestor = ancestor === root ? null : ancestor.parentElement) {
      proseWithin.set(ancestor, (proseWithin.get(ancestor) ?? 0) + ownChars);
    }
    const parent = block === root ? null : block.parentElement;
    if (parent) proseOwned.set(parent, (proseOwned.get(parent) ?? 0) + ownChars);
    const grandparent = parent && parent !== root ? parent.parentElement : null;
    if (grandparent) proseOwned.set(grandparent, (proseOwned.get(grandparent) ?? 0) + ownChars / 2);
  }
  const protectedElements = new Set<Element>();
  let core: Element | null = null;
  for (const [element, owned] of proseOwned) if (!core || owned > (proseOwned.get(core) ?? 0)) core = element;
  for (let ancestor = core; ancestor; ancestor = ancestor === root ? null : ancestor.parentElement)
    protectedElements.add(ancestor);
  return {
    core,
    isMainContent: (element) =>
      protectedElements.has(element) || (total > 0 && (proseWithin.get(element) ?? 0) >= total * MAIN_CONTENT_SHARE),
    proseIn: (element) => proseWithin.get(element) ?? 0,
  };
}
