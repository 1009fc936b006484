// How much of a page Lede reads: a time budget, spent in elements.
//
// Every step after the copy is linear in the copy's elements, so the copy's size sets the
// extraction's time. What an element costs depends on the DOM: Chromium runs the whole pipeline
// at ~20 µs an element, jsdom (the CLI, Node tests) at ~250 µs — 50,000 paragraphs took 17 s
// there. The copy first walks the page once (clone.ts, to measure its depth); that walk's speed
// tells how fast this DOM is, and the pipeline has cost about PIPELINE_COST_PER_WALK times the
// walk on the pages measured (jsdom, warm: walk ≈ 1.6–2 µs an element, pipeline ≈ 150–300 µs on
// 50,000 paragraphs or a gallery of 6,000 images). So the copy takes as many elements as fit in
// the budget, never fewer than MIN_ELEMENTS (an article with its page, whatever the machine) nor
// more than MAX_ELEMENTS (what the column's own budgets in readability-budget.ts handle well in a
// browser). A first run in a fresh process walks slower and keeps less: so does its pipeline.
// Real pages cost less an element than these (many are links and icons), so none of the
// benchmarks' real pages (bench:extract, bench:unseen) is cut.
//
// Over the limit the copy stops, in document order (the article's end is cut, never its start),
// and the outcome says so: `prepare.cut:budget`, which the popup tells the reader.

/** What the whole extraction may take, in ms, when the caller sets no budget: half the 2 s a
 * reader waits at most, as predictions are rough and machines busy. */
export const EXTRACTION_BUDGET_MS = 1_000;
/** Pipeline time ÷ walk time, per element: 60–135 measured in jsdom (paragraphs, image galleries);
 * in Chromium MAX_ELEMENTS decides anyway. */
export const PIPELINE_COST_PER_WALK = 120;
/** Fewest elements the copy keeps: a long article and some of its page (news pages as saved
 * are 500–1,700 elements; live ones with their menus up to a few thousand). */
export const MIN_ELEMENTS = 3_000;
/** Most elements the copy keeps: pages past this are generated, not written. */
export const MAX_ELEMENTS = 50_000;

export interface PageWalk {
  /** Elements the page has. */
  elements: number;
  /** How long one walk over them took, in ms. */
  walkMs: number;
  /** Time the extraction may take, in ms (EXTRACTION_BUDGET_MS by default; Infinity: no limit). */
  budgetMs?: number;
}

/** How many elements the copy may hold. */
export function copyElementLimit({ elements, walkMs, budgetMs = EXTRACTION_BUDGET_MS }: PageWalk): number {
  if (budgetMs === Infinity) return Infinity;
  if (elements <= MIN_ELEMENTS) return MIN_ELEMENTS;
  const msPerElement = (walkMs / elements) * PIPELINE_COST_PER_WALK;
  const affordable = budgetMs <= 0 ? 0 : msPerElement > 0 ? Math.floor(budgetMs / msPerElement) : MAX_ELEMENTS;
  return Math.min(MAX_ELEMENTS, Math.max(MIN_ELEMENTS, affordable));
}
