// One typo forgiven: a query word of TYPO.minLetters letters or more also finds the index keys
// one edit away from its folded form (one-edit.ts): "nghoe" finds "nghèo", "goverment"
// "government"; accents stay optional, as everywhere. Such matches rank below the word as typed
// (rank.ts). Candidates keep the word's first letter, as most typos do: they are the keys of
// that letter in the runs' key lists (key-lists.ts) and in the waiting articles, scanned once —
// not hundreds of one-edit variants looked up, most on a page of their own.
import type { SearchDocRow } from './document';
import type { KeyListRow } from './key-lists';
import { isOneEdit } from './one-edit';
import { EXACT_SEPARATOR, type QueryWord } from './tokenize';

export const TYPO = {
  /** Shorter words are taken as typed: a four-letter word has dozens of real words one edit
   * away ("bao": bào, báo, bảo, "bac", "ban"...), and a reader means the one typed. */
  minLetters: 5,
  /** A word as typed in this many articles is spelled right: its neighbours (mostly its own
   * inflections, "reform" → "reforms") are not looked up, and they would rank below these. */
  maxArticlesAsTyped: 30,
  /** Key-list chunks read per run, those nearest the word's own place: enough for a letter's
   * keys at 10,000 articles of real news. Past it the farthest keys are not scanned (a typo in
   * the second letter may then go unforgiven). */
  maxChunksPerRun: 4,
  /** Candidates kept per word, those in the most articles first (the likeliest meant). */
  maxCandidates: 8,
  /** Pages read for a word's candidates (one per candidate and run holding it): the rarest
   * candidates are dropped past it. */
  maxPages: 24,
} as const;

/** What the lookup of a word as typed found: the articles with it, and, for the word being
 * typed, its completions. */
export interface FoundAsTyped {
  articles: number;
  completions: number;
}

const HAS_DIGIT = /[0-9]/;

/** Whether a typo in `word` is forgiven: a long enough word of letters (a number is typed as
 * meant) that is rare as typed; the word being typed only when the index has no completion of
 * it (else the reader is still typing a word it holds). */
export function forgivesTypo(word: QueryWord, found: FoundAsTyped): boolean {
  if ([...word.folded].length < TYPO.minLetters || HAS_DIGIT.test(word.folded)) return false;
  if (word.prefix && found.completions > 0) return false;
  return found.articles < TYPO.maxArticlesAsTyped;
}

/** The keys a typo candidate of `folded` lies in: those starting with its first unit. */
export function candidateRange(folded: string): { lo: string; hi: string } {
  const first = folded.charCodeAt(0);
  return { lo: String.fromCharCode(first), hi: String.fromCharCode(first + 1) };
}

/** An index key one typo away from a query word: in how many articles (a run's void ones
 * included), and which runs hold it. */
export interface TypoCandidate {
  key: string;
  articles: number;
  runs: number[];
}

/** The keys one typo away from `folded` in these key-list chunks and waiting articles, those in
 * the most articles first, at most TYPO.maxCandidates. */
export function typoCandidates(
  folded: string,
  lists: readonly KeyListRow[],
  pending: readonly SearchDocRow[],
): TypoCandidate[] {
  const first = folded.charCodeAt(0);
  const found = new Map<string, TypoCandidate>();
  const add = (key: string, articles: number, run?: number) => {
    let candidate = found.get(key);
    if (!candidate) found.set(key, (candidate = { key, articles: 0, runs: [] }));
    candidate.articles += articles;
    if (run !== undefined) candidate.runs.push(run);
  };
  for (const list of lists) {
    const { keys, keyEnds } = list;
    for (let i = 0, start = 0; i < keyEnds.length; start = keyEnds[i++]!) {
      if (keys.charCodeAt(start) !== first || !isOneEdit(folded, keys, start, keyEnds[i]!)) continue;
      add(keys.slice(start, keyEnds[i]), list.articles[i]!, list.run);
    }
  }
  for (const doc of pending) {
    for (const term of doc.terms) {
      if (term.charCodeAt(0) !== first || !isOneEdit(folded, term, 0, term.length)) continue;
      if (!term.includes(EXACT_SEPARATOR)) add(term, 1);
    }
  }
  return [...found.values()]
    .sort((a, b) => b.articles - a.articles || (a.key < b.key ? -1 : 1))
    .slice(0, TYPO.maxCandidates);
}
