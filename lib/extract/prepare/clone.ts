// Lede reads a private copy of the page, never the page itself. The copy leaves out the
// <style> blocks of the <head>: nothing Lede or Readability reads looks at them (Readability
// removes every <style> before it looks at the page), and copying one makes the DOM parse
// its stylesheet: a fifth of the copying time on pages with large inline CSS in jsdom, and
// work a browser does too. Everything else is copied as cloneNode(true) copies it.
//
// Except nesting deeper than a browser builds. Chromium's HTML parser never nests deeper than
// 512 elements: a deeper element goes beside its parent instead of inside it. jsdom has no such
// cap: 3,000 nested tables (12,000 levels) overflow the stack of jsdom's own recursive
// cloneNode, and every walk that climbs from an element to the root (Readability's included)
// costs the depth each time. So the copy is built as Chromium builds a page, with a lower cap,
// MAX_DEPTH: what lies deeper is put, in document order, beside the element at MAX_DEPTH (its
// text and images; not the empty shells of its elements). Real pages nest less than 50 deep
// (the deepest fixture: 41), so nothing moves on them; at Chromium's 512, Readability alone
// still took 13 s on 3,000 nested tables in jsdom, 1.7 s at 128. A copy that had to be
// flattened says how many nodes moved, and the outcome names it in `degraded`
// ("prepare.clone:budget").
//
// And no bigger than the time budget allows (copy-budget.ts): past `maxElements` elements, in
// document order, the copy stops: the article's end is cut ("prepare.cut:budget"), never its
// beginning. The walk that measures the page's depth counts its elements too; on a page over the
// limit the copy is made node by node, like the flattened one, and stops there.

import { BLOCK_TAGS } from '../dom/measure';
import { copyElementLimit } from './copy-budget';

/** Elements kept where nesting is flattened: content without children. */
const FLAT_KEPT_TAGS: ReadonlySet<string> = new Set(['img', 'br', 'hr', 'video', 'audio']);
/** Elements left out, with what they hold, where nesting is flattened: their text is not shown. */
const FLAT_DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'textarea',
  'title',
]);

/** Deepest level of the copy, <html> being 1: a quarter of Chromium's parser cap (512). */
export const MAX_DEPTH = 128;

export interface PageCopy {
  doc: Document;
  /** Nodes put beside their parent because they lay deeper than MAX_DEPTH: 0 on every real page. */
  flattened: number;
  /** True when the page had more elements than the copy could take: its end is left out. */
  cut: boolean;
}

export interface CopyLimits {
  /** Deepest level of the copy (MAX_DEPTH). */
  maxDepth?: number;
  /** Time the whole extraction may take, in ms: sets how many elements are copied (copy-budget.ts). */
  budgetMs?: number;
}

/** A copy of `doc` to change freely: `doc.cloneNode(true)` without the <style> children of <head>,
 * no deeper than `maxDepth`, no bigger than `budgetMs` allows. */
export function clonePage(doc: Document, limits: CopyLimits = {}): PageCopy {
  const maxDepth = limits.maxDepth ?? MAX_DEPTH;
  const clone = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  const started = performance.now();
  const shape = root ? measureShape(root, maxDepth) : { elements: 0, deep: false };
  const maxElements = copyElementLimit({
    elements: shape.elements,
    walkMs: performance.now() - started,
    budgetMs: limits.budgetMs,
  });
  const walked = shape.deep || shape.elements > maxElements;
  let copied = { flattened: 0, cut: false };
  for (let child = doc.firstChild; child; child = child.nextSibling) {
    if (child !== root) clone.appendChild(clone.importNode(child, true));
    else if (!walked) clone.appendChild(copyRoot(clone, child as Element));
    else copied = copyWalked(clone, child as Element, { maxDepth, maxElements });
  }
  return { doc: clone, ...copied };
}

/** The copied <html>, put together detached so that it is attached to the copy once. */
function copyRoot(clone: Document, root: Element): Element {
  const rootCopy = clone.importNode(root, false);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    rootCopy.appendChild(isHead(child, root) ? copyHead(clone, child as Element) : clone.importNode(child, true));
  }
  return rootCopy;
}

function isHead(node: Node, root: Element): boolean {
  return (
    node.nodeType === 1 &&
    (node as Element).localName === 'head' &&
    (node as Element).namespaceURI === root.namespaceURI
  );
}

function copyHead(clone: Document, head: Element): Element {
  const headCopy = clone.importNode(head, false);
  for (let child = head.firstChild; child; child = child.nextSibling) {
    if (isStyle(child)) continue;
    headCopy.appendChild(clone.importNode(child, true));
  }
  return headCopy;
}

const isStyle = (node: Node) => node.nodeType === 1 && (node as Element).localName === 'style';

/** How many elements `root`'s tree has (`root` included), and whether one lies deeper than
 * `maxDepth` (`root` at 1). One walk, no recursion: it also times how fast this DOM is walked. */
function measureShape(root: Element, maxDepth: number): { elements: number; deep: boolean } {
  let depth = 1;
  let elements = 0;
  let deep = false;
  for (let node: Element | null = root; node;) {
    elements++;
    if (depth > maxDepth) deep = true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return { elements, deep };
}

/**
 * Copies `root` node by node, without recursion, into `clone`. A node deeper than `maxDepth`
 * goes in after the copy at `maxDepth`, as Chromium's parser puts it; of the elements there,
 * only content without children (images, line breaks) is kept: another element's shell would be
 * left empty, and thousands of empty siblings cost Readability (and jsdom, removing them) time
 * for nothing. The text between two blocks goes in a <p> of its own, so blocks stay blocks.
 * Stops before the element that would make the copy hold more than `maxElements`.
 * Returns how many nodes lay deeper than `maxDepth`, and whether the copy stopped early.
 */
function copyWalked(
  clone: Document,
  root: Element,
  { maxDepth, maxElements }: { maxDepth: number; maxElements: number },
): { flattened: number; cut: boolean } {
  if (maxDepth < 2) throw new Error('clonePage keeps at least <html> and its children');
  let flattened = 0;
  let elements = 1;
  let cut = false;
  const rootCopy = clone.importNode(root, false); // detached until whole, like copyRoot's
  const copies: Node[] = [clone, rootCopy]; // copies[d]: the copy of the open node at depth d
  let depth = 2;
  let paragraph: Element | null = null; // where flattened text goes, until the next block
  for (let node: Node | null = root.firstChild; node;) {
    let skipped = false;
    if (node.nodeType === 1 && ++elements > maxElements) {
      cut = true;
      break;
    }
    if (depth > maxDepth) {
      flattened++;
      const tag = node.nodeType === 1 ? (node as Element).localName : null;
      if (tag !== null && FLAT_DROPPED_TAGS.has(tag))
        skipped = true; // code, not text to show
      else if (tag === null || FLAT_KEPT_TAGS.has(tag)) {
        paragraph ??= copies[maxDepth - 1]!.appendChild(clone.createElement('p'));
        paragraph.appendChild(clone.importNode(node, false));
      } else if (BLOCK_TAGS.has(tag)) paragraph = null; // the next text starts a paragraph of its own
    } else {
      paragraph = null;
      if (!(isStyle(node) && isHead(node.parentNode!, root))) {
        const copy = clone.importNode(node, false);
        copies[depth - 1]!.appendChild(copy);
        copies[depth] = copy;
      } else skipped = true; // <head>'s stylesheets, as copyHead leaves them
    }
    if (node.firstChild && !skipped) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node.parentNode !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node?.nextSibling ?? null;
  }
  clone.appendChild(rootCopy);
  return { flattened, cut };
}
