// The index is rebuilt in pieces (waiting articles, delta and base runs, void postings). Whatever
// the history of saves, updates, deletes and merges, a query must answer exactly as an index
// built at once from the same articles would.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  deleteArticle,
  exportLibrary,
  getArticle,
  importLibrary,
  openLedeDb,
  restoreArticle,
  saveArticle,
  saveArticles,
  type LedeDb,
  type SaveInput,
  bareArticle,
} from '../../../lib/db/write';
import { searchArticles } from '../../../lib/search';
import { mergePending } from '../../../lib/db/write/search-merge';
import { readSearchState } from '../../../lib/search/state';

const TOPICS = ['giảm nghèo', 'giám đốc', 'Hà Nội', 'lạm phát', 'bóng đá', 'Đà Nẵng', 'mưa lớn', 'giáo dục'];
const QUERIES = ['giam ngheo', 'giảm nghèo', 'hà nội', 'lạm', 'đà nẵng mưa', 'bóng', 'giáo dục hà', 'giám'];

function article(n: number, variant = 0): SaveInput {
  const topic = (i: number) => TOPICS[(n * 7 + i * 3 + variant) % TOPICS.length]!;
  const text = `${topic(0)} và ${topic(1)}. ${'Tin tức '.repeat(n % 5)}${topic(2)} hôm nay, số ${n}.`;
  return bareArticle({ url: `https://news.example/${n}`, title: `${topic(3)} ${n}`, text, lang: 'vi' });
}

/** Results as comparable lines: address and score (ids differ between databases). */
async function answers(db: LedeDb): Promise<string[][]> {
  return Promise.all(
    QUERIES.map(async (query) =>
      (await searchArticles(db, query, { limit: 1000 })).map((hit) => `${hit.url} ${hit.score.toFixed(8)}`).sort(),
    ),
  );
}

/** The same articles indexed at once, in a fresh database, merged or not. */
async function freshAnswers(db: LedeDb, merged: boolean): Promise<string[][]> {
  const fresh = await openLedeDb({ name: 'fresh', indexedDB: new IDBFactory(), IDBKeyRange });
  expect(await importLibrary(fresh, await exportLibrary(db))).toMatchObject({ ok: true });
  if (merged) await mergePending(fresh);
  const result = await answers(fresh);
  fresh.close();
  return result;
}

async function expectSameAsFresh(db: LedeDb): Promise<void> {
  const actual = await answers(db);
  expect(actual.flat().length).toBeGreaterThan(0);
  expect(actual).toEqual(await freshAnswers(db, true));
  expect(actual).toEqual(await freshAnswers(db, false));
}

describe('the index through merges', () => {
  it('answers as a fresh index after saves, updates, deletes, undos and merges', async () => {
    const db = await openLedeDb({ name: 'history', indexedDB: new IDBFactory(), IDBKeyRange });
    for (let n = 1; n <= 40; n++) await saveArticle(db, article(n)); // flushes on its own at 32
    await expectSameAsFresh(db);

    await saveArticle(db, article(3, 1)); // new text for a merged article
    const deleted = await deleteArticle(db, 7);
    await expectSameAsFresh(db);
    await mergePending(db);
    await expectSameAsFresh(db);

    // Articles in later buckets (an undo keeps the id it is given): bucket 0's delta run folds.
    for (const id of [5000, 9000]) await restoreArticle(db, { ...deleted!, id, url: `https://news.example/far-${id}` });
    await mergePending(db);
    await expectSameAsFresh(db);

    await restoreArticle(db, deleted!);
    await saveArticle(db, article(5000 % 97, 2));
    await deleteArticle(db, 9000);
    await deleteArticle(db, 12);
    await mergePending(db);
    await expectSameAsFresh(db);
    expect((await getArticle(db, 7))?.url).toBe('https://news.example/7');
    db.close();
    // Measured 0.8–1.6 s (other core busy, and the whole unit suite on a loaded machine); 10 s ≈ 6× the slowest.
  }, 10_000);

  it('merges the runs of a large library without changing an answer', async () => {
    const db = await openLedeDb({ name: 'large', indexedDB: new IDBFactory(), IDBKeyRange });
    await saveArticles(
      db,
      Array.from({ length: 600 }, (_, n) => article(n + 1)),
    );
    await mergePending(db);
    await saveArticles(
      db,
      Array.from({ length: 130 }, (_, n) => article(n + 601)),
    );
    await mergePending(db);
    expect((await readSearchState(db.meta)).runs).toHaveLength(2); // 600 and 130 articles: different tiers
    await saveArticle(db, article(42, 3));
    await deleteArticle(db, 43);
    await mergePending(db);
    await expectSameAsFresh(db);
    db.close();
    // Measured 1.0–1.5 s (other core busy, and the whole unit suite on a loaded machine); 10 s ≈ 6× the slowest.
  }, 10_000);
});
