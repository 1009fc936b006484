// New and changed articles wait in `pendingDocs` (searched directly, see lookup.ts) until a
// merge writes them into their bucket's small delta run; when the delta run grows large, or
// its bucket is full, it is folded into the base run. So a merge rewrites a small run, and a
// base run is rewritten once per DELTA_LIMIT articles (a two-level log-structured merge).
// A merge is one transaction: before and after, every query gets the same answer.
import Dexie from 'dexie';
import type { LedeDb } from '../db/schema';
import { addDocuments, addPages, bucketOf, encodeRun, runIds, RUN_LEVELS, type RunLevel, type RunPostings } from './pages';
import { readSearchState, type RunEntry } from './state';

/** Waiting articles are read by every query; deleted ones only cost space. */
export const MERGE_WHEN = { pendingArticles: 16, deletedArticles: 16 } as const;
/** Most articles in a delta run, and void postings in a base run, before a fold. */
const FOLD_WHEN = { deltaArticles: 512, baseVoidIds: 256 } as const;

/** Merges when enough articles wait or were deleted; returns whether it merged. */
export async function mergeIfDue(db: LedeDb): Promise<boolean> {
  const due = await db.transaction('r', [db.pendingDocs, db.meta], async () => {
    const [pending, state] = await Promise.all([db.pendingDocs.count(), readSearchState(db.meta)]);
    return pending >= MERGE_WHEN.pendingArticles || state.deletedIds.length >= MERGE_WHEN.deletedArticles;
  });
  if (due) await mergePending(db);
  return due;
}

/** Merges every waiting article and deletion into the runs. */
export async function mergePending(db: LedeDb): Promise<void> {
  await db.transaction('rw', [db.pendingDocs, db.pages, db.meta], async () => {
    const state = await readSearchState(db.meta);
    const pending = await db.pendingDocs.toArray();
    const pendingIds = new Set(pending.map((doc) => doc.id));
    const deleted = new Set(state.deletedIds);
    const runs = new Map(state.runs.map((run) => [`${run.bucket}:${run.level}`, run]));
    const latestBucket = Math.max(-1, ...state.runs.map((run) => run.bucket), ...[...pendingIds].map(bucketOf));
    const buckets = new Set([...pendingIds, ...deleted].map(bucketOf));
    // A full bucket's delta run is folded, so older buckets cost one page read per word.
    for (const run of state.runs) if (run.level === RUN_LEVELS.delta && run.bucket < latestBucket) buckets.add(run.bucket);
    let baseVoid = new Set(state.baseVoidIds);

    for (const bucket of buckets) {
      const base = runs.get(`${bucket}:${RUN_LEVELS.base}`);
      const delta = runs.get(`${bucket}:${RUN_LEVELS.delta}`);
      const changed = (id: number) => pendingIds.has(id) || deleted.has(id);
      const postings: RunPostings = new Map();
      if (delta) addPages(postings, await readRun(db, bucket, RUN_LEVELS.delta), changed);
      addDocuments(postings, bucket, pending.filter((doc) => bucketOf(doc.id) === bucket));
      for (const id of [...pendingIds, ...deleted]) if (bucketOf(id) === bucket && base && id <= base.maxId) baseVoid.add(id);
      const bucketVoid = [...baseVoid].filter((id) => bucketOf(id) === bucket);
      const fold = runIds(postings, bucket).size > FOLD_WHEN.deltaArticles || bucket < latestBucket || bucketVoid.length > FOLD_WHEN.baseVoidIds;
      if (fold) {
        const basePostings: RunPostings = new Map();
        if (base) addPages(basePostings, await readRun(db, bucket, RUN_LEVELS.base), (id) => baseVoid.has(id));
        for (const [key, list] of postings) basePostings.set(key, [...(basePostings.get(key) ?? []), ...list]);
        baseVoid = new Set([...baseVoid].filter((id) => bucketOf(id) !== bucket));
        setRun(runs, await writeRun(db, bucket, RUN_LEVELS.base, basePostings), bucket, RUN_LEVELS.base);
        postings.clear();
      }
      setRun(runs, await writeRun(db, bucket, RUN_LEVELS.delta, postings), bucket, RUN_LEVELS.delta);
    }
    await db.pendingDocs.clear();
    await db.meta.put({ ...state, runs: [...runs.values()], baseVoidIds: [...baseVoid], deletedIds: [] });
  });
}

function setRun(runs: Map<string, RunEntry>, run: RunEntry | undefined, bucket: number, level: RunLevel): void {
  if (run) runs.set(`${bucket}:${level}`, run);
  else runs.delete(`${bucket}:${level}`);
}

function runRange(bucket: number, level: RunLevel): [[number, RunLevel, number], [number, RunLevel, string | unknown[]]] {
  return [
    [bucket, level, Dexie.minKey],
    [bucket, level, Dexie.maxKey],
  ];
}

async function readRun(db: LedeDb, bucket: number, level: RunLevel) {
  return db.pages.where('[bucket+level+first]').between(...runRange(bucket, level)).toArray();
}

/** Replaces a run's pages; returns its directory entry, or undefined for an empty run. */
async function writeRun(db: LedeDb, bucket: number, level: RunLevel, postings: RunPostings): Promise<RunEntry | undefined> {
  await db.pages.where('[bucket+level+first]').between(...runRange(bucket, level)).delete();
  if (postings.size === 0) return undefined;
  const pages = encodeRun(bucket, level, postings);
  await db.pages.bulkAdd(pages);
  return { bucket, level, firsts: pages.map((page) => page.first), maxId: Math.max(...runIds(postings, bucket)) };
}
