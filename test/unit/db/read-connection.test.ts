// A page opened to search opens the database without Dexie when it can. A reader must not
// notice: the same results and snippets as through Dexie, a new or old database still created
// or upgraded by Dexie, and a Lede update in another tab never blocked by this connection.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bareArticle, LedeDb, openLedeDb, saveArticles } from '../../../lib/db';
import { openForSearch } from '../../../lib/db/read-connection';
import { SCHEMA_HISTORY } from '../../../lib/db/schema';
import { nativeVersion, SCHEMA_VERSION } from '../../../lib/db/schema-version';
import { searchArticles } from '../../../lib/search';
import { mergePending } from '../../../lib/search/merge';

const NAME = 'read-connection-test';
const QUERIES = ['giam ngheo', 'Đà Nẵng', 'mưa lớn ở hu', 'tin số 7', 'không có gì'];

async function filledLibrary(indexedDB: IDBFactory): Promise<LedeDb> {
  const db = await openLedeDb({ name: NAME, indexedDB, IDBKeyRange });
  const articles = Array.from({ length: 60 }, (_, n) =>
    bareArticle({ url: `https://news.example/${n}`, title: `Tin số ${n}: ${n % 2 ? 'Đà Nẵng' : 'Huế'}`, text: `Mưa lớn ở Huế, bài ${n}. Tỉnh đẩy mạnh giảm nghèo bền vững ${n % 3 ? 'ở Đà Nẵng' : ''}.` }),
  );
  await saveArticles(db, articles.slice(0, 50));
  await mergePending(db);
  await saveArticles(db, articles.slice(50)); // some merged into pages, some waiting
  return db;
}

describe('openForSearch', () => {
  it('opens a current database without Dexie, and finds the same hits and snippets as through Dexie', async () => {
    const indexedDB = new IDBFactory();
    const dexie = await filledLibrary(indexedDB);
    const bare = await openForSearch({ name: NAME, indexedDB, IDBKeyRange });
    expect(bare).not.toBeInstanceOf(Dexie);
    for (const query of QUERIES) expect(await searchArticles(bare, query)).toEqual(await searchArticles(dexie, query));
    dexie.close();
    (bare as IDBDatabase).close();
  });

  it('lets Dexie create a database that does not exist yet', async () => {
    const indexedDB = new IDBFactory();
    const db = await openForSearch({ name: NAME, indexedDB, IDBKeyRange });
    expect(db).toBeInstanceOf(LedeDb);
    expect((db as LedeDb).verno).toBe(SCHEMA_VERSION);
    expect(await searchArticles(db, 'huế')).toEqual([]);
    (db as LedeDb).close();
  });

  it('lets Dexie upgrade an older database first', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_HISTORY[0]!.stores);
    await old.open();
    old.close();
    const db = await openForSearch({ name: NAME, indexedDB, IDBKeyRange });
    expect(db).toBeInstanceOf(LedeDb);
    expect((db as LedeDb).verno).toBe(SCHEMA_VERSION);
    (db as LedeDb).close();
  });

  it('closes its connection when another page upgrades the database', async () => {
    const indexedDB = new IDBFactory();
    (await filledLibrary(indexedDB)).close();
    const bare = await openForSearch({ name: NAME, indexedDB, IDBKeyRange });
    expect(bare).not.toBeInstanceOf(Dexie);
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(NAME, nativeVersion(SCHEMA_VERSION + 1));
      request.onblocked = () => reject(new Error('upgrade blocked by the search connection'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(upgraded.version).toBe(nativeVersion(SCHEMA_VERSION + 1));
    upgraded.close();
  });
});
