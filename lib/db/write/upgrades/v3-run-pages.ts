// Schema version 3 moves the search index of version 2 (pages keyed [bucket, level, first]:
// a base run and a delta run per bucket, reused in place) to runs with ids of their own
// (pages keyed [run, first]; see lib/search/state.ts). Pages are copied as they are; which of
// their postings no longer count is carried over to each run.
// Frozen: an upgrade released once never changes, so it keeps its own copy of the constants and
// shapes it was written with instead of importing the live ones (which may move on).
import Dexie, { type Transaction } from 'dexie';

/** Of lib/search/pages.ts and lib/search/state.ts at version 3. */
const BUCKET_SIZE = 4096;
const bucketOf = (id: number) => Math.floor(id / BUCKET_SIZE);
const SEARCH_STATE_KEY = 'search-state';
/** Of lib/db/write/search-merge.ts at version 3: tier t holds about 32 × 4^t articles. */
function tierFor(articles: number): number {
  let tier = 0;
  for (let size = 32; size < articles; size *= 4) tier++;
  return tier;
}

/** A run and the state row as version 3 writes them. */
interface VersionThreeRun {
  id: number;
  bucket: number;
  tier: number;
  articles: number;
  firsts: string[];
  minId: number;
  maxId: number;
  voidIds: number[];
}

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
  const state = {
    key: SEARCH_STATE_KEY,
    indexId: Math.floor(Math.random() * 2 ** 31),
    articleCount: old.articleCount,
    totalLength: old.totalLength,
    runs: [] as VersionThreeRun[],
    nextRunId: 1,
    generation: 0,
  };
  for (const { bucket, level, firsts, maxId } of old.runs) {
    const id = state.nextRunId++;
    const pages = await oldPages
      .where('[bucket+level+first]')
      .between([bucket, level, Dexie.minKey], [bucket, level, Dexie.maxKey])
      .toArray();
    await runPages.bulkAdd(pages.map(({ level: _level, ...page }) => ({ ...page, run: id })));
    const minId = bucket * BUCKET_SIZE;
    const voidIds = [...old.deletedIds, ...(level === BASE_LEVEL ? old.baseVoidIds : [])].filter(
      (article) => bucketOf(article) === bucket && article <= maxId,
    );
    const articles = maxId - minId + 1;
    const run: VersionThreeRun = {
      id,
      bucket,
      tier: tierFor(articles),
      articles,
      firsts,
      minId,
      maxId,
      voidIds: [...new Set(voidIds)],
    };
    state.runs.push(run);
  }
  await meta.put(state);
}
