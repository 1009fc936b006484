// Wallabag's JSON export: entries with their article, tags (two shapes), flags (0/1 or booleans),
// PHP-style dates ("+0100") and annotations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ImportContext, ImportedItem } from '../../../lib/import/types';
import { looksLikeWallabag, readWallabagJson, wallabagDate, withOffsetColon } from '../../../lib/import/wallabag';

const JSON_TEXT = readFileSync(join(import.meta.dirname, '../../fixtures/import/wallabag/export.json'), 'utf8');
const ctx: ImportContext = {
  now: '2025-01-01T00:00:00.000Z',
  parseHtml: (html: string) => new JSDOM(html).window.document,
};

function items(): ImportedItem[] {
  const parsed = readWallabagJson(JSON_TEXT, ctx);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.items;
}

describe('readWallabagJson', () => {
  it('reads every entry with a web address, in order, and counts the others as skipped', () => {
    const parsed = readWallabagJson(JSON_TEXT, ctx);
    expect(parsed.ok && parsed.format).toBe('wallabag-json');
    expect(parsed.ok && parsed.skipped).toBe(1);
    expect(parsed.ok && parsed.items.map((item) => item.title)).toEqual([
      'Giảm nghèo bền vững ở Tây Bắc',
      '"Slow news," she said, "is the only news"',
      'https://blog.example.org/posts/untitled',
      'Mùa lúa chín ở Mù Cang Chải',
    ]);
  });

  it('keeps tags in both shapes, archived and starred in both shapes, and the saved date with its offset', () => {
    const [vi, quoted, bare, archived] = items();
    expect(vi).toMatchObject({ tags: ['Kinh tế', 'Tây Bắc'], state: 'unread', starred: true });
    expect(vi?.savedAt).toBe('2024-03-05T09:00:00.000Z');
    expect(quoted).toMatchObject({ tags: ['Long read', 'Media'], state: 'archived', starred: false });
    expect(quoted?.savedAt).toBe('2023-11-20T23:45:10.000Z');
    expect(bare).toMatchObject({ tags: [], state: 'unread', starred: false, savedAt: ctx.now });
    expect(archived).toMatchObject({ state: 'archived', starred: true, savedAt: ctx.now }); // "yesterday"
  });

  it("carries the article's HTML untouched, with its authors, date and language", () => {
    const [vi, quoted, bare, archived] = items();
    expect(vi?.content).toEqual({
      html: '<div><p>Tỷ lệ hộ nghèo ở các tỉnh Tây Bắc giảm từ 30% xuống 18%.</p><p>Sinh kế bền vững là chìa khoá.</p><img src="x" onerror="alert(1)"></div>',
      byline: 'Lê Minh Châu, Phạm Thu Hà',
      publishedAt: '2024-03-04T16:15:00.000Z',
      lang: 'vi',
    });
    expect(quoted?.content).toEqual({
      html: '<p>Slow news is the only news, she said.</p>',
      byline: null,
      publishedAt: null,
      lang: 'en-US',
    });
    expect(bare?.content).toBeUndefined();
    expect(archived?.content).toBeUndefined(); // an empty article
  });

  it('turns annotations into highlights: the quote, the note when written, the date', () => {
    const [vi, quoted, , archived] = items();
    expect(vi?.highlights).toEqual([
      { text: 'Tỷ lệ hộ nghèo ở các tỉnh Tây Bắc giảm từ 30% xuống 18%.', createdAt: '2024-03-05T10:00:00.000Z' },
      {
        text: 'Sinh kế bền vững là chìa khoá.',
        note: 'Đối chiếu với báo cáo 2023.',
        createdAt: '2024-03-05T10:02:00.000Z',
      },
    ]);
    expect(quoted?.highlights).toEqual([]);
    expect(archived?.highlights).toEqual([]); // a note without a quote marks nothing
  });

  it('refuses a cut-short file, another JSON, and a file of unusable entries', () => {
    expect(readWallabagJson(JSON_TEXT.slice(0, 3000), ctx)).toEqual({ ok: false, reason: 'malformed' });
    expect(readWallabagJson('', ctx)).toEqual({ ok: false, reason: 'malformed' });
    const omnivore = '[{"slug":"a","url":"https://a.example/","savedAt":"2024-01-01T00:00:00.000Z"}]';
    expect(looksLikeWallabag(JSON.parse(omnivore))).toBe(false);
    expect(readWallabagJson(omnivore, ctx)).toEqual({ ok: false, reason: 'unknown-format' });
    expect(readWallabagJson('{"is_archived":0,"url":"https://a.example/"}', ctx)).toEqual({
      ok: false,
      reason: 'unknown-format',
    });
    expect(readWallabagJson('[]', ctx)).toEqual({ ok: false, reason: 'no-items' });
    expect(readWallabagJson('[{"is_archived":0,"url":"javascript:alert(1)"}]', ctx)).toEqual({
      ok: false,
      reason: 'no-items',
    });
  });
});

describe('looksLikeWallabag', () => {
  it('knows the export by its entries', () => {
    expect(looksLikeWallabag(JSON.parse(JSON_TEXT))).toBe(true);
    expect(looksLikeWallabag({ is_archived: 0, url: 'https://a.example/' })).toBe(false);
    expect(looksLikeWallabag([])).toBe(false);
  });
});

describe('wallabagDate', () => {
  it('reads offsets with and without a colon, and nothing else', () => {
    expect(wallabagDate('2024-03-05T10:00:00+0100')).toBe('2024-03-05T09:00:00.000Z');
    expect(wallabagDate('2024-03-05T10:00:00-05:30')).toBe('2024-03-05T15:30:00.000Z');
    expect(wallabagDate('2024-03-05T10:00:00Z')).toBe('2024-03-05T10:00:00.000Z');
    expect(wallabagDate(null)).toBeNull();
    expect(wallabagDate('')).toBeNull();
  });
});

describe('withOffsetColon', () => {
  it("writes PHP's offset the way ECMAScript defines it, leaving other dates alone", () => {
    expect(withOffsetColon('2024-03-05T10:00:00+0100')).toBe('2024-03-05T10:00:00+01:00');
    expect(withOffsetColon('2024-03-05T10:00:00-0500')).toBe('2024-03-05T10:00:00-05:00');
    expect(withOffsetColon('2024-03-05T10:00:00+01:00')).toBe('2024-03-05T10:00:00+01:00');
    expect(withOffsetColon('2024-03-05')).toBe('2024-03-05');
    expect(withOffsetColon('1709629200')).toBe('1709629200');
  });
});
