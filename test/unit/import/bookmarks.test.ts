// A browser's bookmarks file (Netscape format), as Chrome (in Vietnamese) and Firefox write it:
// folders become tags, the browser's own top folders do not, and only web links are kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksLikeBookmarks, readBookmarksHtml } from '../../../lib/import/bookmarks';
import type { ImportContext, ImportedItem } from '../../../lib/import/types';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/import/bookmarks', name), 'utf8');
const ctx: ImportContext = {
  now: '2025-01-01T00:00:00.000Z',
  parseHtml: (html: string) => new JSDOM(html).window.document,
};

function items(text: string): ImportedItem[] {
  const parsed = readBookmarksHtml(text, ctx);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.items;
}

describe('readBookmarksHtml: Chrome', () => {
  const chrome = fixture('chrome.html');

  it('reads the web links in order, skipping bookmarklets and browser pages', () => {
    const parsed = readBookmarksHtml(chrome, ctx);
    expect(parsed.ok && parsed.format).toBe('bookmarks-html');
    expect(parsed.ok && parsed.skipped).toBe(2); // javascript:, chrome://
    expect(parsed.ok && parsed.items.map((item) => [item.title, item.url])).toEqual([
      ['Giảm nghèo bền vững ở Tây Bắc', 'https://tin.example.vn/xa-hoi/giam-ngheo-ben-vung-o-tay-bac-4712345.html'],
      ['"Slow news," she said, "is the only news"', 'https://magazine.example.com/2023/11/slow-news?ref=home,top'],
      ['Lãi suất năm 2024', 'https://kinhte.example.vn/lai-suat-2024.html'],
      ['After a subfolder', 'https://blog.example.org/posts/after-a-subfolder'],
      ['https://example.org/no-date', 'https://example.org/no-date'],
    ]);
  });

  it("tags each link with its folders, outermost first, but not with the browser's own", () => {
    expect(items(chrome).map((item) => item.tags)).toEqual([
      [], // in "Thanh dấu trang", the bookmarks bar
      ['Đọc sau'],
      ['Đọc sau', 'Kinh tế'],
      ['Đọc sau'], // after the subfolder closed
      [], // in "Dấu trang khác", Chrome's other bookmarks
    ]);
  });

  it('keeps the date added, the import time when there is none, and saves every link unread', () => {
    const all = items(chrome);
    expect(all.map((item) => item.savedAt)).toEqual([
      '2023-11-14T22:13:20.000Z',
      '2023-11-14T22:15:00.000Z',
      '2023-11-14T22:16:40.000Z',
      '2023-11-14T22:17:30.000Z',
      ctx.now,
    ]);
    expect(all.every((item) => item.state === 'unread' && !item.starred && item.highlights.length === 0)).toBe(true);
  });
});

describe('readBookmarksHtml: Firefox', () => {
  const firefox = fixture('firefox.html');

  it('reads folders (past descriptions), TAGS, and skips place: and file: links', () => {
    const parsed = readBookmarksHtml(firefox, ctx);
    expect(parsed.ok && parsed.skipped).toBe(2);
    expect(parsed.ok && parsed.items.map((item) => [item.title, item.tags])).toEqual([
      ['Get Help', ['Mozilla Firefox']],
      ['Mùa lúa chín ở Mù Cang Chải', ['du lịch', 'Tây Bắc', 'ảnh']],
      ['Poverty in the Northwest, 2015–2023', ['Nghiên cứu', 'Tây Bắc']],
      ['Written in milliseconds', []],
    ]);
  });

  it('reads dates written in seconds or milliseconds', () => {
    const all = items(firefox);
    expect(all[1]?.savedAt).toBe('2023-11-14T22:30:00.000Z');
    expect(all[3]?.savedAt).toBe('2023-11-14T23:20:00.000Z');
  });
});

describe('readBookmarksHtml: other files', () => {
  it('refuses a page that is not a bookmarks file', () => {
    const page = '<!DOCTYPE html><html><body><a href="https://a.example/">A</a></body></html>';
    expect(looksLikeBookmarks(page)).toBe(false);
    expect(readBookmarksHtml(page, ctx)).toEqual({ ok: false, reason: 'unknown-format' });
  });

  it("knows the browser's own folders by their mark in any language", () => {
    const german = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
    <DT><H3 PERSONAL_TOOLBAR_FOLDER="true">Lesezeichen-Symbolleiste</H3>
    <DL><p>
        <DT><H3>Reisen</H3>
        <DL><p>
            <DT><A HREF="https://reise.example.de/sapa" ADD_DATE="1700000000">Sa Pa im Herbst</A>
        </DL><p>
    </DL><p>
</DL>`;
    expect(items(german).map((item) => item.tags)).toEqual([['Reisen']]);
  });

  it('refuses a bookmarks file without a web link', () => {
    const empty = '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="place:sort=8">Most Visited</A>\n</DL>';
    expect(looksLikeBookmarks(empty)).toBe(true);
    expect(readBookmarksHtml(empty, ctx)).toEqual({ ok: false, reason: 'no-items' });
  });

  it('reads what there is of a file cut short', () => {
    const cut = fixture('chrome.html').split('Đọc sau')[0] ?? '';
    expect(items(cut).map((item) => item.title)).toEqual(['Giảm nghèo bền vững ở Tây Bắc']);
  });
});
