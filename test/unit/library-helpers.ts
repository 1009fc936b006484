// A library for one unit test: Lede's database in a fake IndexedDB of its own (fake-indexeddb),
// and articles saved into it the way the popup saves them.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bareArticle, openLedeDb, saveArticle, type LedeDb } from '../../lib/db/write';
import { mergePending } from '../../lib/db/write/search-merge';
import { searchArticles } from '../../lib/search';

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

/** The two states a saved article's search rows can be in; each search behaviour holds in both:
 * waiting to be merged, and merged into the index pages. `settle` brings `db` to the state. */
export const INDEX_STATES: [string, (db: LedeDb) => Promise<unknown>][] = [
  ['just saved', async () => undefined],
  ['merged into the index pages', (db) => mergePending(db)],
];

/** The ids of the articles a library search finds, best first. */
export const foundIds = async (db: LedeDb, query: string) => (await searchArticles(db, query)).map((hit) => hit.id);
