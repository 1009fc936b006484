// A few lines of an article around the query's words, as data: plain and highlighted pieces
// the UI turns into text nodes (never HTML built from what the reader typed).
import { foldAligned } from '../text/fold';
import { UNSPACED_CHARACTER } from '../text/scripts';
import type { QueryWord } from './tokenize';

export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

const SNIPPET = {
  /** Characters shown. */
  length: 220,
  /** Characters of context kept before the first matched word. */
  lead: 50,
  /** Occurrences looked at; enough for any window worth showing. */
  maxMatches: 400,
  ellipsis: '…',
} as const;

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** Latin text, never in a script written without spaces (where a word may start or end next to
 * another letter). UNSPACED_CHARACTER and WORD_CHARACTER cost milliseconds to compile in a new
 * page; Latin-script queries and text mostly get by without them. */
const LATIN_ONLY = /^[\x00-\u024f\u1e00-\u1eff]*$/;

/** WORD_CHARACTER for one UTF-16 unit, without the regex for ASCII. */
function isWordUnit(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit >= 0x80) return WORD_CHARACTER.test(text[index]!);
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

/** One occurrence of query word number `word` at text[start, end). */
export interface Match {
  start: number;
  end: number;
  word: number;
}

/** What matching needs of a query word: its folded form, whether it is still being typed, and
 * the keys one typo away it was found by (typo.ts), matched as whole words. */
export type MatchedWord = Pick<QueryWord, 'folded' | 'prefix'> & { typos?: readonly string[] };

/** Where the query's words occur in `text` (NFC), accent- and case-insensitively, in order.
 * `folded` is foldAligned(text), when the caller has it already. */
export function findMatches(text: string, words: readonly MatchedWord[], folded = foldAligned(text)): Match[] {
  const isWordAt = (index: number) => index >= 0 && index < folded.length && isWordUnit(folded, index);
  const matches: Match[] = [];
  const matchNeedle = (needle: string, prefix: boolean, word: number) => {
    if (needle === '') return;
    const unspaced = !LATIN_ONLY.test(needle) && UNSPACED_CHARACTER.test(needle);
    for (
      let start = folded.indexOf(needle);
      start >= 0 && matches.length < SNIPPET.maxMatches;
      start = folded.indexOf(needle, start + 1)
    ) {
      let end = start + needle.length;
      if (!unspaced && isWordAt(start - 1)) continue;
      if (prefix) while (!unspaced && isWordAt(end)) end++;
      else if (!unspaced && isWordAt(end)) continue;
      matches.push({ start, end, word });
    }
  };
  words.forEach(({ folded: needle, prefix, typos = [] }, word) => {
    matchNeedle(needle, prefix, word);
    for (const typo of typos) matchNeedle(typo, false, word);
  });
  return matches.sort((a, b) => a.start - b.start);
}

/** The first match of the window showing the most different query words (earliest on a tie).
 * One pass with a sliding window (a snippet has up to SNIPPET.maxMatches matches, and a page's
 * first query runs this before the JIT has compiled it): a window starting at match `first`
 * holds the matches from it up to the first one ending past its limit. */
function bestWindow(matches: readonly Match[]): Match {
  let best = { first: matches[0]!, words: 0 };
  const inWindow = new Map<number, number>();
  let stop = 0;
  for (let first = 0; first < matches.length; first++) {
    const limit = matches[first]!.start + SNIPPET.length - SNIPPET.lead;
    if (stop < first) stop = first;
    for (; stop < matches.length && matches[stop]!.end <= limit; stop++) {
      const word = matches[stop]!.word;
      inWindow.set(word, (inWindow.get(word) ?? 0) + 1);
    }
    if (inWindow.size > best.words) best = { first: matches[first]!, words: inWindow.size };
    if (stop > first) {
      const word = matches[first]!.word;
      const left = inWindow.get(word)! - 1;
      if (left === 0) inWindow.delete(word);
      else inWindow.set(word, left);
    }
  }
  return best.first;
}

/** Index just after the first white space in [from, limit), or `limit`: a window starts on a word. */
function wordStartFrom(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? limit : from + space + 1;
}

/** Index of the last white space in (from, limit], or `limit`: a window ends after a word. */
function wordEndBefore(text: string, from: number, limit: number): number {
  for (let i = limit; i > from; i--) if (/\s/.test(text[i]!)) return i;
  return limit;
}

/** Per pair of consecutive query words (i, i + 1): how often they stand next to each other,
 * separated by nothing but white space. */
export function adjacentPairs(text: string, matches: readonly Match[], wordCount: number): number[] {
  const pairs = new Array<number>(Math.max(0, wordCount - 1)).fill(0);
  if (pairs.length === 0) return pairs;
  const byStart = new Map<number, Match[]>();
  for (const match of matches) byStart.set(match.start, [...(byStart.get(match.start) ?? []), match]);
  for (const match of matches) {
    if (match.word + 1 >= wordCount) continue;
    let next = match.end;
    while (next < text.length && next - match.end < 4 && /\s/.test(text[next]!)) next++;
    if (byStart.get(next)?.some((following) => following.word === match.word + 1)) pairs[match.word]!++;
  }
  return pairs;
}

const plain = (text: string): SnippetSegment => ({ text: text.replace(/\s+/g, ' '), highlighted: false });

/** The snippet for `text`: the best window around the query's words, or the opening lines. */
export function buildSnippet(
  text: string,
  words: readonly MatchedWord[],
  matches: readonly Match[] = findMatches(text, words),
): SnippetSegment[] {
  const anchor = matches.length > 0 ? bestWindow(matches) : { start: 0, end: 0 };
  const start = anchor.start > SNIPPET.lead ? wordStartFrom(text, anchor.start - SNIPPET.lead, anchor.start) : 0;
  const limit = Math.min(text.length, start + SNIPPET.length);
  const end = limit < text.length ? wordEndBefore(text, anchor.end, limit) : limit;
  const segments: SnippetSegment[] = [];
  if (start > 0) segments.push(plain(SNIPPET.ellipsis));
  let cursor = start;
  for (const match of matches) {
    if (match.start < cursor || match.end > end) continue;
    if (match.start > cursor) segments.push(plain(text.slice(cursor, match.start)));
    segments.push({ text: text.slice(match.start, match.end), highlighted: true });
    cursor = match.end;
  }
  if (cursor < end) segments.push(plain(text.slice(cursor, end)));
  if (end < text.length) segments.push(plain(SNIPPET.ellipsis));
  return mergePlain(segments);
}

function mergePlain(segments: SnippetSegment[]): SnippetSegment[] {
  const merged: SnippetSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && !last.highlighted && !segment.highlighted) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
