// Finding the postings of query words: in the pages of every bucket (through the directory)
// and in the articles still waiting for a merge. The last word of a query being typed is a
// prefix: its completions are the keys in its range, the most frequent first, capped.
import type { SearchDocRow } from './document';
import { BUCKET_SIZE, ENTRY_WIDTH, lowerBound, pageKey, pageLowerBound, type PageRow } from './pages';
import type { SearchStateRow } from './state';
import { EXACT_SEPARATOR, type QueryWord } from './tokenize';

const PREFIX = {
  /** Pages read per run for a prefix: a two-letter prefix must not read the whole index. */
  maxPagesPerRun: 4,
  /** Completions kept, the most frequent first. */
  maxCompletions: 24,
  /** A completion counts for less than the word typed in full. */
  completionWeight: 0.5,
} as const;

/** Postings of one index key in one page, entries[start, end) as [id − base, frequency,
 * length] triples, or in the waiting rows (base 0). Read in place: a query copies nothing. */
export interface PostingSlice {
  entries: ArrayLike<number>;
  start: number;
  end: number;
  base: number;
  /** Ids whose postings here no longer count. */
  voided: VoidMask | undefined;
}

/** A set of article ids as flags indexed by id: scoring tests one per posting, and a typed
 * array read costs a page's first (not yet compiled) query less than a Set lookup. */
export type VoidMask = Uint8Array;

export const isVoid = (mask: VoidMask, id: number) => id < mask.length && mask[id] === 1;

function voidMask(ids: Iterable<number>): VoidMask {
  const list = [...ids];
  const mask = new Uint8Array(1 + Math.max(0, ...list));
  for (const id of list) mask[id] = 1;
  return mask;
}

/** The postings of one index key and its weight. */
export interface TermPostings {
  term: string;
  slices: PostingSlice[];
  weight: number;
  documentFrequency: number;
}

/** A query word's postings: folded keys (any accents), exact keys when it has accents, and
 * the keys one typo away when it is forgiven one (typo-lookup.ts). */
export interface WordPostings {
  folded: TermPostings[];
  exact: TermPostings[];
  typo?: TermPostings[];
}

/** Keys [lo, hi) that may match `word`: its folded key and exact variants, or all completions. */
function keyRange(word: QueryWord): [lo: string, hi: string] {
  return [word.folded, word.folded + (word.prefix ? '\uffff' : '\u0002')];
}

/** The pages ([run, first] keys) that hold the keys of the query's words. A run's page k
 * holds the keys from its first up to the next page's first. */
export function pagesToRead(state: SearchStateRow, words: readonly QueryWord[]): [run: number, first: string][] {
  const keys = new Map<string, [number, string]>();
  for (const { id, firsts } of state.runs) {
    for (const word of words) {
      const [lo, hi] = keyRange(word);
      let start = lowerBound(firsts, lo);
      if (firsts[start] !== lo) start = Math.max(0, start - 1);
      const end = Math.min(lowerBound(firsts, hi), start + (word.prefix ? PREFIX.maxPagesPerRun : Infinity));
      for (let i = start; i < end; i++) keys.set(`${id}:${firsts[i]}`, [id, firsts[i]!]);
    }
  }
  return [...keys.values()];
}

/** Which stored postings no longer count, per run: the ids void in it (undefined when none).
 * Waiting articles are searched in their waiting rows, so their postings in every run are void. */
export type VoidIds = (run: number) => VoidMask | undefined;

export function voidPostings(state: SearchStateRow, pendingIds: readonly number[]): VoidIds {
  const everywhere = pendingIds.length > 0 ? voidMask(pendingIds) : undefined;
  const byRun = new Map(
    state.runs
      .filter((run) => run.voidIds.length > 0)
      .map((run) => [run.id, voidMask([...run.voidIds, ...pendingIds])]),
  );
  return (run) => byRun.get(run) ?? everywhere;
}

/** Whether `key` matches `word`, and as which kind; undefined when it does not. */
function kindOf(key: string, word: QueryWord): 'folded' | 'exact' | undefined {
  const separator = key.indexOf(EXACT_SEPARATOR);
  if (separator < 0) return word.prefix || key === word.folded ? 'folded' : undefined;
  if (word.exact === word.folded) return undefined;
  const exact = key.slice(separator + 1);
  return exact === word.exact || (word.prefix && exact.startsWith(word.exact)) ? 'exact' : undefined;
}

/** Everything the index has for `word`: in the pages (without void postings) and in the
 * articles waiting for a merge. */
export function wordPostings(
  word: QueryWord,
  pages: readonly PageRow[],
  pending: readonly SearchDocRow[],
  voidIds: VoidIds,
): WordPostings {
  const [lo, hi] = keyRange(word);
  const found = {
    folded: new Map<string, { slices: PostingSlice[]; count: number }>(),
    exact: new Map<string, { slices: PostingSlice[]; count: number }>(),
  };
  const add = (key: string, kind: 'folded' | 'exact', slice: PostingSlice) => {
    let term = found[kind].get(key);
    if (!term) found[kind].set(key, (term = { slices: [], count: 0 }));
    term.slices.push(slice);
    term.count += countPostings(slice);
  };
  for (const page of pages) {
    const base = page.bucket * BUCKET_SIZE;
    const voided = voidIds(page.run);
    for (let i = pageLowerBound(page, lo); i < page.keyEnds.length; i++) {
      const key = pageKey(page, i);
      if (key >= hi) break;
      const kind = kindOf(key, word);
      if (kind)
        add(key, kind, { entries: page.entries, start: page.starts[i]!, end: page.starts[i + 1]!, base, voided });
    }
  }
  const waiting = new Map<string, number[]>();
  for (const doc of pending) {
    doc.terms.forEach((key, i) => {
      if (key < lo || key >= hi || !kindOf(key, word)) return;
      let entries = waiting.get(key);
      if (!entries) waiting.set(key, (entries = []));
      entries.push(doc.id, doc.counts[i]!, doc.length);
    });
  }
  for (const [key, entries] of waiting)
    add(key, kindOf(key, word)!, { entries, start: 0, end: entries.length, base: 0, voided: undefined });
  const typed = { folded: word.folded, exact: word.folded + EXACT_SEPARATOR + word.exact };
  const best = (kind: 'folded' | 'exact'): TermPostings[] =>
    [...found[kind]]
      .filter(([, { count }]) => count > 0)
      .map(([term, { slices, count }]) => ({
        term,
        slices,
        weight: term === typed[kind] ? 1 : PREFIX.completionWeight,
        documentFrequency: count,
      }))
      .sort((a, b) => b.weight - a.weight || b.documentFrequency - a.documentFrequency || a.term.length - b.term.length)
      .slice(0, PREFIX.maxCompletions);
  return { folded: best('folded'), exact: best('exact') };
}

/** Postings of a slice that still count. */
function countPostings({ entries, start, end, base, voided }: PostingSlice): number {
  if (voided === undefined) return (end - start) / ENTRY_WIDTH;
  let count = 0;
  for (let e = start; e < end; e += ENTRY_WIDTH) if (!isVoid(voided, base + entries[e]!)) count++;
  return count;
}
