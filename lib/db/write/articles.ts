// The library's writes, through Dexie (lib/db/read/ reads without it). Wrong arguments throw;
// writes that hit a full disk return a StorageFull value.
import { fromSaveInput, MERGE_POLICIES, normalizeTags } from '../records';
import { unlessStorageFull } from './quota';
import type { LedeDb } from './schema';
import type {
  DeletedArticle,
  HighlightRow,
  ReadingProgress,
  SaveInput,
  SaveManyResult,
  SaveResult,
  UpdateResult,
} from '../types';
import { incoming, removeArticles, settleIndex, upsertBatch, writeTables } from './changes';
import { reindexArticles } from './search-docs';

/** Saves an article, or updates the saved copy when the same article (same address once
 * normalized, canonical link preferred) was saved before. */
export async function saveArticle(db: LedeDb, input: SaveInput): Promise<SaveResult> {
  const result = await saveArticles(db, [input]);
  return result.ok ? { ok: true, id: result.ids[0]!, created: result.created === 1 } : result;
}

/** Saves many articles in one transaction: all or none. */
export async function saveArticles(db: LedeDb, inputs: readonly SaveInput[]): Promise<SaveManyResult> {
  const now = Date.now();
  const batch = inputs.map((input) => incoming(fromSaveInput(input, now)));
  let mergeDue = false;
  const result = await unlessStorageFull(() =>
    db.transaction('rw', writeTables(db), async () => {
      const upserted = await upsertBatch(db, batch, MERGE_POLICIES.resave);
      mergeDue = upserted.mergeDue;
      return {
        ok: true as const,
        ids: upserted.ids,
        created: upserted.created,
        updated: upserted.ids.length - upserted.created,
      };
    }),
  );
  if (result.ok) await settleIndex(db, { mergeDue });
  return result;
}

export async function markRead(db: LedeDb, id: number, read: boolean): Promise<UpdateResult> {
  return unlessStorageFull(() =>
    db.transaction('rw', db.articles, async () => {
      const row = await db.articles.get(id);
      if (!row) return { ok: true as const, found: false };
      const readAt = read ? (row.readAt ?? Date.now()) : null;
      await db.articles.update(id, { readAt, readState: read ? 1 : 0 });
      return { ok: true as const, found: true };
    }),
  );
}

/** Read this far and the article counts as read ("mark read" happens by itself at the end). */
export const READ_AT_FRACTION = 0.95;

/** Keeps how far the reader page was read; at the end, marks the article read (once). */
export async function setProgress(db: LedeDb, id: number, progress: ReadingProgress): Promise<UpdateResult> {
  return unlessStorageFull(() =>
    db.transaction('rw', db.articles, async () => {
      const row = await db.articles.get(id);
      if (!row) return { ok: true as const, found: false };
      const finished = progress.fraction >= READ_AT_FRACTION && row.readAt === null;
      await db.articles.update(id, { progress, ...(finished ? { readAt: progress.at, readState: 1 as const } : {}) });
      return { ok: true as const, found: true };
    }),
  );
}

/** Replaces an article's tags (trimmed, without empty or repeated ones). */
export async function setTags(db: LedeDb, id: number, tags: readonly string[]): Promise<UpdateResult> {
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string'))
    throw new TypeError('tags must be a list of strings');
  return unlessStorageFull(async () => {
    const changed = await db.articles.update(id, { tags: normalizeTags(tags) });
    return { ok: true as const, found: changed === 1 };
  });
}

/** Deletes an article; returns it as it was, for restoreArticle (undo), or undefined if there
 * was no such article. */
export async function deleteArticle(db: LedeDb, id: number): Promise<DeletedArticle | undefined> {
  const [snapshot] = await db.transaction('rw', writeTables(db), () => removeArticles(db, [id]));
  await settleIndex(db);
  return snapshot;
}

/** Puts a deleted article back under its id; if the same article was saved again meanwhile,
 * the two are combined (tags of both, read if read in either). */
export async function restoreArticle(db: LedeDb, snapshot: DeletedArticle): Promise<SaveResult> {
  const { id, highlights, ...article } = snapshot;
  if (!Number.isInteger(id) || id <= 0)
    throw new TypeError('restoreArticle needs an article returned by deleteArticle');
  const batch = [incoming(article, id)];
  const result = await unlessStorageFull(() =>
    db.transaction('rw', writeTables(db), async () => {
      const { ids, created } = await upsertBatch(db, batch, MERGE_POLICIES.combine);
      await db.highlights.bulkAdd(
        highlights.map((highlight) => ({ ...highlight, articleId: ids[0]! }) as HighlightRow),
      );
      // the highlights' words come back into its search document with them
      if (highlights.length > 0) await reindexArticles(db, ids);
      return { ok: true as const, id: ids[0]!, created: created === 1 };
    }),
  );
  if (result.ok) await settleIndex(db);
  return result;
}
