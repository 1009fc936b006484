import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  exportLibrary,
  getArticleByUrl,
  importLibrary,
  listArticles,
  markRead,
  openLedeDb,
  saveArticle,
  setTags,
  type ImportProblem,
  type ImportProgress,
  type LibraryExport,
  type SaveInput,
} from '../../../lib/db/write';
import { searchArticles } from '../../../lib/search';

const article = (n: number, overrides: Partial<SaveInput> = {}): SaveInput => ({
  url: `https://news.example/story-${n}`,
  title: `Tin số ${n}: Đà Nẵng đón khách`,
  byline: n % 2 ? 'Minh Anh' : null,
  siteName: 'News Example',
  lang: 'vi',
  dir: 'ltr',
  publishedTime: n % 2 ? '2024-06-01T00:00:00Z' : null,
  excerpt: null,
  text: `Đà Nẵng đón ${n} nghìn du khách.\n\nKhách sạn kín phòng.`,
  html: `<p>Đà Nẵng đón ${n} nghìn du khách.</p><p>Khách sạn kín phòng.</p>`,
  wordCount: 10,
  readingMinutes: 1,
  leadImage: n % 3 ? null : `https://news.example/${n}.jpg`,
  summary: [`Đà Nẵng đón ${n} nghìn du khách.`],
  ...overrides,
});

async function freshDb(name = 'library') {
  return openLedeDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });
}

async function filledDb(count: number) {
  const db = await freshDb();
  for (let n = 1; n <= count; n++) {
    const saved = await saveArticle(
      db,
      article(n, n === 2 ? { canonicalUrl: 'https://news.example/canonical-2' } : {}),
    );
    if (!saved.ok) throw new Error(saved.reason);
    if (n % 2 === 0) await markRead(db, saved.id, true);
    if (n % 3 === 0) await setTags(db, saved.id, ['du lịch', `nhóm ${n}`]);
  }
  return db;
}

const withoutTime = ({ exportedAt: _, ...rest }: LibraryExport) => rest;

describe('export and import', () => {
  it('round-trips the whole library through a JSON file without losing anything', async () => {
    const source = await filledDb(5);
    const file = JSON.stringify(await exportLibrary(source));
    const target = await freshDb('target');
    expect(await importLibrary(target, file)).toEqual({ ok: true, added: 5, updated: 0 });
    expect(withoutTime(await exportLibrary(target))).toEqual(withoutTime(JSON.parse(file)));
    expect((await searchArticles(target, 'tin so 4'))[0]?.title).toBe('Tin số 4: Đà Nẵng đón khách');
  });

  it('merges by address: an article already saved is updated, not doubled', async () => {
    const source = await filledDb(3);
    const target = await freshDb('target');
    const saved = await saveArticle(target, article(1, { url: 'https://news.example/story-1?utm_source=rss' }));
    if (!saved.ok) throw new Error(saved.reason);
    await setTags(target, saved.id, ['đã đọc sau']);
    expect(await importLibrary(target, await exportLibrary(source))).toEqual({ ok: true, added: 2, updated: 1 });
    expect(await listArticles(target)).toHaveLength(3);
    expect((await getArticleByUrl(target, 'https://news.example/story-1'))?.tags).toEqual(['đã đọc sau']);
  });

  it('imports a file written before Lede kept stars, every article unstarred; a star survives a round trip', async () => {
    const source = await freshDb('before-stars');
    await saveArticle(source, article(1));
    const file = await exportLibrary(source);
    file.articles = file.articles.map(({ starred: _starred, ...older }) => older as (typeof file.articles)[number]);
    expect(file.articles[0]).not.toHaveProperty('starred');
    const target = await freshDb('after-stars');
    expect(await importLibrary(target, JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true, added: 1 });
    expect(await getArticleByUrl(target, 'https://news.example/story-1')).toMatchObject({ starred: false });

    await target.articles.toCollection().modify({ starred: true });
    const again = await freshDb('stars-again');
    await importLibrary(again, await exportLibrary(target));
    expect(await getArticleByUrl(again, 'https://news.example/story-1')).toMatchObject({ starred: true });
  });

  it('reports progress on a large import', async () => {
    const source = await freshDb('source');
    const library = await exportLibrary(source);
    const template = {
      ...article(0),
      canonicalUrl: null,
      summary: ['x'],
      tags: [],
      savedAt: 1,
      readAt: null,
      starred: false,
    };
    library.articles = Array.from({ length: 250 }, (_, n) => ({ ...template, url: `https://news.example/bulk-${n}` }));
    const progress: ImportProgress[] = [];
    expect(
      await importLibrary(await freshDb('target'), library, { onProgress: (p) => progress.push(p) }),
    ).toMatchObject({ ok: true, added: 250 });
    expect(progress).toEqual([
      { done: 100, total: 250 },
      { done: 200, total: 250 },
      { done: 250, total: 250 },
    ]);
  });

  describe('rejects a bad file with a problem code (and where the problem is) and changes nothing', async () => {
    const valid = JSON.stringify(await exportLibrary(await filledDb(2)));
    const damagedArticle = JSON.parse(valid) as LibraryExport;
    delete (damagedArticle.articles[1] as Partial<LibraryExport['articles'][number]>).title;
    const cases: [string, unknown, ImportProblem][] = [
      ['cut short', valid.slice(0, valid.length - 30), { code: 'not-json' }],
      ['not JSON at all', '<html>Pocket export</html>', { code: 'not-json' }],
      ['from another program', { format: 'pocket', list: [] }, { code: 'not-lede-file' }],
      ['from a newer Lede', { ...JSON.parse(valid), version: 2 }, { code: 'newer-format', version: 2 }],
      [
        'missing its articles',
        { format: 'lede-library', version: 1, exportedAt: '2024-01-01' },
        { code: 'no-article-list' },
      ],
      [
        'with an entry that is not an article',
        { ...JSON.parse(valid), articles: [JSON.parse(valid).articles[0], 'x'] },
        { code: 'not-an-article', article: 2, total: 2 },
      ],
      ['with one damaged article', damagedArticle, { code: 'missing-field', article: 2, total: 2, field: 'title' }],
      [
        'with a wrong field type',
        { ...JSON.parse(valid), articles: [{ ...JSON.parse(valid).articles[0], savedAt: 'yesterday' }] },
        { code: 'bad-field', article: 1, total: 1, field: 'savedAt', expected: 'time' },
      ],
    ];
    it.each(cases)('%s', async (_name, data, problem) => {
      const db = await filledDb(1);
      const before = withoutTime(await exportLibrary(db));
      expect(await importLibrary(db, data)).toEqual({ ok: false, reason: 'invalid', problem });
      expect(withoutTime(await exportLibrary(db))).toEqual(before);
    });
  });
});
