// The reader's highlights shown on the article: each highlight's text is found in the rendered
// body (whitespace and line breaks compared loosely, as exports rewrap them) and wrapped in
// <mark>, across inline elements when the quote spans them. A quote the text no longer holds
// (the page was read again and changed) is left out, not guessed at.

import { BLOCK_TAGS } from '../extract/dom/measure';

/** Marks every highlight found in `root`; returns how many were found. */
export function showHighlights(root: Element, quotes: readonly string[]): number {
  let found = 0;
  for (const quote of quotes) {
    const wanted = quote.replace(/\s+/g, ' ').trim();
    if (!wanted) continue;
    const text = flatText(root);
    const at = text.value.indexOf(wanted);
    if (at < 0) continue;
    wrapRange(root.ownerDocument, text.positions.slice(at, at + wanted.length));
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
