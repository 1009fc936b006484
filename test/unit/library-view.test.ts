// The library page's rows: the newest LIST_PAGE articles and whether older ones exist (the
// "Show older articles" button), search hits kept to the read filter.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bareArticle, markRead, openLedeDb, openLibrary, saveArticles } from '../../lib/db/write';
import { firstView, LIST_PAGE, readLibraryRows } from '../../lib/ui/library-view';

async function libraryOf(count: number) {
  const options = { name: 'library-view-test', indexedDB: new IDBFactory(), IDBKeyRange };
  const db = await openLedeDb(options);
  for (let n = 0; n < count; n++) {
    // one save each: saves in one batch would share their saved-at time
    await saveArticles(db, [
      bareArticle({ url: `https://news.example/${n}`, title: `Bài số ${n}`, text: `Giảm nghèo ở xã số ${n}.` }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return { db, library: await openLibrary(options) };
}

describe('readLibraryRows', () => {
  it('lists the newest articles first, a page at a time, and says when older ones exist', async () => {
    const { db, library } = await libraryOf(LIST_PAGE + 2);
    const first = await readLibraryRows(library.reads, firstView());
    expect(first.rows).toHaveLength(LIST_PAGE);
    expect(first.rows[0]!.article.title).toBe(`Bài số ${LIST_PAGE + 1}`);
    expect(first.hasOlder).toBe(true);
    const all = await readLibraryRows(library.reads, { ...firstView(), listLength: 2 * LIST_PAGE });
    expect(all.rows.map((row) => row.article.title).at(-1)).toBe('Bài số 0');
    expect(all.hasOlder).toBe(false);
    const exact = await readLibraryRows(library.reads, { ...firstView(), listLength: LIST_PAGE + 2 });
    expect(exact.hasOlder).toBe(false); // no button that leads nowhere
    db.close();
    // First test of the file (fake-indexeddb's first use): 0.3–1.2 s measured (other core busy; loaded suite); 10 s ≈ 8×.
  }, 10_000);

  it('searches without accents and keeps the hits to the read filter', async () => {
    const { db, library } = await libraryOf(6);
    await markRead(db, 3, true); // ids start at 1: "Bài số 2"
    const view = firstView('giam ngheo xa so 2');
    const hits = await readLibraryRows(library.reads, view);
    expect(hits.rows[0]!.article.title).toBe('Bài số 2');
    expect(hits.rows[0]!.snippet?.some((segment) => segment.highlighted && segment.text === 'Giảm')).toBe(true);
    expect(hits.hasOlder).toBe(false);
    const titles = async (filter: 'read' | 'unread') =>
      (await readLibraryRows(library.reads, { ...view, filter })).rows.map((row) => row.article.title);
    expect(await titles('read')).toEqual(['Bài số 2']);
    const unread = await titles('unread');
    expect(unread.length).toBeGreaterThan(0);
    expect(unread).not.toContain('Bài số 2');
    db.close();
  });

  it('shows a mark made after a search in the next search, whether the search read the rows or had them in memory', async () => {
    const { db, library } = await libraryOf(4);
    const view = firstView('giam ngheo');
    const first = await readLibraryRows(library.reads, view); // reads the rows
    expect(first.rows.every((row) => row.article.readAt === null)).toBe(true);
    await markRead(db, 2, true);
    const again = await readLibraryRows(library.reads, view); // text from memory, rows read anew
    expect(again.rows.map((row) => row.article.id)).toEqual(first.rows.map((row) => row.article.id));
    expect(again.rows.find((row) => row.article.id === 2)?.article.readAt).toEqual(expect.any(Number));
    expect(
      (await readLibraryRows(library.reads, { ...view, filter: 'read' })).rows.map((row) => row.article.id),
    ).toEqual([2]);
    db.close();
  });
});
