// A few lines of an article around the query's words, as data: plain and highlighted pieces
// the UI turns into text nodes (never HTML built from what the reader typed).
import { foldAligned } from './fold';
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
/** Scripts written without spaces: a word may start or end next to another letter. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** One occurrence of query word number `word` at text[start, end). */
export interface Match {
  start: number;
  end: number;
  word: number;
}

/** Where the query's words occur in `text` (NFC), accent- and case-insensitively, in order.
 * `folded` is foldAligned(text), when the caller has it already. */
export function findMatches(text: string, words: readonly QueryWord[], folded = foldAligned(text)): Match[] {
  const isWordAt = (index: number) => index >= 0 && index < folded.length && WORD_CHARACTER.test(folded[index]!);
  const matches: Match[] = [];
  words.forEach(({ folded: needle, prefix }, word) => {
    if (needle === '') return;
    const unspaced = UNSPACED_SCRIPT.test(needle);
    for (let start = folded.indexOf(needle); start >= 0 && matches.length < SNIPPET.maxMatches; start = folded.indexOf(needle, start + 1)) {
      let end = start + needle.length;
      if (!unspaced && isWordAt(start - 1)) continue;
      if (prefix) while (!unspaced && isWordAt(end)) end++;
      else if (!unspaced && isWordAt(end)) continue;
      matches.push({ start, end, word });
    }
  });
  return matches.sort((a, b) => a.start - b.start);
}

/** The first match of the window showing the most different query words (earliest on a tie). */
function bestWindow(matches: readonly Match[]): Match {
  let best = { first: matches[0]!, words: 0 };
  for (let first = 0; first < matches.length; first++) {
    const limit = matches[first]!.start + SNIPPET.length - SNIPPET.lead;
    const words = new Set<number>();
    for (let i = first; i < matches.length && matches[i]!.end <= limit; i++) words.add(matches[i]!.word);
    if (words.size > best.words) best = { first: matches[first]!, words: words.size };
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
export function buildSnippet(text: string, words: readonly QueryWord[], matches = findMatches(text, words)): SnippetSegment[] {
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
