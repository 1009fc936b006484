// The pictures kept offline for an article (issue 14), for the reader to swap in.
import type { ReadableDb } from './connection';
import { ReadSnapshot } from './snapshot';
import type { ImageRow } from '../types';

/** Each kept picture of the article by the address its HTML gives it; empty when none was kept. */
export async function keptPictures(db: ReadableDb, articleId: number): Promise<Map<string, Blob>> {
  const snapshot = await ReadSnapshot.of(db, ['images']);
  const rows = await snapshot.allByIndex<ImageRow>('images', 'articleId', articleId);
  return new Map(rows.map((row) => [row.url, row.blob]));
}
