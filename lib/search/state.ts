// The search index's own record (table `meta`): corpus totals for BM25, the directory of runs
// and pages, and which postings in the runs are out of date. Every save, delete and merge
// changes it in the same transaction as the rest of the index.
import type { Table } from 'dexie';
import type { RunLevel } from './pages';

export const SEARCH_STATE_KEY = 'search-state';

/** One run of one bucket (see pages.ts): the first key of each of its pages, sorted. */
export interface RunEntry {
  bucket: number;
  level: RunLevel;
  firsts: string[];
  /** Highest article id in the run: higher ids were never in it. */
  maxId: number;
}

export interface SearchStateRow {
  key: typeof SEARCH_STATE_KEY;
  /** Articles in the index. */
  articleCount: number;
  /** Sum of their weighted lengths. */
  totalLength: number;
  runs: RunEntry[];
  /** Articles whose postings in their bucket's base run are void: deleted, or merged again
   * (with new text) into the delta run. Cleared when the base run is rebuilt. */
  baseVoidIds: number[];
  /** Articles deleted since the last merge: void in every run. */
  deletedIds: number[];
}

export type MetaTable = Table<SearchStateRow, string>;

export async function readSearchState(meta: MetaTable): Promise<SearchStateRow> {
  return (
    (await meta.get(SEARCH_STATE_KEY)) ?? {
      key: SEARCH_STATE_KEY,
      articleCount: 0,
      totalLength: 0,
      runs: [],
      baseVoidIds: [],
      deletedIds: [],
    }
  );
}
