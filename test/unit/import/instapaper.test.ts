import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksLikeInstapaperCsv, readInstapaperCsv } from '../../../lib/import/instapaper';
import type { ImportContext, ParsedImport } from '../../../lib/import/types';

const parseHtml = (html: string) => new JSDOM(html).window.document;
const ctx: ImportContext = { now: '2025-06-01T00:00:00.000Z', parseHtml };
const DIR = join(import.meta.dirname, '../../fixtures/import/instapaper');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

function imported(result: ParsedImport) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('Instapaper CSV export', () => {
  const result = imported(readInstapaperCsv(fixture('instapaper-export.csv'), ctx));
  const byUrl = (url: string) => result.items.find((item) => item.url === url)!;

  it('reads every link with an address, in file order, and counts the one without', () => {
    expect(result.format).toBe('instapaper-csv');
    expect(result.items.map((item) => item.title)).toEqual([
      'Giảm nghèo bền vững ở Tây Bắc',
      'Rice, fish and rain: a delta diary',
      'A starred piece',
      'Phở at home',
      'Bad tags',
      'https://news.example/untitled',
      'No date',
    ]);
    expect(result.skipped).toBe(1);
  });

  it('reads the save time and the Tags column’s JSON list', () => {
    expect(result.items[0]).toEqual({
      url: 'https://bao.example/giam-ngheo-tay-bac.html',
      title: 'Giảm nghèo bền vững ở Tây Bắc',
      tags: ['xã hội', 'Tây Bắc'],
      state: 'unread',
      starred: false,
      savedAt: '2023-11-14T22:13:20.000Z',
      highlights: [],
    });
    expect(byUrl('https://news.example/no-date').savedAt).toBe(ctx.now);
  });

  it('maps the folders: Archive is archived, Starred is starred, a folder of the reader’s own is a tag', () => {
    expect(byUrl('https://delta.example/diary')).toMatchObject({ state: 'archived', starred: false, tags: [] });
    expect(byUrl('https://news.example/starred')).toMatchObject({ state: 'unread', starred: true, tags: [] });
    expect(byUrl('https://news.example/cooking')).toMatchObject({
      state: 'unread',
      starred: false,
      tags: ['Recipes', 'food'],
    });
  });

  it('keeps a link whose Tags cell is not JSON, without tags', () => {
    expect(byUrl('https://news.example/bad-tags')).toMatchObject({ tags: [], state: 'unread' });
  });

  it('keeps the selection, line break and all, as a highlight', () => {
    expect(byUrl('https://delta.example/diary').highlights).toEqual([
      { text: 'The river rose\nand the fields went under.' },
    ]);
  });

  it('reads the older export without a Tags column, saved with a BOM and CRLF', () => {
    const old = imported(readInstapaperCsv(fixture('instapaper-old.csv'), ctx));
    expect(old.items).toEqual([
      expect.objectContaining({
        url: 'https://news.example/old-one',
        title: 'He said "enough", then left',
        state: 'archived',
        savedAt: '2017-07-14T02:40:00.000Z',
      }),
      expect.objectContaining({ url: 'https://news.example/old-two', state: 'unread', tags: [] }),
    ]);
  });

  it('refuses a file without Instapaper’s columns, a cut-short file, and one with no link', () => {
    const pocket = 'title,url,time_added,cursor,tags,status\nA,https://a.example/,1700000000,,,unread\n';
    expect(readInstapaperCsv(pocket, ctx)).toMatchObject({ ok: false, reason: 'unknown-format' });
    expect(readInstapaperCsv('', ctx)).toMatchObject({ ok: false, reason: 'unknown-format' });
    const cut = 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example/,A,"never closed,Unread,1700000000\n';
    expect(readInstapaperCsv(cut, ctx)).toMatchObject({ ok: false, reason: 'malformed' });
    const none = 'URL,Title,Selection,Folder,Timestamp\n,A,,Unread,1700000000\n';
    expect(readInstapaperCsv(none, ctx)).toEqual({ ok: false, reason: 'no-items' });
  });

  it('reads 10,000 rows, all of them', () => {
    const lines = ['URL,Title,Selection,Folder,Timestamp,Tags'];
    for (let n = 0; n < 10_000; n += 1) {
      lines.push(
        `https://a.example/${n},"Title ${n}, long","line one\nline two",Archive,${1700000000 + n},"[""t${n}""]"`,
      );
    }
    const many = imported(readInstapaperCsv(lines.join('\n'), ctx));
    expect(many.items).toHaveLength(10_000);
    expect(many.items[9_999]).toMatchObject({ url: 'https://a.example/9999', tags: ['t9999'], state: 'archived' });
  });

  it('recognises an Instapaper header, with or without Tags, and not another service’s', () => {
    expect(looksLikeInstapaperCsv(['URL', 'Title', 'Selection', 'Folder', 'Timestamp'])).toBe(true);
    expect(looksLikeInstapaperCsv(['URL', 'Title', 'Selection', 'Folder', 'Timestamp', 'Tags'])).toBe(true);
    expect(looksLikeInstapaperCsv(['title', 'url', 'time_added', 'cursor', 'tags', 'status'])).toBe(false);
    expect(looksLikeInstapaperCsv(['Title', 'URL', 'Document tags', 'Saved date', 'Location'])).toBe(false);
  });
});
