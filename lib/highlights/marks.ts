// Highlights on the rendered article: each is found in the body's flat text (flat-text.ts,
// anchor.ts) and wrapped in <mark>s, across inline elements when it spans them, never across
// paragraphs. A highlight the text no longer holds is left out, not guessed at. Marks carry
// their highlight's id and colour, so one can be recoloured or removed without re-rendering.
import type { HighlightColor } from '../db/types';
import { articleBlockElements } from '../extract/dom/blocks';
import { anchorAt, locate, type FlatSpan, type Quote } from './anchor';
import { flatten, offsetOf, pointAt, type FlatText } from './flat-text';

export interface MarkedHighlight extends Quote {
  /** Stored highlights have one; a highlight only shown (tests, imports in a preview) may not. */
  id?: number;
  color?: HighlightColor;
}

/** The body's text as highlights read it: its flat text, and its blocks' numbering (built on
 * first use). Valid until the body's DOM changes; text-view-cache.ts keeps one between uses. */
export interface TextView {
  flat: FlatText;
  blockAt: (offset: number) => number;
}

export function textViewOf(root: Element): TextView {
  const flat = flatten(root);
  return { flat, blockAt: blockIndexer(root, flat) };
}

export const MARK_CLASS = 'highlight';
const COLOR_CLASS = (color: HighlightColor) => `highlight--${color}`;

/** Marks every highlight found in `root`; returns those found. The text is flattened once,
 * whatever their number; marks go in from the last to the first, so splitting a text node
 * never moves a place still to mark (splitText keeps a node's start). Of two overlapping
 * highlights the later in the text is marked. */
export function showHighlights<T extends MarkedHighlight>(
  root: Element,
  highlights: readonly T[],
  { flat, blockAt }: TextView = textViewOf(root),
): T[] {
  const spans: { span: FlatSpan; highlight: T }[] = [];
  for (const highlight of highlights) {
    const span = locate(flat, highlight, blockAt);
    if (span) spans.push({ span, highlight });
  }
  spans.sort((a, b) => b.span.from - a.span.from);
  const found: T[] = [];
  let limit = Infinity; // where the mark put in last starts: an overlapping one is left out
  for (const { span, highlight } of spans) {
    if (span.to > limit) continue;
    wrap(root.ownerDocument, flat, span, highlight);
    limit = span.from;
    found.push(highlight);
  }
  return found.reverse();
}

/** The quote and anchor of a selection inside `root`; undefined when it holds no text.
 * `view`: the body's text view when the caller keeps one (text-view-cache.ts). */
export function quoteOfRange(root: Element, range: Range, view?: TextView): Required<Quote> | undefined {
  if (!root.contains(range.commonAncestorContainer)) return undefined;
  const { flat, blockAt } = view ?? textViewOf(root);
  const span = {
    from: offsetOf(flat, range.startContainer, range.startOffset),
    to: offsetOf(flat, range.endContainer, range.endOffset),
  };
  return anchorAt(flat, span, blockAt);
}

/** The marks of one highlight, in text order. */
export const marksOf = (root: Element, id: number) =>
  [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)].filter(
    (mark) => mark.dataset.highlightId === String(id),
  );

export function recolorMarks(root: Element, id: number, color: HighlightColor): void {
  for (const mark of marksOf(root, id)) mark.className = `${MARK_CLASS} ${COLOR_CLASS(color)}`;
}

/** Takes a highlight's marks out, leaving their text as it was. */
export function removeMarks(root: Element, id: number): void {
  for (const mark of marksOf(root, id)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize(); // the split text nodes join again: a later highlight finds them whole
  }
}

/** The article block a flat offset is in: the innermost block element of its text node, as
 * articleBlocks numbers them (the same numbering as a summary line's block). */
function blockIndexer(root: Element, flat: FlatText): (offset: number) => number {
  let indexOf: Map<Element, number> | undefined; // built on first use: most lookups never need it
  return (offset) => {
    indexOf ??= new Map(articleBlockElements(root).flatMap((element, i) => (element ? [[element, i] as const] : [])));
    for (let node: Node | null = pointAt(flat, offset)?.node ?? null; node && node !== root; node = node.parentNode) {
      const index = indexOf.get(node as Element);
      if (index !== undefined) return index;
    }
    return 0;
  };
}

/** Wraps flat[from, to) in <mark>s, one per text node. */
function wrap(doc: Document, flat: FlatText, { from, to }: FlatSpan, highlight: MarkedHighlight): void {
  const byNode = new Map<Text, { from: number; to: number }>();
  for (let at = from; at < to; at++) {
    const point = pointAt(flat, at);
    if (!point || point.offset >= point.node.data.length) continue; // a block boundary's space
    const span = byNode.get(point.node);
    if (span) span.to = point.offset + 1;
    else byNode.set(point.node, { from: point.offset, to: point.offset + 1 });
  }
  let first = true;
  for (const [node, span] of byNode) {
    const middle = node.splitText(span.from);
    middle.splitText(span.to - span.from);
    const mark = doc.createElement('mark');
    mark.className = highlight.color ? `${MARK_CLASS} ${COLOR_CLASS(highlight.color)}` : MARK_CLASS;
    if (highlight.id !== undefined) {
      mark.dataset.highlightId = String(highlight.id);
      // the keyboard reaches each highlight once (Tab), at its first piece, to open its bar
      if (first) mark.tabIndex = 0;
    }
    first = false;
    middle.replaceWith(mark);
    mark.append(middle);
  }
}
