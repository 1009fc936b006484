// A library search finds words that are only in an article's highlights or notes, on every path
// that changes them: made in Lede, changed, removed, imported with a link, brought back by an
// undo, kept when the article is saved again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bareArticle,
  deleteArticle,
  exportLibrary,
  importItems,
  importLibrary,
  restoreArticle,
  saveArticle,
  type LedeDb,
} from '../../../lib/db/write';
import { addHighlight, changeHighlight, removeHighlight } from '../../../lib/db/write/highlights';
import { foundIds, freshLibrary, INDEX_STATES } from '../library-helpers';
import type { ImportedItem } from '../../../lib/import';
import { searchArticles } from '../../../lib/search';

let db: LedeDb;
beforeEach(async () => {
  db = await freshLibrary('highlights-search');
});
afterEach(() => db.close());

const URL = 'https://news.example/rice';
async function save(text = 'Giá gạo xuất khẩu tăng mạnh trong quý này.'): Promise<number> {
  const saved = await saveArticle(db, bareArticle({ url: URL, title: 'Giá gạo', text }));
  if (!saved.ok) throw new Error(saved.reason);
  return saved.id;
}

async function highlight(articleId: number, note?: string): Promise<number> {
  const added = await addHighlight(db, { articleId, text: 'xuất khẩu', ...(note ? { note } : {}) });
  if (!added.ok || added.id === undefined) throw new Error('not added');
  return added.id;
}

const ids = (query: string) => foundIds(db, query);

describe.each(INDEX_STATES)('searching notes and highlights, %s', (_state, settle) => {
  it('finds a word only in a note, without accents, and shows the note as the snippet', async () => {
    const id = await save();
    await highlight(id, 'Hỏi lại chuyên gia về Campuchia');
    await settle(db);
    expect(await ids('campuchia')).toEqual([id]);
    const [hit] = await searchArticles(db, 'chuyen gia campuchia');
    expect(hit).toMatchObject({ id, snippetFrom: 'note' });
    expect(hit!.snippet.filter((s) => s.highlighted).map((s) => s.text)).toEqual(['chuyên', 'gia', 'Campuchia']);
  });

  it('still finds it after the article is saved again, and no longer once the note or highlight goes', async () => {
    const id = await save();
    const marked = await highlight(id, 'so với Thái Lan');
    await settle(db);
    await save('Giá gạo xuất khẩu giảm nhẹ trong tuần.'); // saved again, new text
    await settle(db);
    expect(await ids('thai lan')).toEqual([id]);
    expect(await ids('giảm nhẹ')).toEqual([id]);

    await changeHighlight(db, marked, { note: 'so với Ấn Độ' });
    await settle(db);
    expect(await ids('thai lan')).toEqual([]);
    expect(await ids('an do')).toEqual([id]);

    await removeHighlight(db, marked);
    await settle(db);
    expect(await ids('an do')).toEqual([]);
    expect(await ids('giá gạo')).toEqual([id]); // the article itself is still found
  });

  it('brings a note’s words back with an undone delete', async () => {
    const id = await save();
    await highlight(id, 'đọc lại tháng sau');
    await settle(db);
    const deleted = await deleteArticle(db, id);
    expect(await ids('thang sau')).toEqual([]);
    const restored = await restoreArticle(db, deleted!);
    if (!restored.ok) throw new Error(restored.reason);
    await settle(db);
    expect(await ids('thang sau')).toEqual([restored.id]);
  });
});

describe('imported highlights', () => {
  it('make a link without its text findable by its highlights and notes, before and after the text arrives', async () => {
    const item: ImportedItem = {
      url: URL,
      title: 'Giá gạo',
      tags: [],
      state: 'unread',
      starred: false,
      savedAt: '2024-05-01T00:00:00.000Z',
      highlights: [{ text: 'Sản lượng vụ đông xuân', note: 'Đối chiếu với Thái Lan' }],
    };
    expect(await importItems(db, [item], { now: Date.UTC(2025, 0, 1) })).toMatchObject({ ok: true, added: 1 });
    const [hit] = await searchArticles(db, 'thai lan');
    expect(hit).toMatchObject({ title: 'Giá gạo', snippetFrom: 'note' });
    expect((await searchArticles(db, 'dong xuan'))[0]).toMatchObject({ snippetFrom: 'highlight' });

    await save(); // its text, fetched later
    expect(await ids('thai lan')).toEqual([hit!.id]);
    expect((await searchArticles(db, 'xuat khau'))[0]).not.toHaveProperty('snippetFrom'); // the text has it
  });
});

describe('a library file', () => {
  it('brings its highlights’ notes into the search of the library it is imported into', async () => {
    const id = await save();
    await highlight(id, 'Hỏi lại chuyên gia về Campuchia');
    const file = await exportLibrary(db);
    const other = await freshLibrary('highlights-search-other');
    expect(await importLibrary(other, file)).toMatchObject({ ok: true, added: 1 });
    expect(await searchArticles(other, 'campuchia')).toMatchObject([{ title: 'Giá gạo', snippetFrom: 'note' }]);
    other.close();
  });
});
