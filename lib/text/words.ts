// Words of any language, the one place Lede finds and counts them: where the words of a text
// are (the search index's words: Intl.Segmenter's word boundaries, UAX #29 plus dictionaries for
// Thai, Chinese, Japanese…, keeping only word-like segments), and how many a reader counts
// (countWords). The two differ on purpose: the index splits "well-known" and "2021-2025" into
// two words each, so a search for "known" finds them, while a reader counts one; and the index's
// boundaries are part of its stored format, so they never change to match the count.
import { UNSPACED_CHARACTER } from './scripts';

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
  segmenter === undefined
    ? (segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('und', { granularity: 'word' }) : null)
    : segmenter;

/** Makes the word breaker ahead of its first use, and has it load its data: the popup calls it
 * when idle after showing an article, so a reader who clicks Save does not wait the ~100 ms the
 * save's search index would spend making one (issue 13). */
export function prepareWordBreaker(): void {
  const breaker = wordSegmenter();
  if (breaker) for (const part of breaker.segment('Lede, ready.')) void part;
}

/** A run Intl.Segmenter would give back whole as one word (UAX #29: no boundary between Latin
 * letters and digits, marks join the letter before them), so it need not be asked. Plain
 * ranges (Latin letters of Latin-1, Extended-A/B and Additional; combining diacritics): a
 * \p{Script} class costs milliseconds to compile in a new page. */
const ONE_WORD_RUN =
  /^[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff][0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f]*$/;

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

/** A word as a reader counts it: a run of letters or digits, with inner marks, apostrophes and
 * hyphens ("well-known", "isn't", "2021-2025" are one word each; a Vietnamese syllable is a word
 * of its spelling). */
const READER_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
/** A run of letters or digits with their marks, without apostrophes or hyphens: "well-known" is two. */
const WORD_PART = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export interface CountOptions {
  /**
   * Count the parts of hyphenated and apostrophised words ("well-known", "isn't": two each).
   * The summarizer counts so: its sentence limits and summary lengths were tuned on these
   * counts, and counted as a reader counts, its English summaries lose ROUGE-L.
   */
  parts?: boolean;
}

/**
 * How many words `text` has, counted the way readers count them (the article's word count and
 * reading time; with `parts`, the summary's sentence lengths). Text in a script written without
 * spaces (Chinese, Japanese, Thai…) is split with Intl.Segmenter's dictionaries.
 */
export function countWords(text: string, options: CountOptions = {}): number {
  const segmenter = UNSPACED_CHARACTER.test(text) ? wordSegmenter() : null;
  if (segmenter) {
    let count = 0;
    for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
    return count;
  }
  return text.match(options.parts ? WORD_PART : READER_WORD)?.length ?? 0;
}
