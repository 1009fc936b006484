import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bareArticle,
  getArticle,
  importLibrary,
  exportLibrary,
  LedeDb,
  listArticles,
  saveArticle,
  type SaveInput,
} from '../../../lib/db/write';
import { articleHighlights } from '../../../lib/db/read/highlights';
import { addHighlight, removeHighlight } from '../../../lib/db/write/highlights';
import { searchArticles } from '../../../lib/search';

const article = (url: string, text: string): SaveInput => bareArticle({ url, title: 'Nắng nóng', text, lang: 'vi' });

let db: LedeDb;
/** While true, every add or put fails as a full disk makes IndexedDB fail. */
let diskFull = false;

beforeEach(async () => {
  diskFull = false;
  db = new LedeDb({ name: 'quota-test', indexedDB: new IDBFactory(), IDBKeyRange });
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) =>
            diskFull && request.type !== 'delete' && request.type !== 'deleteRange'
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  await db.open();
});
afterEach(() => db.close());

describe('a full disk', () => {
  it('comes back as the code "quota" (the UI words it), and nothing saved before is lost', async () => {
    const first = await saveArticle(db, article('https://news.example/heat', 'Nắng nóng gay gắt ở miền Trung.'));
    if (!first.ok) throw new Error(first.reason);
    const before = await getArticle(db, first.id);
    diskFull = true;

    const failed = await saveArticle(db, article('https://news.example/flood', 'Lũ lụt ở miền Bắc.'));
    expect(failed).toEqual({ ok: false, reason: 'quota' });

    const update = await saveArticle(db, article('https://news.example/heat', 'Hạn hán kéo dài.'));
    expect(update).toMatchObject({ ok: false, reason: 'quota' });
    expect(await getArticle(db, first.id)).toEqual(before);
    expect(await listArticles(db)).toHaveLength(1);
    expect((await searchArticles(db, 'gay gắt')).map((hit) => hit.id)).toEqual([first.id]);
    expect(await searchArticles(db, 'hạn hán')).toEqual([]);
    expect(await searchArticles(db, 'lũ lụt')).toEqual([]);
  });

  it('makes an import change nothing', async () => {
    await saveArticle(db, article('https://news.example/heat', 'Nắng nóng gay gắt.'));
    const library = await exportLibrary(db);
    library.articles.push({ ...library.articles[0]!, url: 'https://news.example/other' });
    diskFull = true;
    expect(await importLibrary(db, library)).toMatchObject({ ok: false, reason: 'quota' });
    expect(await listArticles(db)).toHaveLength(1);
  });

  it('still lets a highlight be removed: a delete needs no room', async () => {
    const saved = await saveArticle(db, article('https://news.example/heat', 'Nắng nóng gay gắt ở miền Trung.'));
    if (!saved.ok) throw new Error(saved.reason);
    const added = await addHighlight(db, { articleId: saved.id, text: 'gay gắt', note: 'kiểm tra lại' });
    if (!added.ok || added.id === undefined) throw new Error('not added');
    diskFull = true;
    expect(await removeHighlight(db, added.id)).toMatchObject({ text: 'gay gắt', note: 'kiểm tra lại' });
    expect(await articleHighlights(db, saved.id)).toEqual([]);
    diskFull = false;
    expect(await searchArticles(db, 'gay gắt')).toHaveLength(1); // the article, found as before
  });
});
