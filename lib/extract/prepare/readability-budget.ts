// Readability's budget. Its cost grows with the elements it is given, and faster than linearly in
// some DOMs (jsdom: a gallery of 6,000 images costs it 43 s; 50,000 paragraphs 10 s), all in one
// call no one can interrupt. So Lede gives it less of a huge page:
//   1. past PAGE_MAX_ELEMENTS, what lies beside the article's column goes, biggest first (a
//      gallery, a footer of links, a wall of teasers), never the article's own element or its
//      ancestors, nor anything holding a good part of the page's prose (if the column was
//      guessed wrong, the article may be beside it): nothing of the article is lost
//      (`readability.page:budget`);
//   2. past READABILITY_MAX_ELEMENTS still, the article's end is cut, in document order
//      (`readability:budget`; the popup tells the reader).
// Before both, the copy itself is no bigger than the time budget allows (copy-budget.ts): in a
// browser that is 50,000 elements and these two budgets decide; in jsdom a few thousand.
// Mozilla's `maxElemsToParse` refuses such a page outright; Lede reads what fits.
import { nextInWalk } from '../dom/elements';

/** Elements of a page past which what lies beside the article goes: a long article with its
 * page around it is a few thousand. */
export const PAGE_MAX_ELEMENTS = 5_000;
/** Share of the column's prose that keeps an element beside it from going. */
const KEEP_PROSE_SHARE = 0.2;
/** Most elements Readability reads: 21,000 paragraphs (5 MB, about 22,000 elements) are read whole in a browser. */
export const READABILITY_MAX_ELEMENTS = 25_000;

/** What trimForReadability took away: nothing, what was beside the article, or the article's end. */
export type ReadabilityTrim = 'none' | 'beside' | 'cut';

/** The article's column as the page's prose tells it (dom/main-content.ts). */
export interface ArticleColumn {
  core: Element | null;
  proseIn(element: Element): number;
}

/**
 * Trims `body` (Lede's copy) for Readability, keeping the column's core (the element holding the
 * article's prose, when known) and its ancestors. Linear in the elements of the page.
 */
export function trimForReadability(
  body: Element,
  column: ArticleColumn | null,
  limits: { page: number; article: number } = { page: PAGE_MAX_ELEMENTS, article: READABILITY_MAX_ELEMENTS },
): ReadabilityTrim {
  let count = elementsIn(body);
  if (count <= limits.page) return 'none';
  let trim: ReadabilityTrim = 'none';
  const maxElements = limits.page;
  const core = column?.core;
  if (column && core && core !== body && body.contains(core)) {
    const keepProse = column.proseIn(core) * KEEP_PROSE_SHARE;
    const beside: Array<{ element: Element; size: number }> = [];
    for (let kept: Element = core; kept !== body && kept.parentElement; kept = kept.parentElement) {
      for (let sibling = kept.parentElement.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
        if (sibling !== kept && column.proseIn(sibling) < keepProse)
          beside.push({ element: sibling, size: elementsIn(sibling) + 1 });
      }
    }
    beside.sort((a, b) => b.size - a.size);
    for (const { element, size } of beside) {
      if (count <= maxElements) break;
      element.remove();
      count -= size;
      trim = 'beside';
    }
  }
  if (count <= limits.article) return trim;
  cutAfter(body, limits.article);
  return 'cut';
}

/** Elements under `root`, itself not counted. */
function elementsIn(root: Element): number {
  return root.getElementsByTagName('*').length;
}

/** Removes every element of `root` after its `kept`-th, in document order. */
function cutAfter(root: Element, kept: number): void {
  let last: Element | null = root.firstElementChild;
  for (let seen = 1; last && seen < kept; seen++) last = nextInWalk(last, root);
  if (!last) return;
  // everything after `last`: its children, then at each level up to `root` what follows it.
  // One replaceChildren a level: removing children one by one costs their number each in jsdom.
  last.replaceChildren();
  for (let node: Element = last; node !== root && node.parentElement; node = node.parentElement) {
    const parent = node.parentElement;
    if (!node.nextSibling) continue;
    const before: Node[] = [];
    for (let child = parent.firstChild; child && child !== node; child = child.nextSibling) before.push(child);
    parent.replaceChildren(...before, node);
  }
}
