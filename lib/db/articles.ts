// The library's public operations. Reads return undefined or [] when nothing matches; wrong
// arguments throw; writes that hit a full disk return a StorageFull value.
import Dexie from 'dexie';
import { fromSaveInput, MERGE_POLICIES, normalizeTags, toListedArticle, toSavedArticle } from './records';
import { unlessStorageFull } from './quota';
import type { LedeDb } from './schema';
import type { ArticleRow, ListedArticle, ListOptions, ReadFilter, SaveInput, SaveManyResult, SaveResult, SavedArticle, UpdateResult } from './types';
import { tryNormalizeUrl } from './url';
import { incoming, removeArticles, settleIndex, upsertBatch, writeTables } from './write';

const DEFAULT_LIST_LIMIT = 50;
const READ_STATES: Readonly<Record<Exclude<ReadFilter, 'all'>, 0 | 1>> = { unread: 0, read: 1 };

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
      return { ok: true as const, ids: upserted.ids, created: upserted.created, updated: upserted.ids.length - upserted.created };
    }),
  );
  if (result.ok) await settleIndex(db, { mergeDue });
  return result;
}

export async function getArticle(db: LedeDb, id: number): Promise<SavedArticle | undefined> {
  return db.transaction('r', [db.articles, db.articleHtml], async () => withHtml(db, await db.articles.get(id)));
}

async function withHtml(db: LedeDb, row: ArticleRow | undefined): Promise<SavedArticle | undefined> {
  return row && toSavedArticle(row, (await db.articleHtml.get(row.id))?.html);
}

/** Articles as listed (without their HTML), in the order of `ids`; undefined for an id with
 * no article. For search results: the reader sees the list before opening an article. */
export async function getListedArticles(db: LedeDb, ids: readonly number[]): Promise<(ListedArticle | undefined)[]> {
  const rows = await db.articles.bulkGet([...ids]);
  return rows.map((row) => row && toListedArticle(row));
}

/** The saved article read from, or canonically at, `url`; undefined for an unsaved or
 * unusable address. */
export async function getArticleByUrl(db: LedeDb, url: string): Promise<SavedArticle | undefined> {
  const address = tryNormalizeUrl(url);
  if (!address) return undefined;
  return db.transaction('r', [db.articles, db.articleHtml], async () =>
    withHtml(db, await db.articles.where('addresses').equals(address).first()),
  );
}

/** Saved articles, newest first, without their HTML (getArticle has it). */
export async function listArticles(db: LedeDb, options: ListOptions = {}): Promise<ListedArticle[]> {
  const { filter = 'all', limit = DEFAULT_LIST_LIMIT, offset = 0 } = options;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be a whole number ≥ 0, got ${offset}`);
  if (filter !== 'all' && !(filter in READ_STATES)) throw new RangeError(`unknown filter ${JSON.stringify(filter)}`);
  const newestFirst =
    filter === 'all'
      ? db.articles.orderBy('savedAt').reverse()
      : db.articles
          .where('[readState+savedAt]')
          .between([READ_STATES[filter], Dexie.minKey], [READ_STATES[filter], Dexie.maxKey])
          .reverse();
  const rows = await newestFirst.offset(offset).limit(limit).toArray();
  return rows.map(toListedArticle);
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

/** Replaces an article's tags (trimmed, without empty or repeated ones). */
export async function setTags(db: LedeDb, id: number, tags: readonly string[]): Promise<UpdateResult> {
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) throw new TypeError('tags must be a list of strings');
  return unlessStorageFull(async () => {
    const changed = await db.articles.update(id, { tags: normalizeTags(tags) });
    return { ok: true as const, found: changed === 1 };
  });
}

/** Deletes an article; returns it as it was, for restoreArticle (undo), or undefined if there
 * was no such article. */
export async function deleteArticle(db: LedeDb, id: number): Promise<SavedArticle | undefined> {
  const [snapshot] = await db.transaction('rw', writeTables(db), () => removeArticles(db, [id]));
  await settleIndex(db);
  return snapshot;
}

/** Puts a deleted article back under its id; if the same article was saved again meanwhile,
 * the two are combined (tags of both, read if read in either). */
export async function restoreArticle(db: LedeDb, snapshot: SavedArticle): Promise<SaveResult> {
  const { id, ...article } = snapshot;
  if (!Number.isInteger(id) || id <= 0) throw new TypeError('restoreArticle needs an article returned by deleteArticle');
  const batch = [incoming(article, id)];
  const result = await unlessStorageFull(() =>
    db.transaction('rw', writeTables(db), async () => {
      const { ids, created } = await upsertBatch(db, batch, MERGE_POLICIES.combine);
      return { ok: true as const, id: ids[0]!, created: created === 1 };
    }),
  );
  if (result.ok) await settleIndex(db);
  return result;
}
