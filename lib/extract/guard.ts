// Lede's steps run guarded: Readability's article must never be lost to one of them. A step
// that throws (a page's markup no rule expected), or that leaves no article where there was
// one, stops the extraction with StepFailed; index.ts starts again without that step and names
// it in the outcome's `degraded`.
import type { Step } from './step-types';

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

/** Runs `steps` in order on `state`, except those named in `skip`. `root` is where the article's
 * text is, checked after each step that found one there. */
export function runGuarded<S>(
  phase: string,
  steps: readonly Step<S>[],
  state: S,
  guard: { root: () => Element; skip: ReadonlySet<string> },
): void {
  for (const { name, run } of steps) {
    const id = `${phase}.${name}`;
    if (guard.skip.has(id)) continue;
    const hadArticle = hasArticleText(guard.root());
    try {
      run(state);
    } catch (error) {
      throw new StepFailed(id, 'threw', { cause: error });
    }
    if (hadArticle && !hasArticleText(guard.root())) throw new StepFailed(id, 'emptied');
  }
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
