// A library for one unit test: Lede's database in a fake IndexedDB of its own (fake-indexeddb),
// and articles saved into it the way the popup saves them.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bareArticle, openLedeDb, saveArticle, type LedeDb } from '../../lib/db/write';

/** Lede's database, opened in an IndexedDB no other test shares. */
export const freshLibrary = (name: string): Promise<LedeDb> =>
  openLedeDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });

/** Saves an article of `text` at https://news.example/{slug}; returns its id (a refused save is
 * the test's error). */
export async function saveBare(db: LedeDb, slug: string, title: string, text: string): Promise<number> {
  const saved = await saveArticle(db, bareArticle({ url: `https://news.example/${slug}`, title, text }));
  if (!saved.ok) throw new Error(saved.reason);
  return saved.id;
}
