import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bareArticle, getArticle, listArticles, markRead, openLedeDb, saveArticle, type SaveInput } from '../../../lib/db';
import { SCHEMA_HISTORY } from '../../../lib/db/schema';
import { searchArticles } from '../../../lib/search';

const article = (n: number): SaveInput =>
  bareArticle({ url: `https://news.example/${n}`, title: `Bài số ${n}: mưa lớn ở Huế`, text: `Mưa lớn kéo dài ở Huế, bài thứ ${n}.`, lang: 'vi' });

/** A version-1 database as a Lede of that version left it: every table copied from a database
 * filled through the API, articles without the field version 2 adds. */
async function versionOneDatabase(indexedDB: IDBFactory, name: string, count: number, readEvery: number) {
  const source = await openLedeDb({ name: `${name}-source`, indexedDB, IDBKeyRange });
  for (let n = 1; n <= count; n++) {
    const saved = await saveArticle(source, article(n));
    if (saved.ok && n % readEvery === 0) await markRead(source, saved.id, true);
  }
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_HISTORY[0]!.stores);
  for (const table of source.tables) {
    const rows = await table.toArray();
    await old.table(table.name).bulkPut(table.name === 'articles' ? rows.map(({ readState: _, ...row }) => row) : rows);
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
    for (const row of before) expect(await getArticle(db, row.id)).toMatchObject({ title: row.title, text: row.text, readAt: row.readAt });
    expect(await listArticles(db, { limit: 1000 })).toHaveLength(70);
    expect(await listArticles(db, { filter: 'read', limit: 1000 })).toHaveLength(23);
    expect(await listArticles(db, { filter: 'unread', limit: 1000 })).toHaveLength(47);
    expect(await searchArticles(db, 'bài số 42', { limit: 1 })).toMatchObject([{ title: 'Bài số 42: mưa lớn ở Huế' }]);
    db.close();
  });

  it('declares each version once, in order, each later one with an upgrade', () => {
    const versions = SCHEMA_HISTORY.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const entry of SCHEMA_HISTORY.slice(1)) expect(entry.upgrade).toBeTypeOf('function');
  });
});
