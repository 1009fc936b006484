import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPocketExport, readPocketHtml, looksLikePocketCsv, looksLikePocketHtml } from '../../../lib/import/pocket';
import type { ImportContext, ParsedImport } from '../../../lib/import/types';

const parseHtml = (html: string) => new JSDOM(html).window.document;
const ctx: ImportContext = { now: '2025-06-01T00:00:00.000Z', parseHtml };
const DIR = join(import.meta.dirname, '../../fixtures/import/pocket');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
const PART_0 = fixture('part_000000.csv');
const PART_1 = fixture('part_000001.csv');
const ANNOTATIONS = fixture('annotations/part_000000.json');

function imported(result: ParsedImport) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('Pocket CSV export', () => {
  it('reads a lone part: titles, addresses, tags, read state and save dates, in file order', () => {
    const result = imported(readPocketExport({ csvParts: [PART_0], annotationParts: [] }, ctx));
    expect(result.format).toBe('pocket-csv');
    expect(result.items.map((item) => item.title)).toEqual([
      'Giảm nghèo bền vững ở Tây Bắc',
      'Rice, fish and rain: a delta diary',
      'Two lines in one title',
      'https://blank.example/no-title', // no title: the address stands in
      'Unreadable date',
    ]);
    expect(result.items[0]).toMatchObject({
      url: 'https://bao.example/giam-ngheo-tay-bac.html',
      tags: ['xã hội', 'Tây Bắc'],
      state: 'unread',
      starred: false,
      savedAt: '2023-11-14T22:13:20.000Z',
      highlights: [],
    });
    expect(result.items.map((item) => item.state)).toEqual(['unread', 'archived', 'unread', 'archived', 'unread']);
    expect(result.items[2]!.tags).toEqual(['long read']);
    expect(result.items[4]!.savedAt).toBe(ctx.now);
    // the row with no address and the ftp:// one
    expect(result.skipped).toBe(2);
  });

  it('reads every part in order, whatever each part’s columns, BOM or line ends', () => {
    const result = imported(readPocketExport({ csvParts: [PART_0, PART_1], annotationParts: [] }, ctx));
    expect(result.items).toHaveLength(7);
    expect(result.items[5]).toMatchObject({
      url: 'https://news.example/he-said-quote',
      title: 'He said "enough", then left',
      tags: ['politics'],
      state: 'archived',
      savedAt: '2023-11-14T22:30:00.000Z',
    });
    expect(result.items[6]!.url).toBe('https://news.example/second-part');
  });

  it('attaches the annotations’ highlights to the link they were made on, with their dates', () => {
    const result = imported(readPocketExport({ csvParts: [PART_0, PART_1], annotationParts: [ANNOTATIONS] }, ctx));
    expect(result.items[0]!.highlights).toEqual([
      { text: 'Mỗi huyện chọn một hoặc hai thôn bản tiêu biểu', createdAt: '2023-11-14T23:13:20.000Z' },
      { text: 'nhân rộng mô hình chăn nuôi', createdAt: '2023-11-15T00:13:20.000Z' },
    ]);
    expect(result.items[6]!.highlights.map((h) => h.text)).toEqual(["the second part's only highlight"]);
    expect(result.items[1]!.highlights).toEqual([]);
  });

  it('refuses another service’s CSV as an unknown format', () => {
    const instapaper = 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example/,A,,Unread,1700000000\n';
    expect(readPocketExport({ csvParts: [instapaper], annotationParts: [] }, ctx)).toMatchObject({
      ok: false,
      reason: 'unknown-format',
    });
  });

  it('refuses a part cut short inside a quoted title as malformed, importing nothing', () => {
    const cut = 'title,url,time_added,tags,status\n"Cut short, https://a.example/,1700000000,,unread\n';
    expect(readPocketExport({ csvParts: [PART_0, cut], annotationParts: [] }, ctx)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses annotations that are not JSON as malformed', () => {
    const result = readPocketExport({ csvParts: [PART_0], annotationParts: ['[{"url": "https://a.ex'] }, ctx);
    expect(result).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses an export with no saved link', () => {
    const empty = 'title,url,time_added,cursor,tags,status\n';
    expect(readPocketExport({ csvParts: [empty], annotationParts: [] }, ctx)).toEqual({
      ok: false,
      reason: 'no-items',
    });
    const onlyBad = `${empty},,1700000000,,,unread\n`;
    expect(readPocketExport({ csvParts: [onlyBad], annotationParts: [] }, ctx)).toEqual({
      ok: false,
      reason: 'no-items',
    });
  });

  it('reads 10,000 rows, all of them', () => {
    const lines = ['title,url,time_added,cursor,tags,status'];
    for (let n = 0; n < 10_000; n += 1)
      lines.push(`"Bài ${n}, phần 1",https://bao.example/${n},${1700000000 + n},c${n},a|b,unread`);
    const result = imported(readPocketExport({ csvParts: [lines.join('\n')], annotationParts: [] }, ctx));
    expect(result.items).toHaveLength(10_000);
    expect(result.items[9_999]).toMatchObject({ url: 'https://bao.example/9999', title: 'Bài 9999, phần 1' });
  });

  it('recognises a Pocket header, in any column order, and not another service’s', () => {
    expect(looksLikePocketCsv(['title', 'url', 'time_added', 'cursor', 'tags', 'status'])).toBe(true);
    expect(looksLikePocketCsv(['status', 'URL', 'Time Added'])).toBe(true);
    expect(looksLikePocketCsv(['URL', 'Title', 'Selection', 'Folder', 'Timestamp'])).toBe(false);
    expect(looksLikePocketCsv(['Title', 'URL', 'ID', 'Document tags', 'Saved date', 'Location'])).toBe(false);
  });
});

describe('Pocket legacy HTML export', () => {
  const HTML = fixture('ril_export.html');

  it('reads the links, archived under "Read Archive", with their comma-separated tags and dates', () => {
    const result = imported(readPocketHtml(HTML, ctx));
    expect(result.format).toBe('pocket-html');
    expect(result.items).toEqual([
      {
        url: 'https://bao.example/giam-ngheo-tay-bac.html',
        title: 'Giảm nghèo bền vững ở Tây Bắc',
        tags: ['xã hội', 'Tây Bắc'],
        state: 'unread',
        starred: false,
        savedAt: '2023-11-14T22:13:20.000Z',
        highlights: [],
      },
      expect.objectContaining({ url: 'https://news.example/no-title', title: 'https://news.example/no-title' }),
      expect.objectContaining({ url: 'https://news.example/no-date', savedAt: ctx.now, state: 'unread' }),
      expect.objectContaining({
        url: 'https://delta.example/diary',
        tags: ['food', 'travel'],
        state: 'archived',
        savedAt: '2020-09-13T12:26:40.000Z',
      }),
    ]);
    expect(result.skipped).toBe(1);
  });

  it('refuses a browser’s bookmarks file as an unknown format', () => {
    const bookmarks =
      '<!DOCTYPE NETSCAPE-Bookmark-file-1><TITLE>Bookmarks</TITLE><DL><DT><A HREF="https://a.example/" ADD_DATE="1700000000">A</A></DL>';
    expect(looksLikePocketHtml(bookmarks)).toBe(false);
    expect(readPocketHtml(bookmarks, ctx)).toMatchObject({ ok: false, reason: 'unknown-format' });
  });

  it('refuses a Pocket export with no link in it', () => {
    const empty = '<html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul></ul></body></html>';
    expect(readPocketHtml(empty, ctx)).toEqual({ ok: false, reason: 'no-items' });
  });
});
