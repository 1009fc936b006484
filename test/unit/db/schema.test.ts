import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  bareArticle,
  deleteArticle,
  getArticle,
  listArticles,
  markRead,
  openLedeDb,
  saveArticle,
  saveArticles,
  type LedeDb,
  type SaveInput,
} from '../../../lib/db/write';
import { SCHEMA_HISTORY } from '../../../lib/db/write/schema';
import { SCHEMA_VERSION } from '../../../lib/db/schema-version';
import { searchArticles } from '../../../lib/search';
import { documentTerms } from '../../../lib/search/document';
import { mergePending } from '../../../lib/db/write/search-merge';
import type { PageRow } from '../../../lib/search/pages';
import { readSearchState } from '../../../lib/search/state';

const article = (n: number): SaveInput =>
  bareArticle({
    url: `https://news.example/${n}`,
    title: `Bài số ${n}: mưa lớn ở Huế`,
    text: `Mưa lớn kéo dài ở Huế, bài thứ ${n}.`,
    lang: 'vi',
  });

/** The search index as versions 1 and 2 stored it: up to two runs per bucket, a base run
 * (level 0) and a delta run (level 1), pages keyed [bucket, level, first]; made from a merged
 * index of today (no void postings, at most two runs per bucket in a small library). */
async function versionOneIndex(source: LedeDb) {
  await mergePending(source);
  const state = await readSearchState(source.meta);
  const levels = new Map(
    state.runs.map((run) => [
      run.id,
      state.runs.filter((other) => other.bucket === run.bucket && other.id < run.id).length,
    ]),
  );
  expect([...levels.values()].sort()).toEqual([0, 1]);
  const pages = (await source.runPages.toArray()).map(({ run, ...page }: PageRow) => ({
    ...page,
    level: levels.get(run)!,
  }));
  const runs = state.runs.map(({ bucket, id, firsts, maxId }) => ({ bucket, level: levels.get(id)!, firsts, maxId }));
  const meta = {
    key: 'search-state',
    articleCount: state.articleCount,
    totalLength: state.totalLength,
    runs,
    baseVoidIds: [],
    deletedIds: [],
  };
  // versions 1-3 kept every article's index keys and counts for good, besides its length
  const searchDocs = (await source.articles.toArray()).map((row) => ({
    id: row.id,
    ...documentTerms(row.title, row.text),
  }));
  return { pages, meta: [meta], pendingDocs: [], searchDocs };
}

/** A version-1 database as a Lede of that version left it: every table copied from a database
 * filled through the API, articles without the field version 2 adds, the index in its old form. */
async function versionOneDatabase(indexedDB: IDBFactory, name: string, count: number, readEvery: number) {
  const source = await openLedeDb({ name: `${name}-source`, indexedDB, IDBKeyRange });
  // Most in one batch, the rest one by one: the old index gets a base run and a delta run.
  const batch = Math.floor((count * 9) / 10);
  await saveArticles(
    source,
    Array.from({ length: batch }, (_, i) => article(i + 1)),
  );
  await mergePending(source);
  for (let n = batch + 1; n <= count; n++) await saveArticle(source, article(n));
  for (let n = readEvery; n <= count; n += readEvery) await markRead(source, n, true);
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_HISTORY[0]!.stores);
  const oldIndex: Record<string, Record<string, unknown>[]> = await versionOneIndex(source);
  for (const table of old.tables) {
    const rows = oldIndex[table.name] ?? (await source.table(table.name).toArray());
    await table.bulkPut(table.name === 'articles' ? rows.map(({ readState: _, ...row }) => row) : rows);
  }
  const articles = await old.table('articles').toArray();
  old.close();
  source.close();
  return articles;
}

describe('schema versions', () => {
  it('upgrades a populated version-1 database and keeps every article', async () => {
    const indexedDB = new IDBFactory();
    const before = await versionOneDatabase(indexedDB, 'upgrade-test', 70, 3);
    expect(before).toHaveLength(70);
    expect(before[0]).not.toHaveProperty('readState');

    const db = await openLedeDb({ name: 'upgrade-test', indexedDB, IDBKeyRange });
    expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    for (const row of before)
      expect(await getArticle(db, row.id)).toMatchObject({ title: row.title, text: row.text, readAt: row.readAt });
    expect(await listArticles(db, { limit: 1000 })).toHaveLength(70);
    expect(await listArticles(db, { filter: 'read', limit: 1000 })).toHaveLength(23);
    expect(await listArticles(db, { filter: 'unread', limit: 1000 })).toHaveLength(47);
    expect(await searchArticles(db, 'bài số 42', { limit: 1 })).toMatchObject([{ title: 'Bài số 42: mưa lớn ở Huế' }]);
    expect(await searchArticles(db, 'mua lon o hue', { limit: 100 })).toHaveLength(70);
    expect(await db.pendingDocs.count()).toBe(0); // every article found in the moved pages

    // version 4 keeps each article's length only, and BM25's totals still add up after a delete
    expect(db.backendDB().objectStoreNames.contains('searchDocs')).toBe(false);
    const lengths = new Map((await db.docLengths.toArray()).map((row) => [row.id, row.length]));
    expect(lengths.size).toBe(70);
    for (const row of before) expect(lengths.get(row.id)).toBe(documentTerms(row.title, row.text).length);
    const totals = await readSearchState(db.meta);
    expect(totals.totalLength).toBe([...lengths.values()].reduce((sum, length) => sum + length, 0));
    await deleteArticle(db, 5);
    const after = await readSearchState(db.meta);
    expect([after.articleCount, after.totalLength]).toEqual([69, totals.totalLength - lengths.get(5)!]);
    expect(await searchArticles(db, 'bài số 5', { limit: 100 })).not.toContainEqual(expect.objectContaining({ id: 5 }));

    // version 5: every article saved before stars existed is unstarred, not missing the field
    expect((await db.articles.toArray()).every((row) => row.starred === false)).toBe(true);
    expect(await getArticle(db, 6)).toMatchObject({ starred: false });
    db.close();
  });

  it('declares each version once, in order, each later one with an upgrade', () => {
    const versions = SCHEMA_HISTORY.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const entry of SCHEMA_HISTORY.slice(1)) expect(entry.upgrade).toBeTypeOf('function');
    expect(SCHEMA_VERSION).toBe(versions.at(-1)); // what openForReading checks without loading Dexie
  });
});
