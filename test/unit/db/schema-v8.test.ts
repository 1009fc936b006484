// Version 8 searches highlights and notes and forgives typos: a version-7 database (imported
// highlights with notes, not in the index; runs without key lists) upgrades with every article
// kept, its notes found, and typos forgiven in the articles indexed before.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bareArticle, getArticle, listArticles, openLedeDb, saveArticles, type SaveInput } from '../../../lib/db/write';
import { SCHEMA_HISTORY } from '../../../lib/db/write/schema';
import { mergePending } from '../../../lib/db/write/search-merge';
import { searchArticles } from '../../../lib/search';
import { readSearchState, type RunEntry } from '../../../lib/search/state';

const ARTICLES = 40;
const article = (n: number): SaveInput =>
  bareArticle({
    url: `https://news.example/${n}`,
    title: `Bài số ${n}`,
    text: `Chính phủ bàn về ngân sách, lần ${n}.`,
  });
const NOTED = [3, 17];

/** A version-7 database as Lede 7 left it: articles saved and merged, then highlights with
 * notes added beside the index (version 7 did not index them), runs without key lists. */
async function versionSevenDatabase(indexedDB: IDBFactory, name: string) {
  const source = await openLedeDb({ name: `${name}-source`, indexedDB, IDBKeyRange });
  await saveArticles(
    source,
    Array.from({ length: ARTICLES }, (_, i) => article(i + 1)),
  );
  await mergePending(source);
  await source.highlights.bulkAdd(
    NOTED.map((articleId) => ({ articleId, text: 'ngân sách', note: 'So sánh với Campuchia', createdAt: articleId })),
  );
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const { version, stores } of SCHEMA_HISTORY.filter((entry) => entry.version <= 7))
    old.version(version).stores(stores);
  for (const table of old.tables) {
    const rows = await source.table(table.name).toArray();
    await table.bulkPut(
      table.name === 'meta'
        ? rows.map((row) => ({ ...row, runs: row.runs.map(({ keyFirsts: _, ...run }: RunEntry) => run) }))
        : rows,
    );
  }
  old.close();
  source.close();
}

describe('schema version 8', () => {
  it('indexes the notes of a version-7 library, lists its runs’ keys, and keeps every article', async () => {
    const indexedDB = new IDBFactory();
    await versionSevenDatabase(indexedDB, 'v8-upgrade');
    const db = await openLedeDb({ name: 'v8-upgrade', indexedDB, IDBKeyRange });
    expect(db.verno).toBe(8);
    expect(await listArticles(db, { limit: 100 })).toHaveLength(ARTICLES);
    expect(await getArticle(db, 5)).toMatchObject({ title: 'Bài số 5' });

    expect((await searchArticles(db, 'campuchia')).map((hit) => hit.id).sort((a, b) => a - b)).toEqual(NOTED);
    expect(await searchArticles(db, 'ngan sach', { limit: 100 })).toHaveLength(ARTICLES);
    expect(await searchArticles(db, 'chinhh phu', { limit: 100 })).toHaveLength(ARTICLES); // a typo, in old runs

    const state = await readSearchState(db.meta);
    expect(state.articleCount).toBe(ARTICLES);
    expect(state.runs.every((run) => run.keyFirsts.length > 0)).toBe(true);
    expect(await db.pendingDocs.count()).toBe(0); // the notes' articles were written into the pages
    db.close();
  });
});
