// The reader's changes to the queues: try the failed links again; keep an article's pictures.
import type { LedeDb } from './schema';

/** Puts every failed link back in the queue, due now, its tries counted from zero. */
export async function retryFailed(db: LedeDb, now: number): Promise<number> {
  return db.fetchQueue
    .where('[state+due]')
    .between(['failed', -Infinity], ['failed', Infinity], true, true)
    .modify({ state: 'waiting', due: now, attempts: 0 });
}

/** Asks for the pictures of these articles to be kept offline (the background does it). */
export async function queueImages(db: LedeDb, articleIds: readonly number[], now: number): Promise<void> {
  await db.imageQueue.bulkPut(articleIds.map((articleId) => ({ articleId, queuedAt: now })));
}

/** Before new links are queued: when none waits any more, the links read before are no longer
 * counted ("412 of 3,000" starts again from the new links). Failed ones stay listed. */
export async function startNewRound(db: LedeDb): Promise<void> {
  const waiting = await db.fetchQueue
    .where('[state+due]')
    .between(['waiting', -Infinity], ['waiting', Infinity])
    .count();
  if (waiting === 0) await db.fetchQueue.where('[state+due]').between(['done', -Infinity], ['done', Infinity]).delete();
}

/** Queues saved links for their text (not twice: a link queued already keeps its place). */
export async function queueLinks(
  db: LedeDb,
  links: readonly { articleId: number; url: string }[],
  now: number,
): Promise<void> {
  await startNewRound(db);
  const queued = await db.fetchQueue.bulkGet(links.map((link) => link.articleId));
  await db.fetchQueue.bulkPut(
    links
      .filter((_, i) => !queued[i])
      .map(({ articleId, url }) => ({ articleId, url, state: 'waiting' as const, due: now, attempts: 0 })),
  );
}
