// Omnivore's export: the zip (metadata pages, the articles' HTML, highlights in Markdown) and
// the single JSON of its metadata. The fixture directory is laid out like the unzipped export.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  highlightsOf,
  looksLikeOmnivore,
  looksLikeOmnivoreJson,
  readOmnivore,
  readOmnivoreJson,
} from '../../../lib/import/omnivore';
import type { ImportContext, ImportedItem, ZipEntry } from '../../../lib/import/types';
import { readZip } from '../../../lib/import/zip';

const DIR = join(import.meta.dirname, '../../fixtures/import/omnivore');
const ctx: ImportContext = {
  now: '2025-01-01T00:00:00.000Z',
  parseHtml: (html: string) => new JSDOM(html).window.document,
};
const SLUG = 'giam-ngheo-ben-vung-o-tay-bac-18f3a2c4d11';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(DIR, path)];
  });
}

/** The fixture zipped as Omnivore's export, under `folder` and with the metadata pages in `order`. */
function exportZip({ folder = '', order = 'as-is' }: { folder?: string; order?: 'as-is' | 'reversed' } = {}) {
  const paths = filesUnder(DIR).sort();
  if (order === 'reversed') paths.reverse();
  const zip = zipSync(Object.fromEntries(paths.map((path) => [folder + path, readFileSync(join(DIR, path))])));
  const read = readZip(zip, { maxEntries: 100, maxBytes: 10_000_000 });
  if (!read.ok) throw new Error(read.reason);
  return read.entries;
}

function itemsOf(entries: ZipEntry[]): ImportedItem[] {
  const parsed = readOmnivore(entries, ctx);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.items;
}

describe('readOmnivore (the zip)', () => {
  it('reads every saved link in order, across metadata pages, skipping those without a web address', () => {
    const parsed = readOmnivore(exportZip({ order: 'reversed' }), ctx);
    expect(parsed.ok && parsed.format).toBe('omnivore');
    expect(parsed.ok && parsed.skipped).toBe(2); // the newsletter without a url, the uploaded file
    expect(parsed.ok && parsed.items.map((item) => item.url)).toEqual([
      'https://tin.example.vn/xa-hoi/giam-ngheo-ben-vung-o-tay-bac-4712345.html',
      'https://magazine.example.com/2023/11/slow-news?ref=home,top',
      'https://blog.example.org/posts/untitled',
      'https://du-lich.example.vn/mua-lua-chin-mu-cang-chai.html',
    ]);
  });

  it('keeps titles, labels (new and old shapes), state and the saved date', () => {
    const [vi, quoted, bare, archived] = itemsOf(exportZip());
    expect(vi).toMatchObject({
      title: 'Giảm nghèo bền vững ở Tây Bắc',
      tags: ['Kinh tế', 'Tây Bắc'],
      state: 'unread',
      starred: false,
      savedAt: '2024-03-05T09:00:00.000Z',
    });
    expect(quoted).toMatchObject({
      title: '"Slow news," she said, "is the only news"',
      tags: ['Long read', 'Media'],
      state: 'archived',
      savedAt: '2023-11-20T18:45:10.000Z',
    });
    expect(bare).toMatchObject({ title: 'https://blog.example.org/posts/untitled', tags: [], state: 'unread' });
    expect(bare?.savedAt).toBe(ctx.now);
    expect(archived?.state).toBe('archived'); // "Archived", as some tools wrote it
  });

  it("carries the article's HTML as exported, with its author, date and language", () => {
    const [vi, quoted, bare] = itemsOf(exportZip());
    const html = readFileSync(join(DIR, `content/${SLUG}.html`), 'utf8');
    expect(vi?.content).toEqual({ html, byline: 'Lê Minh Châu', publishedAt: '2024-03-04T23:15:00.000Z', lang: 'vi' });
    expect(vi?.content?.html).toContain("<script>alert('exported as is')</script>");
    expect(quoted?.content).toMatchObject({ byline: null, publishedAt: null });
    expect(bare?.content).toBeUndefined();
  });

  it('reads the highlights with their notes', () => {
    const [vi, quoted] = itemsOf(exportZip());
    expect(vi?.highlights).toEqual([
      {
        text: 'Tỷ lệ hộ nghèo ở các tỉnh Tây Bắc giảm từ 30% xuống 18% trong năm năm.\n\nNhưng khoảng cách với cả nước vẫn còn lớn.',
        note: 'Con số này cần đối chiếu với báo cáo 2023.',
      },
      {
        text: 'Sinh kế bền vững là chìa khoá, không phải trợ cấp.',
        note: 'Đồng ý: xem thêm mô hình hợp tác xã ở Sơn La.',
      },
      { text: 'Dòng một của đoạn trích\ndòng hai của đoạn trích' },
    ]);
    expect(quoted?.highlights).toEqual([]);
  });

  it('finds the export inside a folder, as when the reader unzipped and zipped it again', () => {
    const entries = exportZip({ folder: 'omnivore-export/' });
    expect(looksLikeOmnivore(entries)).toBe(true);
    const [vi] = itemsOf(entries);
    expect(vi?.highlights).toHaveLength(3);
    expect(vi?.content?.byline).toBe('Lê Minh Châu');
  });

  it('refuses a zip of something else, a broken metadata page, and an export of nothing', () => {
    const other: ZipEntry[] = [{ path: 'part_000000.csv', bytes: strToU8('title,url\n') }];
    expect(looksLikeOmnivore(other)).toBe(false);
    expect(readOmnivore(other, ctx)).toEqual({ ok: false, reason: 'unknown-format' });
    const cut = exportZip().map((entry) =>
      entry.path === 'metadata_20_to_40.json' ? { ...entry, bytes: entry.bytes.slice(0, 40) } : entry,
    );
    expect(readOmnivore(cut, ctx)).toMatchObject({ ok: false, reason: 'malformed' });
    const empty: ZipEntry[] = [{ path: 'metadata_0_to_20.json', bytes: strToU8('[]') }];
    expect(readOmnivore(empty, ctx)).toEqual({ ok: false, reason: 'no-items' });
  });
});

describe('readOmnivoreJson (one metadata file)', () => {
  const json = readFileSync(join(DIR, 'metadata_0_to_20.json'), 'utf8');

  it('reads the links without content or highlights', () => {
    expect(looksLikeOmnivoreJson(JSON.parse(json))).toBe(true);
    const parsed = readOmnivoreJson(json, ctx);
    expect(parsed.ok && parsed.items.map((item) => [item.title, item.tags])).toEqual([
      ['Giảm nghèo bền vững ở Tây Bắc', ['Kinh tế', 'Tây Bắc']],
      ['"Slow news," she said, "is the only news"', ['Long read', 'Media']],
      ['https://blog.example.org/posts/untitled', []],
    ]);
    expect(parsed.ok && parsed.items.every((item) => !item.content && item.highlights.length === 0)).toBe(true);
  });

  it('refuses a cut-short file, another JSON, and a file of unusable rows', () => {
    expect(readOmnivoreJson(json.slice(0, json.length / 2), ctx)).toEqual({ ok: false, reason: 'malformed' });
    const wallabag = '[{"is_archived":0,"url":"https://a.example/"}]';
    expect(looksLikeOmnivoreJson(JSON.parse(wallabag))).toBe(false);
    expect(readOmnivoreJson(wallabag, ctx)).toEqual({ ok: false, reason: 'unknown-format' });
    expect(readOmnivoreJson('{"slug":"a"}', ctx)).toEqual({ ok: false, reason: 'unknown-format' });
    const noUrl = '[{"slug":"a","url":null,"savedAt":"2024-01-01T00:00:00.000Z"}]';
    expect(readOmnivoreJson(noUrl, ctx)).toEqual({ ok: false, reason: 'no-items' });
  });
});

describe('highlightsOf', () => {
  it('leaves out a note on the whole page, which has no quote', () => {
    expect(highlightsOf('A note on the page.\n\n> The quote\n\nIts note')).toEqual([
      { text: 'The quote', note: 'Its note' },
    ]);
  });
});
