// New and changed articles wait in `pendingDocs` (searched directly, see lookup.ts) until a
// flush writes them as a new small run of their bucket. Runs of one bucket and tier are merged
// FANOUT at a time into one run of the next tier (a tiered log-structured merge): a posting is
// rewritten once per tier, and a bucket's runs stay few. Each write does at most one step,
// in its own transaction after the write's: small steps are frequent (a flush every
// MERGE_WHEN.pendingArticles saves), large ones rare (a full bucket is rewritten once per
// BUCKET_SIZE saves). Before and after a step, every query gets the same answer.
import Dexie, { type Table } from 'dexie';
import type { SearchTables } from './search-tables';
import { addKeyCountsOfPage, encodeKeyLists } from '../../search/key-lists';
import { addDocuments, addPages, bucketOf, encodeRun, runIds, type RunPostings } from '../../search/pages';
import { readSearchState, voidInRuns, type RunEntry, type SearchStateRow } from '../../search/state';

/** Waiting articles are read by a page's first query and after every save: flushed when this
 * many wait. A flush costs a save about 30 ms more; one save in 32 pays it (measured with 16,
 * one in 16: more than 5% of saves). */
export const MERGE_WHEN = { pendingArticles: 32 } as const;
/** Runs of one bucket and tier merged into one of the next tier. */
const FANOUT = 4;
/** Articles in a flushed run of tier 0; tier t holds about FIRST_TIER_ARTICLES × FANOUT^t. */
const FIRST_TIER_ARTICLES = MERGE_WHEN.pendingArticles;
/** A run is rewritten alone once this share of its articles is void (deleted or indexed anew). */
const VOID_SHARE_TO_REWRITE = 0.5;

/** One merge step: flush the waiting articles, or merge (or rewrite) these runs of one bucket. */
type MergeStep = { flush: true } | { flush: false; runs: RunEntry[] };

export function tierFor(articles: number): number {
  let tier = 0;
  for (let size = FIRST_TIER_ARTICLES; size < articles; size *= FANOUT) tier++;
  return tier;
}

/** The next step due, smallest first; undefined when the index needs none. */
function dueStep(state: SearchStateRow, pendingCount: number, flushAt: number): MergeStep | undefined {
  if (pendingCount > 0 && pendingCount >= flushAt) return { flush: true };
  const groups = new Map<string, RunEntry[]>();
  const topTier = new Map<number, number>();
  for (const run of state.runs) {
    const key = `${run.bucket}:${run.tier}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
    topTier.set(run.bucket, Math.max(run.tier, topTier.get(run.bucket) ?? 0));
  }
  const latestBucket = Math.max(...topTier.keys());
  // A bucket no longer filled keeps its largest runs as one (BUCKET_SIZE is not a whole
  // number of top-tier runs): there, a word costs one page read.
  const isDue = ([first, ...others]: RunEntry[]) =>
    others.length + 1 >= FANOUT ||
    (first!.bucket < latestBucket && first!.tier === topTier.get(first!.bucket) && others.length > 0);
  const full = [...groups.values()].filter(isDue).sort((a, b) => a[0]!.tier - b[0]!.tier)[0];
  if (full) return { flush: false, runs: [...full].sort((a, b) => a.id - b.id).slice(0, FANOUT) };
  const voided = state.runs.find(
    (run) => run.voidIds.length > 0 && run.voidIds.length >= run.articles * VOID_SHARE_TO_REWRITE,
  );
  return voided && { flush: false, runs: [voided] };
}

/** Whether a merge step is due for this state of the index with this many waiting articles. */
export function isMergeDue(state: SearchStateRow, pendingCount: number): boolean {
  return dueStep(state, pendingCount, MERGE_WHEN.pendingArticles) !== undefined;
}

export interface MergeIfDueOptions {
  /** What the caller's own transaction found (isMergeDue); looked up when not given. */
  due?: boolean;
}

/** Does the next merge step when one is due (after every write); returns whether it did. */
export async function mergeIfDue(db: MergeDb, options: MergeIfDueOptions = {}): Promise<boolean> {
  const due =
    options.due ??
    (await db.transaction('r', [db.pendingDocs, db.meta], async () => {
      const [pendingCount, state] = await Promise.all([db.pendingDocs.count(), readSearchState(db.meta)]);
      return isMergeDue(state, pendingCount);
    }));
  return due && (await mergeStep(db, MERGE_WHEN.pendingArticles));
}

/** Flushes every waiting article and does every merge step due (imports, tests, tools). */
export async function mergePending(db: MergeDb): Promise<void> {
  while (await mergeStep(db, 1));
}

/** The tables a merge step reads and writes: the database's, or a schema upgrade's. */
export type MergeTables = Pick<SearchTables, 'pendingDocs' | 'runPages' | 'runKeys' | 'meta'>;
/** The database itself (LedeDb), for the transactions of a merge step. */
type MergeDb = Dexie & MergeTables;

/** One step, planned again inside its own transaction: another page may have merged since. */
async function mergeStep(db: MergeDb, flushAt: number): Promise<boolean> {
  // an async scope: a plain arrow returning mergeStepWithin's promise had Dexie commit the
  // transaction too early (PrematureCommitError in a merge of runs)
  return db.transaction('rw', [db.pendingDocs, db.runPages, db.runKeys, db.meta], async () =>
    mergeStepWithin(db, flushAt),
  );
}

/** One merge step inside the caller's transaction (a schema upgrade flushes with flushAt 1). */
export async function mergeStepWithin(db: MergeTables, flushAt: number): Promise<boolean> {
  const [state, pendingCount] = await Promise.all([readSearchState(db.meta), db.pendingDocs.count()]);
  const step = dueStep(state, pendingCount, flushAt);
  if (!step) return false;
  await db.meta.put(step.flush ? await flushPending(db, state) : await mergeRuns(db, state, step.runs));
  return true;
}

/** Writes the waiting articles as one new run per bucket; their older postings become void. */
async function flushPending(db: MergeTables, state: SearchStateRow): Promise<SearchStateRow> {
  const pending = await db.pendingDocs.toArray();
  const cleared = db.pendingDocs.clear();
  const buckets = [...new Set(pending.map((doc) => bucketOf(doc.id)))];
  const written = await Promise.all(
    buckets.map((bucket, i) => {
      const docs = pending.filter((doc) => bucketOf(doc.id) === bucket);
      const postings: RunPostings = new Map();
      addDocuments(postings, bucket, docs);
      return writeRun(db, { id: state.nextRunId + i, bucket, tier: tierFor(docs.length) }, postings);
    }),
  );
  await cleared;
  const runs = [
    ...voidInRuns(
      state,
      pending.map((doc) => doc.id),
    ),
    ...written.filter((run) => run !== undefined),
  ];
  return { ...state, runs, nextRunId: state.nextRunId + buckets.length };
}

/** Replaces runs of one bucket by one run without their void postings. */
async function mergeRuns(
  db: MergeTables,
  state: SearchStateRow,
  sources: readonly RunEntry[],
): Promise<SearchStateRow> {
  const bucket = sources[0]!.bucket;
  const postings: RunPostings = new Map();
  const sourcePages = await Promise.all(sources.map((source) => runRows(db.runPages, source.id).toArray()));
  const deleted = Promise.all(
    sources.flatMap((source) => [runRows(db.runPages, source.id).delete(), runRows(db.runKeys, source.id).delete()]),
  );
  sources.forEach((source, i) => {
    const voidIds = new Set(source.voidIds);
    addPages(postings, sourcePages[i]!, (id) => voidIds.has(id));
  });
  await deleted;
  const tier = Math.max(...sources.map((run) => run.tier)) + (sources.length > 1 ? 1 : 0);
  const merged = await writeRun(db, { id: state.nextRunId, bucket, tier }, postings);
  const replaced = new Set(sources.map((run) => run.id));
  const runs = state.runs.filter((run) => !replaced.has(run.id));
  return { ...state, runs: merged ? [...runs, merged] : runs, nextRunId: state.nextRunId + 1 };
}

/** A run's rows of a table keyed [run, first] (its pages, or its key list). */
function runRows<Row>(table: Table<Row, [run: number, first: string]>, run: number) {
  return table.where('[run+first]').between([run, Dexie.minKey], [run, Dexie.maxKey]);
}

/** Writes a run's pages and key list; returns its directory entry, or undefined for an empty run. */
async function writeRun(
  db: MergeTables,
  run: Pick<RunEntry, 'id' | 'bucket' | 'tier'>,
  postings: RunPostings,
): Promise<RunEntry | undefined> {
  if (postings.size === 0) return undefined;
  const pages = encodeRun(run.id, run.bucket, postings);
  const keyCounts: [string, number][] = [];
  for (const page of pages) addKeyCountsOfPage(keyCounts, page); // in key order, as the pages are
  const keyLists = encodeKeyLists(run.id, keyCounts);
  await Promise.all([db.runPages.bulkAdd(pages), db.runKeys.bulkAdd(keyLists)]);
  const ids = [...runIds(postings, run.bucket)];
  const [minId, maxId] = ids.reduce(([min, max], id) => [Math.min(min, id), Math.max(max, id)], [Infinity, -Infinity]);
  const firsts = pages.map((page) => page.first);
  const keyFirsts = keyLists.map((list) => list.first);
  return { ...run, articles: ids.length, firsts, keyFirsts, minId, maxId, voidIds: [] };
}
