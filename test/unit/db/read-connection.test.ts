// A page opened to search opens the database without Dexie when it can. A reader must not
// notice: the same results and snippets as through Dexie, a new or old database still created
// or upgraded by Dexie, and a Lede update in another tab never blocked by this connection.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  bareArticle,
  getArticle,
  getArticleByUrl,
  getListedArticles,
  LedeDb,
  listArticles,
  markRead,
  openLedeDb,
  openLibrary,
  ReadConnection,
  saveArticles,
} from '../../../lib/db/write';
import { openForReading } from '../../../lib/db/read/connection';
import { SCHEMA_HISTORY } from '../../../lib/db/write/schema';
import { nativeVersion, SCHEMA_VERSION } from '../../../lib/db/schema-version';
import { searchArticles } from '../../../lib/search';
import { mergePending } from '../../../lib/db/write/search-merge';

const NAME = 'read-connection-test';
const QUERIES = ['giam ngheo', 'Đà Nẵng', 'mưa lớn ở hu', 'tin số 7', 'không có gì'];

async function filledLibrary(indexedDB: IDBFactory): Promise<LedeDb> {
  const db = await openLedeDb({ name: NAME, indexedDB, IDBKeyRange });
  const articles = Array.from({ length: 60 }, (_, n) =>
    bareArticle({
      url: `https://news.example/${n}`,
      title: `Tin số ${n}: ${n % 2 ? 'Đà Nẵng' : 'Huế'}`,
      text: `Mưa lớn ở Huế, bài ${n}. Tỉnh đẩy mạnh giảm nghèo bền vững ${n % 3 ? 'ở Đà Nẵng' : ''}.`,
    }),
  );
  await saveArticles(db, articles.slice(0, 50));
  await mergePending(db);
  await saveArticles(db, articles.slice(50)); // some merged into pages, some waiting
  return db;
}

describe('openForReading', () => {
  it('opens a current database without Dexie, and finds the same hits and snippets as through Dexie', async () => {
    const indexedDB = new IDBFactory();
    const dexie = await filledLibrary(indexedDB);
    const bare = await openForReading({ name: NAME, indexedDB, IDBKeyRange });
    expect(bare).not.toBeInstanceOf(Dexie);
    for (const query of QUERIES) expect(await searchArticles(bare, query)).toEqual(await searchArticles(dexie, query));
    dexie.close();
    bare.close();
  });

  it('lists newest first alike with one getAllRecords request (Chromium) and with a cursor (Firefox has no getAllRecords)', async () => {
    const indexedDB = new IDBFactory();
    const dexie = await filledLibrary(indexedDB);
    for (const id of [3, 10, 11, 40]) await markRead(dexie, id, true);
    const bare = await openForReading({ name: NAME, indexedDB, IDBKeyRange });
    const views = [{}, { limit: 7 }, { filter: 'unread' as const, limit: 9 }, { filter: 'read' as const }];
    const withRecords = await Promise.all(views.map((options) => listArticles(bare, options)));
    const index = dexie.backendDB().transaction('articles').objectStore('articles').index('savedAt');
    const prototype = Object.getPrototypeOf(index) as { getAllRecords?: unknown };
    const getAllRecords = prototype.getAllRecords;
    expect(typeof getAllRecords).toBe('function'); // else this test compares the cursor with itself
    delete prototype.getAllRecords;
    try {
      const withCursor = await Promise.all(views.map((options) => listArticles(bare, options)));
      expect(withRecords).toEqual(withCursor);
    } finally {
      prototype.getAllRecords = getAllRecords;
    }
    const newest = withRecords[0]!.map((article) => article.savedAt);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    expect(withRecords[0]).toHaveLength(50);
    expect(withRecords[1]!.map((article) => article.id)).toEqual(
      withRecords[0]!.slice(0, 7).map((article) => article.id),
    );
    expect(withRecords[3]!.map((article) => article.id).sort((a, b) => a - b)).toEqual([3, 10, 11, 40]);
    dexie.close();
    bare.close();
  });

  it('lists, filters and opens articles through the bare connection as through Dexie', async () => {
    const indexedDB = new IDBFactory();
    const dexie = await filledLibrary(indexedDB);
    for (const id of [3, 10, 11, 40]) await markRead(dexie, id, true);
    const bare = await openForReading({ name: NAME, indexedDB, IDBKeyRange });
    expect(bare).toBeInstanceOf(ReadConnection);
    for (const options of [
      {},
      { limit: 200 },
      { filter: 'read' as const },
      { filter: 'unread' as const, offset: 5, limit: 7 },
      { limit: 0 },
    ]) {
      expect(await listArticles(bare, options)).toEqual(await listArticles(dexie, options));
    }
    expect((await listArticles(bare, { filter: 'read' })).map((article) => article.id).sort((a, b) => a - b)).toEqual([
      3, 10, 11, 40,
    ]);
    expect(await getListedArticles(bare, [5, 999, 1])).toEqual(await getListedArticles(dexie, [5, 999, 1]));
    expect((await getArticle(bare, 7))?.title).toBe('Tin số 6: Huế');
    expect(await getArticle(bare, 999)).toBeUndefined();
    expect((await getArticleByUrl(bare, 'https://news.example/12#comments'))?.id).toBe(13);
    dexie.close();
    bare.close();
  });

  it('lets Dexie create a database that does not exist yet', async () => {
    const indexedDB = new IDBFactory();
    const db = await openForReading({ name: NAME, indexedDB, IDBKeyRange });
    expect(db).toBeInstanceOf(LedeDb);
    expect((db as LedeDb).verno).toBe(SCHEMA_VERSION);
    expect(await searchArticles(db, 'huế')).toEqual([]);
    expect(await listArticles(db)).toEqual([]);
    db.close();
  });

  it('lets Dexie upgrade an older database first', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie(NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_HISTORY[0]!.stores);
    await old.open();
    old.close();
    const db = await openForReading({ name: NAME, indexedDB, IDBKeyRange });
    expect(db).toBeInstanceOf(LedeDb);
    expect((db as LedeDb).verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('closes its connection when another page upgrades the database', async () => {
    const indexedDB = new IDBFactory();
    (await filledLibrary(indexedDB)).close();
    const bare = await openForReading({ name: NAME, indexedDB, IDBKeyRange });
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

describe('openLibrary', () => {
  it('reads without Dexie, writes through Dexie opened on the first write, and the reads see the writes at once', async () => {
    const indexedDB = new IDBFactory();
    (await filledLibrary(indexedDB)).close();
    const library = await openLibrary({ name: NAME, indexedDB, IDBKeyRange });
    expect(library.reads).toBeInstanceOf(ReadConnection);
    expect(await listArticles(library.reads, { filter: 'read' })).toEqual([]);
    expect((await searchArticles(library.reads, 'tin số 7')).map((hit) => hit.id)).toContain(8); // caches what it read
    const writer = await library.writable();
    expect(writer).toBeInstanceOf(LedeDb);
    expect(await library.writable()).toBe(writer);
    await markRead(writer, 8, true);
    await saveArticles(writer, [
      bareArticle({ url: 'https://news.example/new', title: 'Tin số 7 mới', text: 'Bão số 7 vào Huế.' }),
    ]);
    expect((await listArticles(library.reads, { filter: 'read' })).map((article) => article.id)).toEqual([8]);
    expect((await searchArticles(library.reads, 'tin số 7 moi')).map((hit) => hit.title)[0]).toBe('Tin số 7 mới');
    writer.close();
    library.reads.close();
  });

  it('hands out one Dexie database for reads and writes when it had to create the library', async () => {
    const library = await openLibrary({ name: NAME, indexedDB: new IDBFactory(), IDBKeyRange });
    expect(library.reads).toBeInstanceOf(LedeDb);
    expect(await library.writable()).toBe(library.reads);
    library.reads.close();
  });
});
