// Schema version 3 moves the search index of version 2 (pages keyed [bucket, level, first]:
// a base run and a delta run per bucket, reused in place) to runs with ids of their own
// (pages keyed [run, first]; see lib/search/state.ts). Pages are copied as they are; which of
// their postings no longer count is carried over to each run.
import Dexie, { type Transaction } from 'dexie';
import { tierFor } from '../search/merge';
import { BUCKET_SIZE, bucketOf } from '../search/pages';
import { emptySearchState, SEARCH_STATE_KEY, type RunEntry } from '../search/state';

/** The state row as version 2 wrote it. */
interface VersionTwoState {
  articleCount: number;
  totalLength: number;
  runs: { bucket: number; level: 0 | 1; firsts: string[]; maxId: number }[];
  /** Void in base runs (level 0). */
  baseVoidIds: number[];
  /** Void in every run. */
  deletedIds: number[];
}
const BASE_LEVEL = 0;

export async function upgradeToRunPages(transaction: Transaction): Promise<void> {
  const meta = transaction.table('meta');
  const old = (await meta.get(SEARCH_STATE_KEY)) as VersionTwoState | undefined;
  if (!old) return;
  const oldPages = transaction.table('pages');
  const runPages = transaction.table('runPages');
  const state = { ...emptySearchState(), articleCount: old.articleCount, totalLength: old.totalLength };
  for (const { bucket, level, firsts, maxId } of old.runs) {
    const id = state.nextRunId++;
    const pages = await oldPages.where('[bucket+level+first]').between([bucket, level, Dexie.minKey], [bucket, level, Dexie.maxKey]).toArray();
    await runPages.bulkAdd(pages.map(({ level: _level, ...page }) => ({ ...page, run: id })));
    const minId = bucket * BUCKET_SIZE;
    const voidIds = [...old.deletedIds, ...(level === BASE_LEVEL ? old.baseVoidIds : [])].filter((article) => bucketOf(article) === bucket && article <= maxId);
    const articles = maxId - minId + 1;
    const run: RunEntry = { id, bucket, tier: tierFor(articles), articles, firsts, minId, maxId, voidIds: [...new Set(voidIds)] };
    state.runs.push(run);
  }
  await meta.put(state);
}
