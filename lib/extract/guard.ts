// Lede's steps run guarded: Readability's article must never be lost to one of them. A step
// that throws (a page's markup no rule expected), or that leaves no article where there was
// one, stops the extraction with StepFailed; index.ts starts again without that step and names
// it in the outcome's `degraded`.
//
// Budgets. Hostile markup (thousands of nested tables, 50,000 paragraphs, a page of binary
// garbage) must not make a step cost more than linear time in the page. A step that reaches its
// budget does less (looks at the first elements only, stops climbing) and returns OVER_BUDGET:
// the extraction goes on with what the step did, and the outcome's `degraded` names it with
// ":budget" ("postClean.removeStoryLists:budget"). Stages that are not steps report the same way
// through index.ts ("prepare.clone:budget": the copy was flattened to a browser's depth;
// "prepare.cut:budget": the copy stopped at the size the time budget allows;
// "readability:budget": Readability was given the article's beginning only). Unlike a failed step, a step over
// budget is not run again: what it did stands.
import type { Step } from './step-types';

/** What a step returns when it stopped at its budget and did only part of its work. */
export const OVER_BUDGET = Symbol('over budget');

/** How `degraded` names a step or stage that stopped at its budget. */
export const overBudget = (step: string) => `${step}:budget`;

/** `degraded` codes that mean the article's end was left out (the popup tells the reader): the
 * copy stopped at its size (prepare/copy-budget.ts), or Readability's (prepare/readability-budget.ts). */
export const ARTICLE_CUT = overBudget('prepare.cut');
const ARTICLE_CUT_CODES: ReadonlySet<string> = new Set([ARTICLE_CUT, overBudget('readability')]);
export const isArticleCut = (degraded: readonly string[]): boolean =>
  degraded.some((code) => ARTICLE_CUT_CODES.has(code));

/** Fewest characters of visible text that still make an article (index.ts's threshold). */
export const ARTICLE_CHARS = 280;

/** A step that had to be skipped, as `phase.name` ("preClean.removeStoryLists"). */
export class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly why: 'threw' | 'emptied',
    options?: { cause?: unknown },
  ) {
    super(`${step} ${why}`, options);
  }
}

/** Reports how long each step took (`phase.name`, ms): for benchmarks; off normally. */
export type StepTimer = (step: string, ms: number) => void;

/** Runs `steps` in order on `state`, except those named in `skip`. `root` is where the article's
 * text is, checked after each step that found one there. Yields each step's name once it has
 * run (a driver may pause there: index.ts); returns what `degraded` says of the steps that
 * stopped at their budget (none normally). */
export function* runGuarded<S>(
  phase: string,
  steps: readonly Step<S>[],
  state: S,
  guard: { root: () => Element; skip: ReadonlySet<string>; timeStep?: StepTimer },
): Generator<string, string[], void> {
  const overBudgetSteps: string[] = [];
  for (const { name, run } of steps) {
    const id = `${phase}.${name}`;
    if (guard.skip.has(id)) continue;
    const hadArticle = hasArticleText(guard.root());
    const started = guard.timeStep ? performance.now() : 0;
    try {
      if (run(state) === OVER_BUDGET) overBudgetSteps.push(overBudget(id));
    } catch (error) {
      throw new StepFailed(id, 'threw', { cause: error });
    }
    guard.timeStep?.(id, performance.now() - started);
    if (hadArticle && !hasArticleText(guard.root())) throw new StepFailed(id, 'emptied');
    yield id;
  }
  return overBudgetSteps;
}

const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);

/** True when `root` still shows ARTICLE_CHARS characters of text. Stops counting there, so on
 * an ordinary page it reads only the first text nodes. */
export function hasArticleText(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (UNSEEN.has(node.parentElement?.localName ?? '')) continue;
    const text = node.nodeValue ?? '';
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) chars++;
    if (chars >= ARTICLE_CHARS) return true;
  }
  return false;
}
