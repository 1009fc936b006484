// The fetch queue at work, against a fake network and a fake clock, with the real pipeline and
// a real (fake-indexeddb) library: links get their text, failures keep their reason, a busy
// site is asked again later, no site sees more than two requests at once.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { getArticleByUrl, importItems, openLedeDb, type LedeDb } from '../../../lib/db/write';
import { readExportedArticle, readFetchedPage } from '../../../lib/fetch/read-html';
import { runQueue, type QueueHost } from '../../../lib/fetch/run-queue';
import { FETCH_LIMITS } from '../../../lib/fetch/policy';
import { isGranted } from '../../../lib/fetch/origins';
import { queueCounts } from '../../../lib/db/read/queue';
import type { ImportedItem } from '../../../lib/import';
import { createSanitizer } from '../../../lib/extract/sanitize';
import { searchArticles } from '../../../lib/search';
import { PROSE } from '../helpers';

const NOW = Date.UTC(2025, 0, 1);
const window = new JSDOM('').window as unknown as Window;
const parseHtml = (html: string) => new JSDOM(html).window.document;
const reading = { parseHtml, sanitize: createSanitizer(window) };

const articleHtml = (title: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>${title}</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const link = (url: string, extra: Partial<ImportedItem> = {}): ImportedItem => ({
  url,
  title: url,
  tags: [],
  state: 'unread',
  starred: false,
  savedAt: '2024-05-01T00:00:00.000Z',
  highlights: [],
  ...extra,
});

/** A fake site: each address answers as `routes` says; counts requests at once per host. */
function fakeNetwork(routes: Record<string, () => Response | Promise<Response>>) {
  const seen: { url: string; init: RequestInit }[] = [];
  let open = 0;
  const peak = new Map<string, number>();
  const openPerHost = new Map<string, number>();
  const fetch = async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    const host = new URL(url).host;
    openPerHost.set(host, (openPerHost.get(host) ?? 0) + 1);
    peak.set(host, Math.max(peak.get(host) ?? 0, openPerHost.get(host)!));
    open += 1;
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const route = routes[url];
      if (!route) return new Response('not found', { status: 404 });
      return await route();
    } finally {
      open -= 1;
      openPerHost.set(host, openPerHost.get(host)! - 1);
    }
  };
  return { fetch, seen, peak, open: () => open };
}

function hostFor(db: LedeDb, network: ReturnType<typeof fakeNetwork>, clock = { now: NOW }): QueueHost {
  return {
    db,
    fetch: (url, init) => network.fetch(url, init) as Promise<Response>,
    readPage: (html, url) => readFetchedPage(html, url, reading),
    readExported: (row, title) =>
      readExportedArticle(row.content.html, row.url, { title, byline: row.content.byline ?? null }, reading),
    now: () => clock.now,
    sleep: async (ms) => void (clock.now += ms),
  };
}

const html = (body: string) => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
const freshDb = () => openLedeDb({ name: 'queue', indexedDB: new IDBFactory(), IDBKeyRange });

describe('runQueue', () => {
  it('gives each link its text, searchable, and keeps the marks the export gave it', async () => {
    const db = await freshDb();
    await importItems(db, [link('https://bao.example/a', { title: 'Bài A', tags: ['xã hội'], starred: true })], {
      now: NOW,
    });
    const network = fakeNetwork({
      'https://bao.example/a': () => html(articleHtml('Hội nghị thi đua vì người nghèo')),
    });
    expect(await runQueue(hostFor(db, network))).toEqual({ read: 1, failed: 0, nextDue: null });
    const article = await getArticleByUrl(db, 'https://bao.example/a');
    expect(article?.text).toContain(PROSE[0]!.slice(0, 40));
    expect(article).toMatchObject({ tags: ['xã hội'], starred: true, savedAt: Date.UTC(2024, 4, 1) });
    // read: counted as done (the library's "1 of 1"), the export's HTML gone, nothing waits
    expect(await db.fetchQueue.toArray()).toEqual([expect.objectContaining({ state: 'done', attempts: 1 })]);
    expect(await queueCounts(db)).toEqual({ waiting: 0, failed: 0, done: 1 });
    const words = PROSE[2]!.split(' ').slice(0, 4).join(' ');
    expect(await searchArticles(db, words)).toContainEqual(expect.objectContaining({ id: article!.id }));
    // nothing but the article's address, without the reader's cookies
    expect(network.seen).toEqual([
      { url: 'https://bao.example/a', init: expect.objectContaining({ credentials: 'omit' }) },
    ]);
  });

  it('reads the article an export carried without any request', async () => {
    const db = await freshDb();
    const content = { html: PROSE.map((p) => `<p>${p}</p>`).join(''), byline: 'Minh Anh' };
    await importItems(db, [link('https://bao.example/kept', { title: 'Bài đã có', content })], { now: NOW });
    const network = fakeNetwork({});
    expect(await runQueue(hostFor(db, network))).toMatchObject({ read: 1, failed: 0 });
    expect(network.seen).toEqual([]);
    expect(await getArticleByUrl(db, 'https://bao.example/kept')).toMatchObject({
      title: 'Bài đã có',
      byline: 'Minh Anh',
      text: expect.stringContaining(PROSE[1]!.slice(0, 30)),
    });
  });

  it('lists a gone page and a page that is no article as failed, with their reasons', async () => {
    const db = await freshDb();
    await importItems(db, [link('https://bao.example/gone'), link('https://bao.example/home')], { now: NOW });
    const network = fakeNetwork({
      'https://bao.example/home': () => html('<html><body><a href="/1">Tin 1</a> <a href="/2">Tin 2</a></body></html>'),
    });
    expect(await runQueue(hostFor(db, network))).toMatchObject({ read: 0, failed: 2, nextDue: null });
    const failed = await db.fetchQueue.toArray();
    expect(failed.map(({ url, state, reason }) => ({ url, state, reason }))).toEqual([
      { url: 'https://bao.example/gone', state: 'failed', reason: 'not-found' },
      { url: 'https://bao.example/home', state: 'failed', reason: 'not-article' },
    ]);
    expect((await getArticleByUrl(db, 'https://bao.example/gone'))?.title).toBe('https://bao.example/gone'); // still listed
  });

  it('asks a busy site again once its Retry-After has passed, and then reads the page', async () => {
    const db = await freshDb();
    await importItems(db, [link('https://busy.example/a')], { now: NOW });
    let calls = 0;
    const network = fakeNetwork({
      'https://busy.example/a': () =>
        ++calls === 1
          ? new Response('slow down', { status: 429, headers: { 'retry-after': '600' } })
          : html(articleHtml('Trả lời sau')),
    });
    const clock = { now: NOW };
    const first = await runQueue(hostFor(db, network, clock));
    expect(first).toEqual({ read: 0, failed: 0, nextDue: NOW + 600_000 }); // left for a later run (an alarm)
    expect(await db.fetchQueue.get((await getArticleByUrl(db, 'https://busy.example/a'))!.id)).toMatchObject({
      state: 'waiting',
      attempts: 1,
      reason: 'server-error',
    });
    const second = await runQueue(hostFor(db, network, clock), { maxIdleMs: 60 * 60_000 });
    expect(second).toEqual({ read: 1, failed: 0, nextDue: null });
    expect(clock.now).toBe(NOW + 600_000); // it waited exactly as long as asked
  });

  it('never has more than two requests at once to one site, nor six in all', async () => {
    const db = await freshDb();
    const urls = [
      ...Array.from({ length: 8 }, (_, i) => `https://one.example/${i}`),
      ...Array.from({ length: 8 }, (_, i) => `https://site${i}.example/a`),
    ];
    await importItems(
      db,
      urls.map((url) => link(url)),
      { now: NOW },
    );
    let peakOverall = 0;
    const network = fakeNetwork(
      Object.fromEntries(
        urls.map((url) => [
          url,
          () => {
            peakOverall = Math.max(peakOverall, network.open());
            return html(articleHtml(`Tin ${url}`));
          },
        ]),
      ),
    );
    expect(await runQueue(hostFor(db, network))).toMatchObject({ read: 16, failed: 0 });
    expect(network.peak.get('one.example')).toBe(FETCH_LIMITS.perHost);
    expect(peakOverall).toBeLessThanOrEqual(FETCH_LIMITS.overall);
    expect(peakOverall).toBeGreaterThan(FETCH_LIMITS.perHost); // sites were fetched side by side
  });

  it('stops starting new fetches when paused, and picks up where it stopped', async () => {
    const db = await freshDb();
    await importItems(db, [link('https://bao.example/p1'), link('https://bao.example/p2')], { now: NOW });
    const network = fakeNetwork({
      'https://bao.example/p1': () => html(articleHtml('Bài một')),
      'https://bao.example/p2': () => html(articleHtml('Bài hai')),
    });
    expect(await runQueue(hostFor(db, network), { paused: () => true })).toMatchObject({ read: 0 });
    expect(network.seen).toEqual([]);
    expect(await runQueue(hostFor(db, network))).toMatchObject({ read: 2 });
  });

  it('does not bring back an article the reader deleted while it was being fetched', async () => {
    const db = await freshDb();
    await importItems(db, [link('https://bao.example/deleted')], { now: NOW });
    const id = (await getArticleByUrl(db, 'https://bao.example/deleted'))!.id;
    const { deleteArticle } = await import('../../../lib/db/write');
    const network = fakeNetwork({
      'https://bao.example/deleted': async () => {
        await deleteArticle(db, id);
        return html(articleHtml('Đã xoá'));
      },
    });
    await runQueue(hostFor(db, network));
    expect(await getArticleByUrl(db, 'https://bao.example/deleted')).toBeUndefined();
  });
});

describe('runQueue without the permission to fetch', () => {
  it('reads what exports carried, fetches nothing ungranted, and leaves those links waiting', async () => {
    const db = await freshDb();
    const content = { html: PROSE.map((p) => `<p>${p}</p>`).join('') };
    await importItems(
      db,
      [
        ...Array.from({ length: 70 }, (_, i) => link(`https://closed.example/${i}`)),
        link('https://kept.example/a', { title: 'Có sẵn', content }),
        link('http://127.0.0.1:8080/granted'),
      ],
      { now: NOW },
    );
    const network = fakeNetwork({ 'http://127.0.0.1:8080/granted': () => html(articleHtml('Được phép')) });
    const result = await runQueue(hostFor(db, network), {
      mayFetch: (url) => isGranted(url, ['http://127.0.0.1/*']),
    });
    expect(result).toEqual({ read: 2, failed: 0, nextDue: null });
    expect(network.seen.map((request) => request.url)).toEqual(['http://127.0.0.1:8080/granted']);
    expect(await db.fetchQueue.where('[state+due]').between(['waiting', 0], ['waiting', Infinity]).count()).toBe(70);
  });
});

describe('isGranted', () => {
  it.each([
    ['https://bao.example/a', ['https://*/*'], true],
    ['http://bao.example/a', ['https://*/*'], false],
    ['http://127.0.0.1:5173/x', ['http://127.0.0.1/*'], true],
    ['https://tin.bao.example/a', ['*://*.bao.example/*'], true],
    ['https://other.example/a', ['*://*.bao.example/*'], false],
    ['ftp://bao.example/a', ['<all_urls>'], false],
  ])('%s under %j: %s', (url, patterns, expected) => expect(isGranted(url, patterns)).toBe(expected));
});

describe('"Save link to Lede"', () => {
  it('queues the link, and the queue gives it its text', async () => {
    const { saveLink } = await import('../../../lib/browser/save-from-browser');
    const db = await freshDb();
    await saveLink(db, { url: 'https://bao.example/link?utm_source=x', text: 'Một liên kết' });
    expect(await db.fetchQueue.toArray()).toEqual([
      expect.objectContaining({ url: 'https://bao.example/link', state: 'waiting', attempts: 0 }),
    ]);
    const network = fakeNetwork({ 'https://bao.example/link': () => html(articleHtml('Bài của liên kết')) });
    // queued at the real time of the save: the queue's clock is now
    expect(await runQueue(hostFor(db, network, { now: Date.now() + 1 }))).toMatchObject({ read: 1 });
    expect((await getArticleByUrl(db, 'https://bao.example/link'))?.text).toContain(PROSE[0]!.slice(0, 30));
  });
});

describe('the count of links read', () => {
  it('starts again when new links are queued after the last ones were all read; failed ones stay', async () => {
    const db = await freshDb();
    await importItems(db, [link('https://bao.example/r1'), link('https://bao.example/gone')], { now: NOW });
    const network = fakeNetwork({ 'https://bao.example/r1': () => html(articleHtml('Vòng một')) });
    await runQueue(hostFor(db, network));
    expect(await queueCounts(db)).toEqual({ waiting: 0, failed: 1, done: 1 });
    await importItems(db, [link('https://bao.example/r2')], { now: NOW });
    expect(await queueCounts(db)).toEqual({ waiting: 1, failed: 1, done: 0 });
  });
});
