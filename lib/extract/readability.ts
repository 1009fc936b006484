// Plain Readability, with one of its helpers made linear-cheap on every DOM.
//
// Readability 0.6 finds elements with `querySelectorAll(tags.join(','))` — ~20 whole-article
// queries and one per paragraph (`img,embed,object,iframe`, to tell text paragraphs from media).
// Native in a browser that is cheap; jsdom parses and matches each selector in JavaScript, and
// on a 10,000-paragraph article those queries were 1.1 s of Readability's 2.2 s (profiled,
// `npm run bench:robustness -- --only paragraphs --steps`). A walk over the element tree that
// compares local names returns the same elements in the same (document) order, for a cost
// proportional to the subtree (dom/elements.ts), in jsdom and in Chromium alike. The test in
// test/unit/readability-queries.test.ts compares it with querySelectorAll, and fails if an
// upgraded Readability no longer calls the helper this replaces.
import { Readability } from '@mozilla/readability';
import { descendantsWithTag } from './dom/elements';

/** What Readability's `querySelectorAll(names.join(','))` returns for HTML elements: the
 * descendants of `root` with one of `names`, in document order. Names are matched as a selector
 * matches HTML elements, whatever their case: Readability asks for "SPAN", "LI" and "TD" too. */
export const elementsNamed = (root: Document | Element, names: readonly string[]): Element[] =>
  descendantsWithTag(root, new Set(names.map((name) => name.toLowerCase())));

type WithQueryHelper = { _getAllNodesWithTag: (node: Document | Element, tags: string[]) => ArrayLike<Element> };

/** True when this Readability still finds elements through the helper Lede replaces. */
export const readabilityHasQueryHelper = (): boolean =>
  typeof (Readability.prototype as unknown as Partial<WithQueryHelper>)._getAllNodesWithTag === 'function';

export function createReadability<T>(
  doc: Document,
  options: ConstructorParameters<typeof Readability<T>>[1],
): Readability<T> {
  const reader = new Readability<T>(doc, options);
  (reader as unknown as WithQueryHelper)._getAllNodesWithTag = elementsNamed;
  return reader;
}
