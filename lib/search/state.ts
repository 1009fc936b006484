// The search index's own record (table `meta`): corpus totals for BM25, the directory of runs
// and their pages, and which postings in the runs are out of date. Every save, delete and merge
// changes it in the same transaction as the rest of the index, so reading it first in a query's
// transaction tells exactly which (immutable) pages make up the index at that moment.
import type { Table } from 'dexie';
import { bucketOf } from './pages';

export const SEARCH_STATE_KEY = 'search-state';

/** One sorted run of postings of one bucket (see pages.ts). A run is written once and never
 * changed: a merge writes a new run under a new id and deletes the runs it replaces. */
export interface RunEntry {
  /** Unique for the life of the database: pages are keyed [run, first key]. */
  id: number;
  bucket: number;
  /** Merge tier: runs of the same tier and bucket are merged together (see lib/db/write/search-merge.ts). */
  tier: number;
  /** Articles written into the run. */
  articles: number;
  /** The first key of each of its pages, sorted. */
  firsts: string[];
  /** The first key of each chunk of its key list (key-lists.ts), sorted (since schema version
   * 8, whose upgrade lists the keys of every run written before). */
  keyFirsts: string[];
  /** Lowest and highest article id in the run: others were never in it. */
  minId: number;
  maxId: number;
  /** Articles whose postings in this run no longer count: deleted since, or indexed again
   * (with new text) in a newer run or among the waiting articles. Dropped when it is merged. */
  voidIds: number[];
}

export interface SearchStateRow {
  key: typeof SEARCH_STATE_KEY;
  /** Chosen at random when the index is created: tells in-memory caches (page-cache.ts) of one
   * database apart from those of a database deleted and created again, whose run ids repeat. */
  indexId: number;
  /** Articles in the index. */
  articleCount: number;
  /** Sum of their weighted lengths. */
  totalLength: number;
  runs: RunEntry[];
  /** The id the next run written gets. */
  nextRunId: number;
  /** Changes with every write of an article's searchable content (save, update, delete), in
   * any page or tab: in-memory copies of article rows are valid only for one generation. */
  generation: number;
}

export type MetaTable = Table<SearchStateRow, string>;

export const emptySearchState = (): SearchStateRow => ({
  key: SEARCH_STATE_KEY,
  indexId: Math.floor(Math.random() * 2 ** 31),
  articleCount: 0,
  totalLength: 0,
  runs: [],
  nextRunId: 1,
  generation: 0,
});

export async function readSearchState(meta: MetaTable): Promise<SearchStateRow> {
  return (await meta.get(SEARCH_STATE_KEY)) ?? emptySearchState();
}

/** The state with `ids` void in every run of their buckets that may hold them. */
export function voidInRuns(state: SearchStateRow, ids: readonly number[]): RunEntry[] {
  if (ids.length === 0) return state.runs;
  return state.runs.map((run) => {
    const added = ids.filter(
      (id) => bucketOf(id) === run.bucket && id >= run.minId && id <= run.maxId && !run.voidIds.includes(id),
    );
    return added.length === 0 ? run : { ...run, voidIds: [...run.voidIds, ...added] };
  });
}
