// Words of any language: Intl.Segmenter's word boundaries (UAX #29 plus dictionaries for Thai,
// Chinese, Japanese...), keeping only word-like segments.
import { exactForm, foldedForm } from './fold';

/** One word of a text and where it starts (UTF-16 offset). */
export interface Word {
  text: string;
  index: number;
}

/** Language-neutral: the same boundaries whatever the article's language, so a query typed in
 * any page finds the words an article was indexed with. Made on first use: making one costs
 * 50-120 ms in a new page (Chromium loads its word-break data), which a library page opened
 * to search for Latin-script words never needs to pay (see ONE_WORD_RUN). */
let segmenter: Intl.Segmenter | null | undefined;
const wordSegmenter = () =>
  segmenter === undefined ? (segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('und', { granularity: 'word' }) : null) : segmenter;

/** A run Intl.Segmenter would give back whole as one word (UAX #29: no boundary between Latin
 * letters and digits, marks join the letter before them), so it need not be asked. Plain
 * ranges (Latin letters of Latin-1, Extended-A/B and Additional; combining diacritics): a
 * \p{Script} class costs milliseconds to compile in a new page. */
const ONE_WORD_RUN = /^[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff][0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f]*$/;

/** Runs of letters and digits (with inner apostrophes), for engines without Intl.Segmenter. */
const FALLBACK_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Word-like pieces of one run of text without white space, with their offsets in it. */
type Pieces = readonly (readonly [text: string, offset: number])[];

/** White space always separates words (UAX #29), so each run between spaces is segmented on its
 * own, and the pieces of runs seen before are reused: news text repeats the same few thousand
 * words, and Intl.Segmenter costs ~3 µs per word, most of a save. Long runs (text in scripts
 * written without spaces) are not kept. */
const RUN_CACHE = { maxEntries: 30_000, maxRunLength: 48 } as const;
const runCache = new Map<string, Pieces>();

function segmentRun(run: string): Pieces {
  const cached = runCache.get(run);
  if (cached) return cached;
  const pieces: [string, number][] = [];
  const wordBreaker = ONE_WORD_RUN.test(run) ? undefined : wordSegmenter();
  if (wordBreaker === undefined) {
    pieces.push([run, 0]);
  } else if (wordBreaker) {
    for (const part of wordBreaker.segment(run)) if (part.isWordLike) pieces.push([part.segment, part.index]);
  } else {
    for (const match of run.matchAll(FALLBACK_WORD)) pieces.push([match[0], match.index]);
  }
  if (run.length <= RUN_CACHE.maxRunLength) {
    if (runCache.size >= RUN_CACHE.maxEntries) runCache.clear();
    runCache.set(run, pieces);
  }
  return pieces;
}

/** The words of `text`, in order. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const run of text.matchAll(/\S+/g)) {
    for (const [piece, offset] of segmentRun(run[0])) found.push({ text: piece, index: run.index + offset });
  }
  return found;
}

/** Exact-form keys are `folded + EXACT_SEPARATOR + exact`: they sort right after their folded
 * key ("giam", "giam\u0001giám", "giam\u0001giảm", "giamx"...), so one page read serves both,
 * and never equal a folded key. */
export const EXACT_SEPARATOR = '\u0001';

/** Index keys of one exact word form: the folded form, plus the exact form when it differs. */
export function indexKeys(exact: string): [folded: string, exact?: string] {
  const folded = foldedForm(exact);
  return folded === exact ? [folded] : [folded, folded + EXACT_SEPARATOR + exact];
}

/** One query word: what it folds to, its exact form, and whether it is still being typed. */
export interface QueryWord {
  exact: string;
  folded: string;
  /** The last word of a query that does not end in a space or punctuation matches as a prefix. */
  prefix: boolean;
}

/** Queries longer than this are cut: nobody types more, and each word costs index reads. */
export const MAX_QUERY_WORDS = 8;

/** The words of a search query. A query with no word in it gives an empty list. */
export function queryWords(query: string): QueryWord[] {
  const normalized = query.normalize('NFC');
  const found = words(normalized).slice(0, MAX_QUERY_WORDS);
  const last = found.at(-1);
  const stillTyping = last !== undefined && last.index + last.text.length === normalized.length;
  return found.map((word, position) => ({
    exact: exactForm(word.text),
    folded: foldedForm(word.text),
    prefix: stillTyping && position === found.length - 1,
  }));
}
