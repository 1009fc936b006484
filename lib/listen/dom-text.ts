// The article body's text, block by block, as Listen reads it, and the DOM Range of a stretch
// of a block's text (the sentence being read, for the highlight). Whitespace runs read as one
// space, a <br> as a space; captions are not read (they describe a picture the listener does not
// see, and break the sentence flow).
import { BLOCK_TAGS } from '../extract/dom/measure';

/** A block of text: the element it belongs to and which of that element's runs of text it is
 * (an element with a nested block has text before and after it: two runs). */
export interface TextBlock {
  element: Element;
  run: number;
  text: string;
}

interface Run {
  element: Element;
  text: string;
  /** Where each character of `text` came from. */
  positions: Array<{ node: Text; offset: number }>;
}

const SKIPPED = new Set(['figcaption', 'caption', 'script', 'style', 'noscript', 'template']);

/** The runs of text in `root`, in document order, each owned by its closest block element. */
function runsOf(root: Element, only?: Element): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  let space = true; // the run so far ends with a space (or is empty)
  const visit = (node: Node, owner: Element) => {
    if (node.nodeType === 3) {
      if (only && owner !== only) return;
      if (!run || run.element !== owner) {
        run = { element: owner, text: '', positions: [] };
        runs.push(run);
        space = true;
      }
      const text = node as Text;
      for (let offset = 0; offset < text.data.length; offset++) {
        const isSpace = /\s/.test(text.data[offset]!);
        if (isSpace && space) continue;
        run.text += isSpace ? ' ' : text.data[offset];
        run.positions.push({ node: text, offset });
        space = isSpace;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED.has(element.localName)) return;
    if (element.localName === 'br') {
      if (run && !space && run.element === owner) {
        const last = run.positions[run.positions.length - 1]!;
        run.text += ' ';
        run.positions.push(last);
        space = true;
      }
      return;
    }
    const inner = BLOCK_TAGS.has(element.localName) ? element : owner;
    if (inner !== owner) run = null; // a block starts: what follows is a new run
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, inner);
    if (inner !== owner) run = null; // and ends
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child, root);
  // the space a run ends with is not read, and a run of spaces alone (between blocks) is no block
  for (const { text, positions } of runs) {
    if (text.endsWith(' ')) positions.pop();
  }
  return runs.map((run) => ({ ...run, text: run.text.trimEnd() })).filter((run) => run.text);
}

/** The blocks of text Listen reads in `root`. */
export function textBlocks(root: Element): TextBlock[] {
  const seen = new Map<Element, number>();
  return runsOf(root).map(({ element, text }) => {
    const run = seen.get(element) ?? 0;
    seen.set(element, run + 1);
    return { element, run, text };
  });
}

/** The Range over `start`–`end` of `block`'s text, read again from the DOM as it is now (other
 * code wraps the user's highlights in <mark>s, which would leave an older Range out of place);
 * null when the block no longer holds that much text. */
export function blockRange(block: TextBlock, start: number, end: number): Range | null {
  const run = runsOf(block.element, block.element)[block.run];
  const first = run?.positions[start];
  const last = run?.positions[end - 1];
  if (!first || !last || end <= start) return null;
  const range = block.element.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, Math.min(last.node.data.length, last.offset + 1));
  return range;
}

// The sentence being read, shown on the article and kept in view. With the CSS Custom Highlight
// API (a `::highlight(lede-listen)` rule, components/listen.css) the article's DOM is left as it
// is: other code wraps the reader's own highlights in <mark>s in the same body. Where the API is
// missing the sentence's block gets a class instead.

export const HIGHLIGHT_NAME = 'lede-listen';
const BLOCK_CLASS = 'listen-current';

interface HighlightApi {
  highlights: { set(name: string, highlight: unknown): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(view: Window): HighlightApi | null {
  const scope = view as unknown as { CSS?: { highlights?: HighlightApi['highlights'] }; Highlight?: unknown };
  const highlights = scope.CSS?.highlights;
  return highlights && typeof scope.Highlight === 'function'
    ? { highlights, Highlight: scope.Highlight as HighlightApi['Highlight'] }
    : null;
}

/** Shows `range` (in `block`) as the sentence being read, and scrolls it into view when it is
 * out of the middle of the screen. */
export function showSentence(range: Range | null, block: Element, options: { scroll: boolean }): void {
  const doc = block.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  clearSentence(doc);
  const api = highlightApi(view);
  if (api && range) api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(range));
  else block.classList.add(BLOCK_CLASS);
  if (!options.scroll) return;
  const rect = (range && 'getBoundingClientRect' in range ? range : block).getBoundingClientRect();
  // the top fifth is under the sticky toolbar or too near it; the bottom fifth is about to leave
  const height = view.innerHeight;
  if (rect.top >= height * 0.2 && rect.bottom <= height * 0.8) return;
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  view.scrollBy({ top: rect.top - height / 3, behavior: reduced ? 'auto' : 'smooth' });
}

export function clearSentence(doc: Document): void {
  const view = doc.defaultView;
  if (view) highlightApi(view)?.highlights.delete(HIGHLIGHT_NAME);
  for (const element of doc.querySelectorAll(`.${BLOCK_CLASS}`)) element.classList.remove(BLOCK_CLASS);
}
