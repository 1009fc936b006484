// An export from another service lands in the library: every item listed and found by its
// title at once, marks kept, nothing doubled when the same file (or a second service) is
// imported again, Lede's own copy of an article never replaced by an empty link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  bareArticle,
  deleteArticle,
  getArticleByUrl,
  importItems,
  listArticles,
  openLedeDb,
  restoreArticle,
  saveArticle,
} from '../../../lib/db/write';
import { parseImport, type ImportContext, type ImportedItem } from '../../../lib/import';
import { searchArticles } from '../../../lib/search';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
const NOW = Date.UTC(2025, 0, 1);
const ctx: ImportContext = { now: new Date(NOW).toISOString(), parseHtml: (html) => new JSDOM(html).window.document };
const freshDb = () => openLedeDb({ name: 'import-items', indexedDB: new IDBFactory(), IDBKeyRange });

function itemsOf(path: string): ImportedItem[] {
  const parsed = parseImport({ name: path, bytes: new Uint8Array(readFileSync(join(FIXTURES, path))) }, ctx);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.items;
}

const item = (fields: Partial<ImportedItem> & { url: string }): ImportedItem => ({
  title: fields.url,
  tags: [],
  state: 'unread',
  starred: false,
  savedAt: '2024-05-01T00:00:00.000Z',
  highlights: [],
  ...fields,
});

describe('importItems', () => {
  it("lists every item of a Pocket export with its tags, read state and save date, found by its title's words", async () => {
    const db = await freshDb();
    const items = itemsOf('pocket/part_000000.csv');
    const result = await importItems(db, items, { now: NOW });
    expect(result).toMatchObject({ ok: true, added: items.length, merged: 0, skipped: 0, queued: items.length });
    expect(await listArticles(db, { limit: 100 })).toHaveLength(items.length);
    const first = items[0]!;
    const saved = await getArticleByUrl(db, first.url);
    expect(saved).toMatchObject({
      title: first.title,
      tags: first.tags,
      savedAt: Date.parse(first.savedAt),
      readAt: null,
      text: '', // a link, its text still to be read
    });
    const archived = items.find((candidate) => candidate.state === 'archived')!;
    expect((await getArticleByUrl(db, archived.url))?.readAt).toBe(NOW);
    expect(await searchArticles(db, 'giam ngheo tay bac')).toContainEqual(
      expect.objectContaining({ title: first.title }),
    );
    expect(await db.fetchQueue.count()).toBe(items.length);
  });

  it('imports the same file twice without doubling articles, highlights or queue places', async () => {
    const db = await freshDb();
    const items = itemsOf('wallabag/export.json');
    await importItems(db, items, { now: NOW });
    const counts = async () => [await db.articles.count(), await db.highlights.count(), await db.fetchQueue.count()];
    const once = await counts();
    expect(once[1]).toBeGreaterThan(0);
    expect(await importItems(db, items, { now: NOW })).toMatchObject({ ok: true, added: 0, merged: items.length });
    expect(await counts()).toEqual(once);
  });

  it("keeps the export's article HTML in the queue, to be read without a fetch", async () => {
    const db = await freshDb();
    const items = itemsOf('wallabag/export.json');
    await importItems(db, items, { now: NOW });
    const article = await getArticleByUrl(db, items[0]!.url);
    const queued = await db.fetchQueue.get(article!.id);
    expect(queued).toMatchObject({ state: 'waiting', attempts: 0, content: { html: items[0]!.content!.html } });
    expect(article).toMatchObject({ starred: true, byline: items[0]!.content!.byline ?? null });
  });

  it("adds an export's marks to an article Lede has read, and keeps Lede's copy of it", async () => {
    const db = await freshDb();
    const saved = await saveArticle(
      db,
      bareArticle({ url: 'https://news.example/a', title: 'Lede đã đọc', text: 'Toàn văn bài báo.' }),
    );
    if (!saved.ok) throw new Error(saved.reason);
    const result = await importItems(
      db,
      [
        item({
          url: 'https://news.example/a?utm_source=pocket',
          title: 'Tên khác',
          tags: ['kinh tế'],
          starred: true,
          state: 'archived',
          highlights: [{ text: 'Toàn văn', createdAt: '2024-05-02T00:00:00.000Z' }],
        }),
      ],
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true, added: 0, merged: 1, queued: 0 });
    const article = await getArticleByUrl(db, 'https://news.example/a');
    expect(article).toMatchObject({
      title: 'Lede đã đọc',
      text: 'Toàn văn bài báo.',
      tags: ['kinh tế'],
      starred: true,
      readAt: NOW,
      savedAt: Date.UTC(2024, 4, 1), // the earlier of the two saves
    });
    expect(article?.html).toContain('Toàn văn bài báo.');
    expect(await db.fetchQueue.count()).toBe(0);
    expect(await db.highlights.where('articleId').equals(article!.id).toArray()).toEqual([
      expect.objectContaining({ text: 'Toàn văn', createdAt: Date.UTC(2024, 4, 2) }),
    ]);
  });

  it('merges the copies of one link within a file, and skips items without a web address', async () => {
    const db = await freshDb();
    const result = await importItems(
      db,
      [
        item({ url: 'https://news.example/b#top', tags: ['a'] }),
        item({ url: 'ftp://files.example/b' }),
        item({ url: 'https://news.example/b', tags: ['b'], savedAt: '2023-01-01T00:00:00.000Z' }),
      ],
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true, added: 1, merged: 1, skipped: 1 });
    expect(await getArticleByUrl(db, 'https://news.example/b')).toMatchObject({
      tags: ['a', 'b'],
      savedAt: Date.UTC(2023, 0, 1),
    });
  });

  it('takes highlights and the queue place along when an article is deleted, and brings the highlights back on undo', async () => {
    const db = await freshDb();
    await importItems(
      db,
      [item({ url: 'https://news.example/c', highlights: [{ text: 'Một câu.', note: 'Ghi chú' }] })],
      {
        now: NOW,
      },
    );
    const id = (await getArticleByUrl(db, 'https://news.example/c'))!.id;
    const deleted = await deleteArticle(db, id);
    expect([await db.highlights.count(), await db.fetchQueue.count()]).toEqual([0, 0]);
    await restoreArticle(db, deleted!);
    expect(await db.highlights.toArray()).toEqual([
      expect.objectContaining({ articleId: id, text: 'Một câu.', note: 'Ghi chú' }),
    ]);
  });

  it('reports progress batch by batch on a large export', async () => {
    const db = await freshDb();
    const items = Array.from({ length: 600 }, (_, n) =>
      item({ url: `https://news.example/bulk-${n}`, title: `Tin ${n}` }),
    );
    const progress: number[] = [];
    await importItems(db, items, { now: NOW, onProgress: ({ done }) => progress.push(done) });
    expect(progress).toEqual([250, 500, 600]);
    expect(await db.articles.count()).toBe(600);
  });
});
