// Highlights as the pages show them: one article's on the reader page, their count on each
// library entry, and all of them across the library, newest first.
import type { ReadableDb } from './connection';
import { ReadSnapshot } from './snapshot';
import type { ArticleRow, HighlightRow } from '../types';

/** The article's highlights in the order they were made (unknown times first). */
export async function articleHighlights(db: ReadableDb, articleId: number): Promise<HighlightRow[]> {
  const snapshot = await ReadSnapshot.of(db, ['highlights']);
  const rows = await snapshot.allByIndex<HighlightRow>('highlights', 'articleId', articleId);
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/** How many highlights each of `articleIds` has (those with none are left out). One count
 * request per article in one transaction: the library lists tens of articles at a time. */
export async function highlightCounts(
  db: ReadableDb,
  articleIds: readonly number[],
): Promise<ReadonlyMap<number, number>> {
  if (articleIds.length === 0) return new Map();
  const snapshot = await ReadSnapshot.of(db, ['highlights']);
  const counts = await Promise.all(articleIds.map((id) => snapshot.count('highlights', 'articleId', id, id)));
  return new Map(articleIds.flatMap((id, i) => (counts[i]! > 0 ? [[id, counts[i]!] as const] : [])));
}

/** A highlight with what the list of all highlights shows of its article. */
export interface ListedHighlight extends HighlightRow {
  article: { title: string; url: string; siteName: string | null };
}

/** A page of all highlights, newest first (`offset` skips those already shown). */
export async function recentHighlights(
  db: ReadableDb,
  { offset = 0, limit }: { offset?: number; limit: number },
): Promise<ListedHighlight[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive whole number');
  const snapshot = await ReadSnapshot.of(db, ['highlights', 'articles']);
  const rows = await snapshot.descending<HighlightRow>('highlights', 'createdAt', { offset, limit });
  const articleIds = [...new Set(rows.map((row) => row.articleId))];
  const articles = await snapshot.getMany<ArticleRow>('articles', articleIds);
  const byId = new Map(articles.flatMap((article) => (article ? [[article.id, article] as const] : [])));
  return rows.flatMap((row) => {
    const article = byId.get(row.articleId);
    if (!article) return []; // deleted while the list was read: its highlights went with it
    return [{ ...row, article: { title: article.title, url: article.url, siteName: article.siteName ?? null } }];
  });
}

/** How many highlights the library holds. */
export async function highlightTotal(db: ReadableDb): Promise<number> {
  const snapshot = await ReadSnapshot.of(db, ['highlights']);
  return snapshot.count('highlights', 'createdAt', -Infinity, Infinity);
}
