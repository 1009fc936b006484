// The reader's highlights shown on the article: each highlight's text is found in the rendered
// body (whitespace and line breaks compared loosely, as exports rewrap them) and wrapped in
// <mark>, across inline elements when the quote spans them. A quote the text no longer holds
// (the page was read again and changed) is left out, not guessed at.

import { BLOCK_TAGS } from '../extract/dom/measure';

/** Marks every highlight found in `root`; returns how many were found. The text is flattened
 * once, whatever the number of highlights: the marks are put in from the last to the first, so
 * splitting a text node never moves a place still to mark (splitText keeps a node's start). */
export function showHighlights(root: Element, quotes: readonly string[]): number {
  const text = flatText(root);
  const spans: { from: number; to: number }[] = [];
  for (const quote of quotes) {
    const wanted = quote.replace(/\s+/g, ' ').trim();
    const at = wanted ? text.value.indexOf(wanted) : -1;
    if (at >= 0) spans.push({ from: at, to: at + wanted.length });
  }
  spans.sort((a, b) => b.from - a.from);
  let found = 0;
  let limit = Infinity; // where the mark put in last starts: an overlapping one is left out
  for (const span of spans) {
    if (span.to > limit) continue;
    wrapRange(root.ownerDocument, text.positions.slice(span.from, span.to));
    limit = span.from;
    found += 1;
  }
  return found;
}

/** Where each character of the flattened text came from: a text node and an offset in it. */
interface Position {
  node: Text;
  offset: number;
}

/** The text of `root` with whitespace runs collapsed to one space, and each kept character's source. */
function flatText(root: Element): { value: string; positions: Position[] } {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let value = '';
  const positions: Position[] = [];
  let lastWasSpace = true; // no leading space
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let offset = 0; offset < data.length; offset++) {
      const space = /\s/.test(data[offset]!);
      if (space && lastWasSpace) continue;
      value += space ? ' ' : data[offset];
      positions.push({ node, offset });
      lastWasSpace = space;
    }
    // a block boundary reads as a space: paragraphs do not run into each other
    if (!lastWasSpace && isBlockEnd(node)) {
      value += ' ';
      positions.push({ node, offset: data.length });
      lastWasSpace = true;
    }
  }
  return { value, positions };
}

function isBlockEnd(node: Text): boolean {
  const parent = node.parentElement;
  return !node.nextSibling && parent !== null && BLOCK_TAGS.has(parent.localName);
}

/** Wraps the characters at `positions` (consecutive in document order) in <mark>s, one per text node. */
function wrapRange(doc: Document, positions: readonly Position[]): void {
  const byNode = new Map<Text, { from: number; to: number }>();
  for (const { node, offset } of positions) {
    if (offset >= node.data.length) continue; // a block boundary's space
    const span = byNode.get(node);
    if (span) span.to = offset + 1;
    else byNode.set(node, { from: offset, to: offset + 1 });
  }
  for (const [node, { from, to }] of byNode) {
    const middle = node.splitText(from);
    middle.splitText(to - from);
    const mark = doc.createElement('mark');
    mark.className = 'highlight';
    middle.replaceWith(mark);
    mark.append(middle);
  }
}
