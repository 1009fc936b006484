// The body's text view (marks.ts: its flat text and block numbering), kept while the body does
// not change: a reader making highlights selects, presses h, selects again, and flattening a
// 10,000-paragraph article each time costs a few hundred milliseconds in jsdom (tens in a
// browser). The view is made when the page is idle after a selection, so `h` finds it ready,
// and dropped at the body's next change (a mark put in or taken out, a re-render).
import { textViewOf, type TextView } from './marks';

export interface TextViewCache {
  /** The view of the body as it is now: the kept one, or a new one if the body changed. */
  current(): TextView;
  /** Makes the view when the page is next idle, so the next current() is instant. */
  prepareWhenIdle(): void;
  dispose(): void;
}

type IdleScheduler = (run: () => void) => void;
const whenIdle: IdleScheduler = (run) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1_000 }) : setTimeout(run, 50);

export function textViewCache(root: Element, options: { schedule?: IdleScheduler } = {}): TextViewCache {
  const schedule = options.schedule ?? whenIdle;
  let view: TextView | undefined;
  let scheduled = false;
  let disposed = false;
  // the body's own window's observer (a page, or jsdom in tests)
  const Observer = root.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer(() => (view = undefined));
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  const current = () => {
    // a change in this same task has not reached the observer's callback yet: its records say
    if (observer.takeRecords().length) view = undefined;
    return (view ??= textViewOf(root));
  };
  return {
    current,
    prepareWhenIdle: () => {
      if (scheduled || disposed) return;
      scheduled = true;
      schedule(() => {
        scheduled = false;
        // the block numbering too (built on first use): a quote needs it
        if (!disposed) current().blockAt(0);
      });
    },
    dispose: () => {
      disposed = true;
      observer.disconnect();
      view = undefined;
    },
  };
}
