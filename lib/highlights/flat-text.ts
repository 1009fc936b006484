// The article body's text as highlights see it: whitespace runs collapsed to one space, a block
// boundary read as a space (paragraphs never run into each other), and for each character the
// text node and offset it came from. Highlights are found, anchored and marked in this text, so
// an export's rewrapped quote or a re-extraction with other markup still finds its place.
// Built in one walk, linear in the text; positions are kept per text node (typed arrays), not
// as one object per character.
import { BLOCK_TAGS } from '../extract/dom/measure';

/** One text node's share of the flat text: flat[start + i] came from node.data[offsets[i]]
 * (an offset equal to the node's length is the space read at a block's end). */
interface Segment {
  node: Text;
  start: number;
  offsets: Uint32Array;
}

export interface FlatText {
  value: string;
  segments: readonly Segment[];
}

/** A place in the DOM: a text node and an offset in it. */
export interface TextPoint {
  node: Text;
  offset: number;
}

const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000;

export function flatten(root: Element): FlatText {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastWasSpace = true; // no leading space
  let previous: { node: Text; block: Element; offsets: Uint32Array; count: number; kept: string } | undefined;
  const close = () => {
    if (!previous || previous.count === 0) return;
    segments.push({ node: previous.node, start: length, offsets: previous.offsets.subarray(0, previous.count) });
    parts.push(previous.kept);
    length += previous.kept.length;
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node, root);
    // text of another block than the text before: a boundary, read as a space (paragraphs
    // never run into each other, even when one ends in a link or an <em>)
    if (previous && previous.block !== block && !lastWasSpace && previous.count > 0) {
      previous.kept += ' ';
      previous.offsets[previous.count++] = previous.node.data.length;
      lastWasSpace = true;
    }
    close();
    const data = node.data;
    const offsets = new Uint32Array(data.length + 1); // + 1: the boundary's space
    let count = 0;
    let kept = '';
    // characters kept as they are go in by slices, not one by one (a long article is millions)
    let sliceStart = -1;
    for (let offset = 0; offset < data.length; offset++) {
      const code = data.charCodeAt(offset);
      const space = isSpace(code);
      if (space && (lastWasSpace || code !== 32)) {
        if (sliceStart >= 0) kept += data.slice(sliceStart, offset);
        sliceStart = -1;
        if (lastWasSpace) continue; // a run of whitespace is one space
        kept += ' '; // a tab, line break or no-break space reads as a space
      } else if (sliceStart < 0) sliceStart = offset;
      offsets[count++] = offset;
      lastWasSpace = space;
    }
    if (sliceStart >= 0) kept += data.slice(sliceStart);
    previous = { node, block, offsets, count, kept };
  }
  close();
  return { value: parts.join(''), segments };
}

/** The innermost block element holding `node` (the root when none is inside it). */
function blockOf(node: Text, root: Element): Element {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement)
    if (BLOCK_TAGS.has(element.localName)) return element;
  return root;
}

/** The segment holding flat offset `at` (binary search), or undefined past the end. */
function segmentAt(flat: FlatText, at: number): Segment | undefined {
  const { segments } = flat;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid]!;
    if (at < segment.start) hi = mid - 1;
    else if (at >= segment.start + segment.offsets.length) lo = mid + 1;
    else return segment;
  }
  return undefined;
}

/** Where the character at flat offset `at` came from. */
export function pointAt(flat: FlatText, at: number): TextPoint | undefined {
  const segment = segmentAt(flat, at);
  return segment && { node: segment.node, offset: segment.offsets[at - segment.start]! };
}

/** The flat offset of a DOM boundary point (a selection's start or end): the first character
 * at or after it; the text's length when none is. */
export function offsetOf(flat: FlatText, container: Node, offset: number): number {
  const text = firstTextAtOrAfter(container, offset);
  if (!text) return flat.value.length;
  const from = text.node === container ? offset : 0;
  // segments are in document order: the first one that is this node or follows it
  const { segments } = flat;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = segments[mid]!.node;
    if (node === text.node || text.node.compareDocumentPosition(node) & 4 /* FOLLOWING */) hi = mid;
    else lo = mid + 1;
  }
  const segment = segments[lo];
  if (!segment) return flat.value.length;
  if (segment.node !== text.node) return segment.start;
  const index = segment.offsets.findIndex((kept) => kept >= from);
  return index >= 0 ? segment.start + index : segment.start + segment.offsets.length;
}

/** The text node a boundary point is in, or the first one after it in document order. */
function firstTextAtOrAfter(container: Node, offset: number): { node: Text } | undefined {
  if (container.nodeType === 3) return { node: container as Text };
  const doc = container.ownerDocument ?? (container as Document);
  const start = container.childNodes[offset];
  const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
  if (start) {
    walker.currentNode = start;
    if (start.nodeType === 3) return { node: start as Text };
  } else {
    // past the container's last child: the next text is after the container's subtree
    walker.currentNode = container;
    let last: Node = container;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
  }
  const next = walker.nextNode() as Text | null;
  return next ? { node: next } : undefined;
}
