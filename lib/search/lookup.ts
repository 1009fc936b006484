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

/** The postings of one index key (flat [id, frequency, length] triples) and its weight. */
export interface TermPostings {
  term: string;
  entries: number[];
  weight: number;
  documentFrequency: number;
}

/** A query word's postings: folded keys (any accents), and exact keys when it has accents. */
export interface WordPostings {
  folded: TermPostings[];
  exact: TermPostings[];
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
export type VoidIds = (run: number) => ReadonlySet<number> | undefined;

export function voidPostings(state: SearchStateRow, pendingIds: readonly number[]): VoidIds {
  const everywhere = pendingIds.length > 0 ? new Set(pendingIds) : undefined;
  const byRun = new Map(state.runs.filter((run) => run.voidIds.length > 0).map((run) => [run.id, new Set([...run.voidIds, ...pendingIds])]));
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
  const found = { folded: new Map<string, number[]>(), exact: new Map<string, number[]>() };
  const listFor = (key: string, kind: 'folded' | 'exact') => {
    let list = found[kind].get(key);
    if (!list) found[kind].set(key, (list = []));
    return list;
  };
  for (const page of pages) {
    const base = page.bucket * BUCKET_SIZE;
    const voided = voidIds(page.run);
    const { entries, starts } = page;
    for (let i = pageLowerBound(page, lo); i < page.keyEnds.length; i++) {
      const key = pageKey(page, i);
      if (key >= hi) break;
      const kind = kindOf(key, word);
      if (!kind) continue;
      const list = listFor(key, kind);
      // The hottest loop of a query, run by a page's first query before the JIT warms up.
      for (let e = starts[i]!, end = starts[i + 1]!; e < end; e += ENTRY_WIDTH) {
        const id = base + entries[e]!;
        if (voided === undefined || !voided.has(id)) list.push(id, entries[e + 1]!, entries[e + 2]!);
      }
    }
  }
  for (const doc of pending) {
    doc.terms.forEach((key, i) => {
      if (key < lo || key >= hi) return;
      const kind = kindOf(key, word);
      if (kind) listFor(key, kind).push(doc.id, doc.counts[i]!, doc.length);
    });
  }
  const typed = { folded: word.folded, exact: word.folded + EXACT_SEPARATOR + word.exact };
  const best = (kind: 'folded' | 'exact'): TermPostings[] =>
    [...found[kind]]
      .filter(([, entries]) => entries.length > 0)
      .map(([term, entries]) => ({ term, entries, weight: term === typed[kind] ? 1 : PREFIX.completionWeight, documentFrequency: entries.length / 3 }))
      .sort((a, b) => b.weight - a.weight || b.documentFrequency - a.documentFrequency || a.term.length - b.term.length)
      .slice(0, PREFIX.maxCompletions);
  return { folded: best('folded'), exact: best('exact') };
}
