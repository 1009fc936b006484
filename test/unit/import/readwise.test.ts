import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksLikeReadwiseCsv, readReadwiseCsv } from '../../../lib/import/readwise';
import type { ImportContext, ParsedImport } from '../../../lib/import/types';

const parseHtml = (html: string) => new JSDOM(html).window.document;
const ctx: ImportContext = { now: '2025-06-01T00:00:00.000Z', parseHtml };
const DIR = join(import.meta.dirname, '../../fixtures/import/readwise');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
const HEADER = 'Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen';

function imported(result: ParsedImport) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('Readwise Reader CSV export', () => {
  const result = imported(readReadwiseCsv(fixture('reader-export.csv'), ctx));

  it('reads every document with an address, in file order, and counts the one without', () => {
    expect(result.format).toBe('readwise-csv');
    expect(result.items.map((item) => item.title)).toEqual([
      'Giảm nghèo bền vững ở Tây Bắc',
      'Rice, fish and rain: a delta diary',
      'Two lines in one title',
      'https://news.example/untitled',
      'From the feed',
    ]);
    expect(result.skipped).toBe(1);
  });

  it('reads the Python-list tags, quoted either way, commas inside kept', () => {
    expect(result.items.map((item) => item.tags)).toEqual([
      ['xã hội', 'Tây Bắc'],
      ["it's food", 'rice, fish'],
      [],
      [],
      ['rss'],
    ]);
  });

  it('undoes Python’s escapes, and reads tags written without quotes', () => {
    const rows = [
      `A,https://a.example/1,1,"['say \\'hi\\' \\\\o/', ""x""]",2024-03-05 10:00:00,0,new,False`,
      `B,https://a.example/2,2,"news, Tây Bắc",2024-03-05 10:00:00,0,new,False`,
    ];
    const read = imported(readReadwiseCsv([HEADER, ...rows].join('\n'), ctx));
    expect(read.items.map((item) => item.tags)).toEqual([
      ["say 'hi' \\o/", 'x'],
      ['news', 'Tây Bắc'],
    ]);
  });

  it('archives what Reader archived, and keeps new, later, shortlist and feed to read', () => {
    expect(result.items.map((item) => item.state)).toEqual(['unread', 'archived', 'unread', 'unread', 'unread']);
  });

  it('reads the saved date with or without a zone, and the import time when unreadable', () => {
    expect(result.items.map((item) => item.savedAt)).toEqual([
      '2023-11-14T22:13:20.123Z',
      '2023-11-14T22:15:00.000Z',
      '2023-11-14T22:20:00.000Z',
      '2023-11-15T08:00:00.000Z',
      ctx.now,
    ]);
  });

  it('reads a file saved with a BOM and CRLF, without the bookkeeping columns', () => {
    const crlf = imported(readReadwiseCsv(fixture('reader-crlf.csv'), ctx));
    expect(crlf.items).toEqual([
      expect.objectContaining({ url: 'https://news.example/archived-one', tags: ['done'], state: 'archived' }),
      expect.objectContaining({
        url: 'https://news.example/to-read',
        state: 'unread',
        savedAt: '2024-03-06T10:00:00.000Z',
      }),
    ]);
  });

  it('refuses a file without Reader’s columns, a cut-short file, and one with no document', () => {
    const instapaper = 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example/,A,,Unread,1700000000\n';
    expect(readReadwiseCsv(instapaper, ctx)).toMatchObject({ ok: false, reason: 'unknown-format' });
    const cut = `${HEADER}\nA,https://a.example/,1,"['never closed,2024-03-05 10:00:00,0,new,False\n`;
    expect(readReadwiseCsv(cut, ctx)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(readReadwiseCsv(`${HEADER}\n`, ctx)).toEqual({ ok: false, reason: 'no-items' });
  });

  it('reads 10,000 rows, all of them', () => {
    const lines = [HEADER];
    for (let n = 0; n < 10_000; n += 1) {
      lines.push(`"Bài ${n}, phần 1",https://a.example/${n},${n},"['a', 'b, c']",2024-03-05 10:00:00,0,archive,True`);
    }
    const many = imported(readReadwiseCsv(lines.join('\r\n'), ctx));
    expect(many.items).toHaveLength(10_000);
    expect(many.items[9_999]).toMatchObject({ url: 'https://a.example/9999', tags: ['a', 'b, c'], state: 'archived' });
  });

  it('recognises a Reader header and not another service’s', () => {
    expect(looksLikeReadwiseCsv(HEADER.split(','))).toBe(true);
    expect(looksLikeReadwiseCsv(['URL', 'Title', 'Selection', 'Folder', 'Timestamp', 'Tags'])).toBe(false);
    expect(looksLikeReadwiseCsv(['title', 'url', 'time_added', 'cursor', 'tags', 'status'])).toBe(false);
  });
});
