// The reader's changes to the fetch queue: try the failed links again.
import type { LedeDb } from './schema';

/** Puts every failed link back in the queue, due now, its tries counted from zero. */
export async function retryFailed(db: LedeDb, now: number): Promise<number> {
  return db.fetchQueue
    .where('[state+due]')
    .between(['failed', -Infinity], ['failed', Infinity], true, true)
    .modify({ state: 'waiting', due: now, attempts: 0 });
}
