import { mainContentGuard, type MainContentGuard } from '../dom/main-content';
import { measureText, type TextMeasure } from '../dom/measure';

/** What every cleaning rule gets: the subtree, its text measure, the main-content guard and the page URL. */
export interface CleanContext {
  root: Element;
  measure: TextMeasure;
  guard: MainContentGuard;
  pageUrl: string;
}

/** Measures `root` once for a round of rules. */
export function cleanContext(root: Element, pageUrl: string): CleanContext {
  const measure = measureText(root);
  return { root, measure, guard: mainContentGuard(root, measure), pageUrl };
}

/** True while `element` is still inside the context's root (rules run one after another and remove things). */
export function isAttached(ctx: CleanContext, element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (node === ctx.root) return true;
  return false;
}
