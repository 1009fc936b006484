// Saved articles as Markdown notes a notes app reads: front matter with the article's facts and
// tags, the summary, the highlights with their notes, the text only when asked.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bareArticle, importItems, openLedeDb, saveArticle } from '../../lib/db/write';
import { articleMarkdown, noteFileName } from '../../lib/export/markdown';
import { libraryMarkdownZip } from '../../lib/export/library-markdown';
import type { SavedArticle } from '../../lib/db/types';

const article: SavedArticle = {
  ...bareArticle({
    url: 'https://bao.example/a',
    title: 'Giảm nghèo: "bền vững" ở Tây Bắc',
    text: 'Đoạn một.\n\nĐoạn hai.',
  }),
  id: 7,
  canonicalUrl: null,
  byline: 'Minh Anh',
  summary: ['Tỷ lệ hộ nghèo giảm.', 'Sinh kế bền vững.'],
  tags: ['xã hội', 'Tây Bắc'],
  savedAt: Date.UTC(2024, 4, 1),
  readAt: null,
  starred: false,
};

describe('articleMarkdown', () => {
  it('writes front matter, summary and highlights with notes, without the text unless asked', () => {
    const note = articleMarkdown(
      article,
      [{ text: 'Tỷ lệ hộ nghèo\ngiảm.', note: 'Xem báo cáo 2023' }, { text: 'Sinh kế.' }],
      {
        fullText: false,
      },
    );
    expect(note).toBe(
      [
        '---',
        'title: "Giảm nghèo: \\"bền vững\\" ở Tây Bắc"',
        'source: "https://bao.example/a"',
        'author: "Minh Anh"',
        'saved: "2024-05-01T00:00:00.000Z"',
        'tags: ["xã hội", "Tây Bắc"]',
        'read: false',
        '---',
        '',
        '# Giảm nghèo: "bền vững" ở Tây Bắc',
        '',
        '> Tỷ lệ hộ nghèo giảm.\n>\n> Sinh kế bền vững.',
        '',
        '## Highlights',
        '',
        '- Tỷ lệ hộ nghèo giảm.\n  - Xem báo cáo 2023\n- Sinh kế.',
        '',
      ].join('\n'),
    );
    expect(articleMarkdown(article, [], { fullText: true })).toContain('\n\nĐoạn một.\n\nĐoạn hai.\n');
  });

  it('names the note after the article, without characters file systems refuse', () => {
    expect(noteFileName({ title: 'A/B: "C"? [d]', id: 3 })).toBe('A B C d (3).md');
  });
});

describe('libraryMarkdownZip', () => {
  it('puts one note per article in a zip, each with its own highlights', async () => {
    const db = await openLedeDb({ name: 'markdown', indexedDB: new IDBFactory(), IDBKeyRange });
    await saveArticle(db, bareArticle({ url: 'https://bao.example/one', title: 'Bài một', text: 'Một.' }));
    await importItems(
      db,
      [
        {
          url: 'https://bao.example/two',
          title: 'Bài hai',
          tags: ['x'],
          state: 'archived',
          starred: false,
          savedAt: '2024-01-01T00:00:00.000Z',
          highlights: [{ text: 'Câu hay.', note: 'Nhớ' }],
        },
      ],
      { now: Date.UTC(2025, 0, 1) },
    );
    const files = unzipSync(await libraryMarkdownZip(db, { fullText: false }));
    expect(Object.keys(files).sort()).toEqual(['Bài hai (2).md', 'Bài một (1).md']);
    expect(strFromU8(files['Bài hai (2).md']!)).toContain('## Highlights\n\n- Câu hay.\n  - Nhớ');
    expect(strFromU8(files['Bài hai (2).md']!)).toContain('read: true');
    expect(strFromU8(files['Bài một (1).md']!)).not.toContain('Highlights');
  });
});
