// The reader picks a file; Lede tells from its contents which service wrote it (never from its
// name) and reads it with that service's parser. Anything else is refused, and says why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, parseImport, type ImportContext } from '../../../lib/import';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bareArticle, exportLibrary, openLedeDb, saveArticle } from '../../../lib/db/write';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
const ctx: ImportContext = {
  now: '2025-01-01T00:00:00.000Z',
  parseHtml: (html) => new JSDOM(html).window.document,
};
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));
/** A fixture directory zipped as the service ships it (under `folder` when given). */
function zipOf(dir: string, folder = ''): Uint8Array {
  const files: Zippable = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[folder + relative(join(FIXTURES, dir), full)] = new Uint8Array(readFileSync(full));
    }
  };
  walk(join(FIXTURES, dir));
  return zipSync(files);
}

describe('parseImport', () => {
  it.each([
    ['pocket/part_000000.csv', 'pocket-csv'],
    ['pocket/ril_export.html', 'pocket-html'],
    ['instapaper/instapaper-export.csv', 'instapaper-csv'],
    ['instapaper/instapaper-old.csv', 'instapaper-csv'],
    ['readwise/reader-export.csv', 'readwise-csv'],
    ['readwise/reader-crlf.csv', 'readwise-csv'],
    ['wallabag/export.json', 'wallabag-json'],
    ['omnivore/metadata_0_to_20.json', 'omnivore'],
    ['bookmarks/chrome.html', 'bookmarks-html'],
    ['bookmarks/firefox.html', 'bookmarks-html'],
  ])('reads %s as %s, whatever the file is called', (path, format) => {
    const parsed = parseImport({ name: 'export.txt', bytes: bytesOf(path) }, ctx);
    expect(parsed.ok && parsed.format).toBe(format);
    expect(parsed.ok && parsed.items.length).toBeGreaterThan(0);
  });

  it("reads Pocket's zip: every CSV part in order, with the annotations' highlights", () => {
    const parsed = parseImport({ name: 'pocket.zip', bytes: zipOf('pocket') }, ctx);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.format).toBe('pocket-csv');
    const singleParts = ['pocket/part_000000.csv', 'pocket/part_000001.csv'].flatMap((path) => {
      const part = parseImport({ name: path, bytes: bytesOf(path) }, ctx);
      return part.ok ? part.items.map((item) => item.url) : [];
    });
    expect(parsed.items.map((item) => item.url)).toEqual(singleParts);
    expect(parsed.items.some((item) => item.highlights.length > 0)).toBe(true);
  });

  it("reads Omnivore's zip with each article's HTML, also re-zipped inside a folder", () => {
    for (const bytes of [zipOf('omnivore'), zipOf('omnivore', 'Omnivore export/')]) {
      const parsed = parseImport({ name: 'omnivore.zip', bytes }, ctx);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.format).toBe('omnivore');
      expect(parsed.items.some((item) => item.content?.html.includes('<'))).toBe(true);
    }
  });

  it('reads a zip the reader made around one export file', () => {
    const bytes = zipSync({ 'my export.csv': bytesOf('instapaper/instapaper-export.csv') });
    const parsed = parseImport({ name: 'x.zip', bytes }, ctx);
    expect(parsed.ok && parsed.format).toBe('instapaper-csv');
  });

  it("reads Lede's own library file, as Lede exports it, as items with their HTML", async () => {
    const db = await openLedeDb({ name: 'parse-import', indexedDB: new IDBFactory(), IDBKeyRange });
    const saved = await saveArticle(
      db,
      bareArticle({ url: 'https://news.example/a', title: 'Giảm nghèo', text: 'Một.' }),
    );
    if (!saved.ok) throw new Error('not saved');
    const file = await exportLibrary(db);
    db.close();
    const parsed = parseImport({ name: 'lede.json', bytes: strToU8(JSON.stringify(file)) }, ctx);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.format).toBe('lede-library');
    expect(parsed.items).toEqual([
      expect.objectContaining({
        url: 'https://news.example/a',
        title: 'Giảm nghèo',
        state: 'unread',
        savedAt: new Date(file.articles[0]!.savedAt).toISOString(),
        content: expect.objectContaining({ html: '<p>Một.</p>' }),
      }),
    ]);
  });

  it.each([
    ['a news page', readFileSync(join(FIXTURES, '../seed-article.html'), 'utf8'), 'unknown-format'],
    ['a spreadsheet of something else', 'Name,Price\nRice,12\n', 'unknown-format'],
    ['JSON of something else', '{"name":"x"}', 'unknown-format'],
    ['JSON cut short', '[{"url":"https://a.example","is_archived":0', 'malformed'],
    ['a Pocket CSV cut inside a quote', 'title,url,time_added,tags,status\n"Cut short,https://a.example', 'malformed'],
    ['a Pocket CSV with no links', 'title,url,time_added,tags,status\n', 'no-items'],
    ['a photo', '\u00ff\u00d8\u00ff\u00e0 JFIF', 'unknown-format'],
  ])('refuses %s with a reason', (_, text, reason) => {
    expect(parseImport({ name: 'export.csv', bytes: strToU8(text) }, ctx)).toMatchObject({ ok: false, reason });
  });

  it('refuses a zip of nothing it knows, and a broken zip', () => {
    const other = zipSync({ 'a.txt': strToU8('hello'), 'b.txt': strToU8('world') });
    expect(parseImport({ name: 'a.zip', bytes: other }, ctx)).toMatchObject({ ok: false, reason: 'unknown-format' });
    const broken = zipOf('pocket').slice(0, 200);
    expect(parseImport({ name: 'a.zip', bytes: broken }, ctx)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = new Uint8Array(IMPORT_LIMITS.fileBytes + 1);
    expect(parseImport({ name: 'big.csv', bytes: huge }, ctx)).toEqual({ ok: false, reason: 'too-large' });
  });
});
