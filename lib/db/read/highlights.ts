// The highlights of one article (imported from other services today), for the reader to show.
import type { ReadableDb } from './connection';
import { ReadSnapshot } from './snapshot';
import type { HighlightRow } from '../types';

/** The article's highlights in the order they were made (unknown times first). */
export async function articleHighlights(db: ReadableDb, articleId: number): Promise<HighlightRow[]> {
  const snapshot = await ReadSnapshot.of(db, ['highlights']);
  const rows = await snapshot.allByIndex<HighlightRow>('highlights', 'articleId', articleId);
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}
