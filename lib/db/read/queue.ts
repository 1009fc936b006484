// What the library page shows of the fetch queue (issue 14): how many links wait for their text,
// which could not be read and why. Read without Dexie, like the list (snapshot.ts).
import type { ReadableDb } from './connection';
import { ReadSnapshot } from './snapshot';
import type { ArticleRow, FetchFailure, FetchQueueRow } from '../types';

export interface QueueCounts {
  waiting: number;
  failed: number;
  /** Read since the links now waiting were queued. */
  done: number;
}

/** A link that could not be read, as the library lists it. */
export interface FailedLink {
  articleId: number;
  title: string;
  url: string;
  reason: FetchFailure;
}

const STATE_RANGE = (state: FetchQueueRow['state']) => ({ lower: [state, -Infinity], upper: [state, Infinity] });

export async function queueCounts(db: ReadableDb): Promise<QueueCounts> {
  const snapshot = await ReadSnapshot.of(db, ['fetchQueue']);
  const count = (state: FetchQueueRow['state']) => {
    const { lower, upper } = STATE_RANGE(state);
    return snapshot.count('fetchQueue', '[state+due]', lower, upper);
  };
  const [waiting, failed, done] = await Promise.all([count('waiting'), count('failed'), count('done')]);
  return { waiting, failed, done };
}

/** The first `limit` failed links with their titles. */
export async function failedLinks(db: ReadableDb, limit: number): Promise<FailedLink[]> {
  const snapshot = await ReadSnapshot.of(db, ['fetchQueue', 'articles']);
  const rows = await snapshot.between<FetchQueueRow>('fetchQueue', '[state+due]', { ...STATE_RANGE('failed'), limit });
  const articles = await snapshot.getMany<ArticleRow>(
    'articles',
    rows.map((row) => row.articleId),
  );
  return rows.map((row, i) => ({
    articleId: row.articleId,
    title: articles[i]?.title ?? row.url,
    url: row.url,
    reason: row.reason ?? 'network',
  }));
}
