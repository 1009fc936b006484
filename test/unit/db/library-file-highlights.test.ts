// Highlights in Lede's own library file: exported with their article (text, note, colour,
// anchor, time; no ids), imported back without doubling those an article already has; a file
// from before Lede kept highlights still imports; a damaged highlight is a problem, not a crash.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  bareArticle,
  exportLibrary,
  getArticleByUrl,
  importLibrary,
  openLedeDb,
  saveArticle,
  type LedeDb,
  type LibraryExport,
} from '../../../lib/db/write';
import { addHighlight } from '../../../lib/db/write/highlights';
import { articleHighlights } from '../../../lib/db/read/highlights';
import { parseImport } from '../../../lib/import';
import { parseHtml } from '../../../cli/parse-html';

const URL_A = 'https://news.example/gia-gao';
const URL_B = 'https://news.example/mua-lu';
const ANCHOR = { block: 0, prefix: 'Giá gạo ', suffix: ' tăng mạnh.' };

const freshDb = (name: string) => openLedeDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });

async function saved(db: LedeDb, url: string, title: string): Promise<number> {
  const result = await saveArticle(db, bareArticle({ url, title, text: 'Giá gạo xuất khẩu tăng mạnh.' }));
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

/** A library of two articles, the first with two highlights (one green, anchored, with a note). */
async function highlightedLibrary(): Promise<LedeDb> {
  const db = await freshDb('highlighted');
  const rice = await saved(db, URL_A, 'Giá gạo');
  await saved(db, URL_B, 'Mùa lũ');
  await addHighlight(db, {
    articleId: rice,
    text: 'xuất khẩu',
    color: 'green',
    anchor: ANCHOR,
    note: 'So với năm ngoái?',
    createdAt: 2,
  });
  await addHighlight(db, { articleId: rice, text: 'Giá gạo', createdAt: 1 });
  return db;
}

/** What the reader sees of an article's highlights, without the ids of this browser. */
async function highlightsAt(db: LedeDb, url: string) {
  const article = await getArticleByUrl(db, url);
  return (await articleHighlights(db, article!.id)).map(({ id: _id, articleId: _article, ...rest }) => rest);
}

const withoutTime = ({ exportedAt: _, ...rest }: LibraryExport) => rest;

describe('highlights in the library file', () => {
  it('are exported with their article, without ids, and come back whole from the file', async () => {
    const file = await exportLibrary(await highlightedLibrary());
    const rice = file.articles.find((article) => article.url === URL_A)!;
    expect(rice.highlights).toEqual([
      { text: 'Giá gạo', color: 'yellow', createdAt: 1 },
      { text: 'xuất khẩu', note: 'So với năm ngoái?', color: 'green', anchor: ANCHOR, createdAt: 2 },
    ]);
    expect(file.articles.find((article) => article.url === URL_B)).not.toHaveProperty('highlights');

    const target = await freshDb('target');
    expect(await importLibrary(target, JSON.stringify(file))).toMatchObject({ ok: true, added: 2 });
    expect(await highlightsAt(target, URL_A)).toEqual(rice.highlights);
    expect(withoutTime(await exportLibrary(target))).toEqual(withoutTime(file));
  });

  it('gives an article saved here the highlights it lacks, never the same one twice', async () => {
    const file = await exportLibrary(await highlightedLibrary());
    const target = await freshDb('already-saved');
    const rice = await saved(target, URL_A, 'Giá gạo');
    await addHighlight(target, { articleId: rice, text: 'xuất khẩu', note: 'So với năm ngoái?', createdAt: 9 });
    await addHighlight(target, { articleId: rice, text: 'tăng mạnh', createdAt: 10 });

    expect(await importLibrary(target, file)).toMatchObject({ ok: true, added: 1, updated: 1 });
    await importLibrary(target, file); // a second import adds nothing either
    expect((await highlightsAt(target, URL_A)).map(({ text, note }) => [text, note])).toEqual([
      ['Giá gạo', undefined],
      ['xuất khẩu', 'So với năm ngoái?'],
      ['tăng mạnh', undefined],
    ]);
  });

  it('imports a file written before Lede kept highlights, as it always did', async () => {
    const file = await exportLibrary(await highlightedLibrary());
    const older = { ...file, articles: file.articles.map(({ highlights: _highlights, ...article }) => article) };
    const target = await freshDb('older-file');
    expect(await importLibrary(target, JSON.stringify(older))).toEqual({ ok: true, added: 2, updated: 0 });
    expect(await highlightsAt(target, URL_A)).toEqual([]);
  });

  it.each([
    ['not a list', { text: 'Giá gạo', createdAt: 1 }],
    ['without text', [{ createdAt: 1 }]],
    ['with blank text', [{ text: '  ', createdAt: 1 }]],
    ['without a time', [{ text: 'Giá gạo' }]],
    ['with a time no date holds', [{ text: 'Giá gạo', createdAt: 1e20 }]],
    ['in an unknown colour', [{ text: 'Giá gạo', color: 'purple', createdAt: 1 }]],
    ['with a note that is not text', [{ text: 'Giá gạo', note: 42, createdAt: 1 }]],
    ['with a broken anchor', [{ text: 'Giá gạo', anchor: { block: -1, prefix: '', suffix: '' }, createdAt: 1 }]],
    ['that is not a highlight', ['Giá gạo']],
  ])('refuses a highlight %s as a damaged field, and changes nothing', async (_name, highlights) => {
    const db = await highlightedLibrary();
    const file = await exportLibrary(db);
    const damaged = { ...file, articles: [file.articles[0], { ...file.articles[1], highlights }] };
    const before = withoutTime(await exportLibrary(db));
    expect(await importLibrary(db, JSON.stringify(damaged))).toEqual({
      ok: false,
      reason: 'invalid',
      problem: { code: 'bad-field', article: 2, total: 2, field: 'highlights', expected: 'highlights' },
    });
    expect(withoutTime(await exportLibrary(db))).toEqual(before);
  });

  it('are listed with their article when the file is read as an import (the dry run)', async () => {
    const file = await exportLibrary(await highlightedLibrary());
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const parsed = parseImport(
      { name: 'lede-library.json', bytes },
      { now: new Date().toISOString(), parseHtml: (html) => parseHtml(html, URL_A) },
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.items.find((item) => item.url === URL_A)?.highlights).toEqual([
      { text: 'Giá gạo', createdAt: '1970-01-01T00:00:00.001Z' },
      { text: 'xuất khẩu', note: 'So với năm ngoái?', createdAt: '1970-01-01T00:00:00.002Z' },
    ]);
  });
});
