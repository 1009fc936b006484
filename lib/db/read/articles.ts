// The library's reads, made without Dexie (snapshot.ts) so that a page opened to read
// (the library list, the reader) does not load it. They return undefined or [] when nothing
// matches; wrong arguments throw.
import type { ReadableDb } from './connection';
import { ReadSnapshot } from './snapshot';
import { toListedArticle, toSavedArticle } from '../records';
import type { ArticleRow, ListedArticle, ListOptions, ReadFilter, SavedArticle } from '../types';
import { tryNormalizeUrl } from '../url';

const DEFAULT_LIST_LIMIT = 50;
const READ_STATES: Readonly<Record<Exclude<ReadFilter, 'all'>, 0 | 1>> = { unread: 0, read: 1 };
const ARTICLE_TABLES = ['articles', 'articleHtml'] as const;

/** Saved articles, newest first, without their HTML (getArticle has it). */
export async function listArticles(db: ReadableDb, options: ListOptions = {}): Promise<ListedArticle[]> {
  const { filter = 'all', limit = DEFAULT_LIST_LIMIT, offset = 0 } = options;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be a whole number ≥ 0, got ${offset}`);
  if (filter !== 'all' && !Object.hasOwn(READ_STATES, filter))
    throw new RangeError(`unknown filter ${JSON.stringify(filter)}`);
  const snapshot = await ReadSnapshot.of(db, ['articles']);
  const rows =
    filter === 'all'
      ? await snapshot.descending<ArticleRow>('articles', 'savedAt', { offset, limit })
      : await snapshot.descending<ArticleRow>('articles', '[readState+savedAt]', {
          prefix: READ_STATES[filter],
          offset,
          limit,
        });
  return rows.map(toListedArticle);
}

/** Articles as listed (without their HTML), in the order of `ids`; undefined for an id with
 * no article. For search results: the reader sees the list before opening an article. */
export async function getListedArticles(
  db: ReadableDb,
  ids: readonly number[],
): Promise<(ListedArticle | undefined)[]> {
  const snapshot = await ReadSnapshot.of(db, ['articles']);
  const rows = await snapshot.getMany<ArticleRow>('articles', ids);
  return rows.map((row) => row && toListedArticle(row));
}

export async function getArticle(db: ReadableDb, id: number): Promise<SavedArticle | undefined> {
  const snapshot = await ReadSnapshot.of(db, ARTICLE_TABLES);
  return withHtml(snapshot, await snapshot.get<ArticleRow>('articles', id));
}

/** The saved article read from, or canonically at, `url`; undefined for an unsaved or
 * unusable address. */
export async function getArticleByUrl(db: ReadableDb, url: string): Promise<SavedArticle | undefined> {
  const address = tryNormalizeUrl(url);
  if (!address) return undefined;
  const snapshot = await ReadSnapshot.of(db, ARTICLE_TABLES);
  return withHtml(snapshot, await snapshot.getByIndex<ArticleRow>('articles', 'addresses', address));
}

async function withHtml(snapshot: ReadSnapshot, row: ArticleRow | undefined): Promise<SavedArticle | undefined> {
  return row && toSavedArticle(row, (await snapshot.get<{ html: string }>('articleHtml', row.id))?.html);
}
