import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  getArticle,
  getArticleByUrl,
  getListedArticles,
  listArticles,
  markRead,
  normalizeUrl,
  openLedeDb,
  restoreArticle,
  saveArticle,
  setTags,
  type LedeDb,
  type SaveInput,
} from '../../../lib/db/write';

function article(overrides: Partial<SaveInput> = {}): SaveInput {
  return {
    url: 'https://news.example/a',
    title: 'Giá gạo tăng',
    byline: 'Lan Anh',
    siteName: 'News Example',
    lang: 'vi',
    dir: 'ltr',
    publishedTime: '2024-05-01T08:00:00Z',
    excerpt: 'Giá gạo xuất khẩu tăng.',
    text: 'Giá gạo xuất khẩu tăng mạnh.\n\nNông dân vui mừng.',
    html: '<p>Giá gạo xuất khẩu tăng mạnh.</p><p>Nông dân vui mừng.</p>',
    wordCount: 9,
    readingMinutes: 1,
    leadImage: 'https://news.example/rice.jpg',
    summary: ['Giá gạo xuất khẩu tăng mạnh.'],
    ...overrides,
  };
}

let db: LedeDb;
beforeEach(async () => {
  db = await openLedeDb({ name: 'articles-test', indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('saving', () => {
  it('keeps everything needed to read the article offline', async () => {
    const saved = await saveArticle(db, article());
    if (!saved.ok) throw new Error(saved.reason);
    const stored = await getArticle(db, saved.id);
    expect(stored).toMatchObject({
      url: 'https://news.example/a',
      title: 'Giá gạo tăng',
      html: '<p>Giá gạo xuất khẩu tăng mạnh.</p><p>Nông dân vui mừng.</p>',
      text: 'Giá gạo xuất khẩu tăng mạnh.\n\nNông dân vui mừng.',
      summary: ['Giá gạo xuất khẩu tăng mạnh.'],
      byline: 'Lan Anh',
      lang: 'vi',
      leadImage: 'https://news.example/rice.jpg',
      tags: [],
      readAt: null,
    });
    expect(stored!.savedAt).toBeGreaterThan(0);
  });

  it('updates one record when the same article is saved twice, from tracking and anchor links', async () => {
    const first = await saveArticle(
      db,
      article({ url: 'https://news.example/a?utm_source=mail&utm_medium=x#comments' }),
    );
    const second = await saveArticle(
      db,
      article({ url: 'https://news.example/a?fbclid=123&gclid=9', text: 'Bản cập nhật.' }),
    );
    expect(first).toMatchObject({ ok: true, created: true });
    expect(second).toMatchObject({ ok: true, created: false, id: first.ok ? first.id : -1 });
    const all = await listArticles(db);
    expect(all).toHaveLength(1);
    expect(all[0]!.text).toBe('Bản cập nhật.');
  });

  it('prefers the canonical link: two page addresses of one story are one article', async () => {
    await saveArticle(db, article({ url: 'https://m.news.example/a', canonicalUrl: 'https://news.example/story' }));
    await saveArticle(
      db,
      article({ url: 'https://amp.news.example/a', canonicalUrl: 'https://news.example/story#top' }),
    );
    expect(await listArticles(db)).toHaveLength(1);
    expect((await getArticleByUrl(db, 'https://m.news.example/a'))?.canonicalUrl).toBe('https://news.example/story');
    expect(await getArticleByUrl(db, 'https://news.example/story?utm_campaign=x')).toBeDefined();
  });

  it('keeps two stories apart when they share a page address but not a canonical link', async () => {
    await saveArticle(db, article({ url: 'https://news.example/live', canonicalUrl: 'https://news.example/story-1' }));
    await saveArticle(db, article({ url: 'https://news.example/live', canonicalUrl: 'https://news.example/story-2' }));
    expect(await listArticles(db)).toHaveLength(2);
  });

  it('keeps the read mark, tags and first save time when saved again', async () => {
    const first = await saveArticle(db, article());
    if (!first.ok) throw new Error(first.reason);
    await markRead(db, first.id, true);
    await setTags(db, first.id, ['kinh tế']);
    const before = await getArticle(db, first.id);
    await saveArticle(db, article({ text: 'Nội dung mới.' }));
    expect(await getArticle(db, first.id)).toMatchObject({
      readAt: before!.readAt,
      tags: ['kinh tế'],
      savedAt: before!.savedAt,
      text: 'Nội dung mới.',
    });
  });

  it('rejects an address that is not a web URL', async () => {
    await expect(saveArticle(db, article({ url: 'not a url' }))).rejects.toThrow(TypeError);
    await expect(saveArticle(db, article({ url: 'javascript:alert(1)' }))).rejects.toThrow(TypeError);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://news.example/a?utm_source=x&id=7&fbclid=y#top', 'https://news.example/a?id=7'],
    ['https://NEWS.example:443/a?gclid=1', 'https://news.example/a'],
    ['https://news.example/a?q=a%20b&UTM_Campaign=z', 'https://news.example/a?q=a%20b'],
  ])('%s → %s', (input, expected) => expect(normalizeUrl(input)).toBe(expected));
});

describe('the library', () => {
  it('lists newest first, and unread or read ones alone', async () => {
    const ids: number[] = [];
    for (const name of ['one', 'two', 'three']) {
      const saved = await saveArticle(db, article({ url: `https://news.example/${name}`, title: name }));
      if (saved.ok) ids.push(saved.id);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await markRead(db, ids[1]!, true);
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['three', 'two', 'one']);
    expect((await listArticles(db, { filter: 'unread' })).map((a) => a.title)).toEqual(['three', 'one']);
    expect((await listArticles(db, { filter: 'read' })).map((a) => a.title)).toEqual(['two']);
    expect((await listArticles(db, { limit: 1, offset: 1 })).map((a) => a.title)).toEqual(['two']);
    await markRead(db, ids[1]!, false);
    expect(await listArticles(db, { filter: 'read' })).toEqual([]);
  });

  it('gives search hits as the list shows them, in the order asked, without their HTML', async () => {
    const first = await saveArticle(db, article({ url: 'https://news.example/first', title: 'first' }));
    const second = await saveArticle(db, article({ url: 'https://news.example/second', title: 'second' }));
    if (!first.ok || !second.ok) throw new Error('not saved');
    const listed = await getListedArticles(db, [second.id, 404, first.id]);
    expect(listed.map((a) => a?.title)).toEqual(['second', undefined, 'first']);
    expect(listed[0]).toEqual((await listArticles(db)).find((a) => a.id === second.id));
    expect(listed[0]).not.toHaveProperty('html');
  });

  it('says "not found" as a value and misuse as an error', async () => {
    expect(await getArticle(db, 404)).toBeUndefined();
    expect(await getArticleByUrl(db, 'https://news.example/never')).toBeUndefined();
    expect(await markRead(db, 404, true)).toEqual({ ok: true, found: false });
    expect(await setTags(db, 404, ['x'])).toEqual({ ok: true, found: false });
    expect(await deleteArticle(db, 404)).toBeUndefined();
    await expect(listArticles(db, { limit: -1 })).rejects.toThrow(RangeError);
  });

  it('cleans tags: trimmed, no empty or repeated ones', async () => {
    const saved = await saveArticle(db, article());
    if (!saved.ok) throw new Error(saved.reason);
    await setTags(db, saved.id, ['  Kinh  tế ', 'kinh tế', '', 'Gạo']);
    expect((await getArticle(db, saved.id))!.tags).toEqual(['Kinh tế', 'Gạo']);
  });

  it('deletes with undo: the restored article is the same, under the same id', async () => {
    const saved = await saveArticle(db, article());
    if (!saved.ok) throw new Error(saved.reason);
    await setTags(db, saved.id, ['gạo']);
    const before = await getArticle(db, saved.id);
    const snapshot = await deleteArticle(db, saved.id);
    expect(await getArticle(db, saved.id)).toBeUndefined();
    expect(await restoreArticle(db, snapshot!)).toEqual({ ok: true, id: saved.id, created: true });
    expect(await getArticle(db, saved.id)).toEqual(before);
  });
});
