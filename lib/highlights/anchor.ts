// A highlight's anchor (W3C Web Annotation's TextQuoteSelector with a position hint): its text,
// the text just before and after it, and the block it starts in. Finding it again compares the
// quote loosely (whitespace) and picks, among the places holding it, the one whose context
// matches best, then the nearest to the block it was in: the same words twice in an article
// ("Hà Nội" in two paragraphs) mark the right one, and a re-extraction with other markup or
// a paragraph more still finds it. When the quote itself is gone but its context is there (a
// word fixed in it), the text between the context is taken, if about as long as the quote was.
import type { TextAnchor } from '../db/types';
import type { FlatText } from './flat-text';

/** Characters of context kept on each side (Hypothesis keeps 32 too). */
export const ANCHOR_CONTEXT = 32;

const LOCATE = {
  /** Places of the same quote compared; a word highlighted in a huge article stops there. */
  maxCandidates: 500,
  /** Context shorter than this is too common to stand for a place on its own. */
  minBracketContext: 8,
  /** A quote found between its context may have changed this much in length. */
  lengthRatio: { min: 0.5, max: 2 },
  /** A matching context character outweighs this many blocks of distance. */
  blocksPerContextChar: 4,
} as const;

export interface Quote {
  text: string;
  anchor?: TextAnchor;
}

export interface FlatSpan {
  from: number;
  to: number;
}

/** The quote and anchor of flat[from, to) (trimmed); undefined when it holds no text. */
export function anchorAt(
  flat: FlatText,
  span: FlatSpan,
  blockAt: (offset: number) => number,
): Required<Quote> | undefined {
  let { from, to } = span;
  while (from < to && flat.value[from] === ' ') from++;
  while (to > from && flat.value[to - 1] === ' ') to--;
  if (from >= to) return undefined;
  return {
    text: flat.value.slice(from, to),
    anchor: {
      block: blockAt(from),
      prefix: flat.value.slice(Math.max(0, from - ANCHOR_CONTEXT), from),
      suffix: flat.value.slice(to, to + ANCHOR_CONTEXT),
    },
  };
}

/** Where `quote` is in the flat text now, or undefined when it cannot be found. */
export function locate(flat: FlatText, quote: Quote, blockAt: (offset: number) => number): FlatSpan | undefined {
  const wanted = quote.text.replace(/\s+/g, ' ').trim();
  if (!wanted) return undefined;
  const text = flat.value;
  const { anchor } = quote;
  // the article unchanged around it: the quote with its context is (nearly always) one place
  if (anchor) {
    const whole = text.indexOf(anchor.prefix + wanted + anchor.suffix);
    if (whole >= 0) return { from: whole + anchor.prefix.length, to: whole + anchor.prefix.length + wanted.length };
  }
  const places: number[] = [];
  for (
    let at = text.indexOf(wanted);
    at >= 0 && places.length < LOCATE.maxCandidates;
    at = text.indexOf(wanted, at + 1)
  )
    places.push(at);
  if (places.length === 0) return anchor ? betweenContext(text, wanted.length, anchor) : undefined;
  if (!anchor || places.length === 1) return { from: places[0]!, to: places[0]! + wanted.length };
  let best = places[0]!;
  let bestScore = -Infinity;
  for (const at of places) {
    const context =
      commonSuffix(text.slice(Math.max(0, at - ANCHOR_CONTEXT), at), anchor.prefix) +
      commonPrefix(text.slice(at + wanted.length, at + wanted.length + ANCHOR_CONTEXT), anchor.suffix);
    const score = context * LOCATE.blocksPerContextChar - Math.abs(blockAt(at) - anchor.block);
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  return { from: best, to: best + wanted.length };
}

/** The text between the anchor's prefix and suffix, when both are still there, close together. */
function betweenContext(text: string, quoteLength: number, anchor: TextAnchor): FlatSpan | undefined {
  const prefix = anchor.prefix.trimStart();
  const suffix = anchor.suffix.trimEnd();
  if (prefix.length < LOCATE.minBracketContext || suffix.length < LOCATE.minBracketContext) return undefined;
  const longest = Math.ceil(quoteLength * LOCATE.lengthRatio.max);
  let tried = 0;
  for (let at = text.indexOf(prefix); at >= 0 && tried < LOCATE.maxCandidates; at = text.indexOf(prefix, at + 1)) {
    tried++;
    const from = at + prefix.length;
    // the suffix is looked for only as far as the longest quote allowed: each place costs
    // at most that, whatever the article's length
    const end = text.slice(from, from + longest + suffix.length).indexOf(suffix);
    if (end >= quoteLength * LOCATE.lengthRatio.min) return { from, to: from + end };
  }
  return undefined;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
