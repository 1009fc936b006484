import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bareArticle, deleteArticle, restoreArticle, saveArticle, type LedeDb } from '../../../lib/db/write';
import { addHighlight, changeHighlight, removeHighlight } from '../../../lib/db/write/highlights';
import { articleHighlights, highlightCounts, highlightTotal, recentHighlights } from '../../../lib/db/read/highlights';
import { freshLibrary } from '../library-helpers';

let db: LedeDb;
beforeEach(async () => {
  db = await freshLibrary('highlights-test');
});
afterEach(() => db.close());

async function saved(url: string, title: string): Promise<number> {
  const result = await saveArticle(db, bareArticle({ url, title, text: 'Giá gạo xuất khẩu tăng mạnh.' }));
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

async function added(articleId: number, text: string, createdAt: number, note?: string): Promise<number> {
  const result = await addHighlight(db, { articleId, text, createdAt, ...(note ? { note } : {}) });
  if (!result.ok || result.id === undefined) throw new Error('not added');
  return result.id;
}

describe('highlights made in Lede', () => {
  it('keeps the text, colour, anchor and note, and lists them in the order they were made', async () => {
    const id = await saved('https://news.example/a', 'Giá gạo');
    const anchor = { block: 0, prefix: 'Giá gạo ', suffix: ' tăng mạnh.' };
    await addHighlight(db, {
      articleId: id,
      text: 'xuất khẩu',
      anchor,
      color: 'green',
      note: '  why?  ',
      createdAt: 2,
    });
    await added(id, 'Giá gạo', 1);
    const rows = await articleHighlights(db, id);
    expect(rows.map((row) => row.text)).toEqual(['Giá gạo', 'xuất khẩu']);
    expect(rows[1]).toMatchObject({ color: 'green', anchor, note: 'why?' });
    expect(rows[0]!.color).toBe('yellow'); // the default colour
  });

  it('changes colour and note; an emptied note is removed', async () => {
    const id = await saved('https://news.example/a', 'Giá gạo');
    const highlight = await added(id, 'xuất khẩu', 1, 'first thought');
    expect(await changeHighlight(db, highlight, { color: 'pink' })).toEqual({ ok: true, found: true });
    expect((await articleHighlights(db, id))[0]).toMatchObject({ color: 'pink', note: 'first thought' });
    await changeHighlight(db, highlight, { note: '   ' });
    expect((await articleHighlights(db, id))[0]!.note).toBeUndefined();
    expect(await changeHighlight(db, highlight + 99, { note: 'x' })).toEqual({ ok: true, found: false });
  });

  it('is not added to an article no longer saved, and refuses misuse', async () => {
    expect(await addHighlight(db, { articleId: 42, text: 'gone' })).toEqual({ ok: true, id: undefined });
    const id = await saved('https://news.example/a', 'Giá gạo');
    await expect(addHighlight(db, { articleId: id, text: '   ' })).rejects.toThrow(TypeError);
    await expect(addHighlight(db, { articleId: id, text: 'x', color: 'mauve' as never })).rejects.toThrow(TypeError);
  });

  it('is removed and put back by an undo, and goes with its article (and comes back with it)', async () => {
    const id = await saved('https://news.example/a', 'Giá gạo');
    const highlight = await added(id, 'xuất khẩu', 5, 'note');
    const removed = await removeHighlight(db, highlight);
    expect(await articleHighlights(db, id)).toEqual([]);
    await addHighlight(db, removed!);
    expect(await articleHighlights(db, id)).toMatchObject([{ text: 'xuất khẩu', note: 'note', createdAt: 5 }]);

    const deleted = await deleteArticle(db, id);
    expect(await highlightTotal(db)).toBe(0);
    const back = await restoreArticle(db, deleted!);
    if (!back.ok) throw new Error(back.reason);
    expect(await articleHighlights(db, back.id)).toMatchObject([{ text: 'xuất khẩu', note: 'note' }]);
  });
});

describe('highlights across the library', () => {
  it('counts each listed article’s highlights and lists all of them newest first, with their article', async () => {
    const rice = await saved('https://news.example/rice', 'Giá gạo');
    const rain = await saved('https://news.example/rain', 'Mưa lớn');
    await added(rice, 'one', 10);
    await added(rain, 'two', 30);
    await added(rice, 'three', 20);
    expect(await highlightCounts(db, [rice, rain, 999])).toEqual(
      new Map([
        [rice, 2],
        [rain, 1],
      ]),
    );
    const all = await recentHighlights(db, { limit: 10 });
    expect(all.map((highlight) => [highlight.text, highlight.article.title])).toEqual([
      ['two', 'Mưa lớn'],
      ['three', 'Giá gạo'],
      ['one', 'Giá gạo'],
    ]);
    expect((await recentHighlights(db, { offset: 2, limit: 10 })).map((h) => h.text)).toEqual(['one']);
  });
});
