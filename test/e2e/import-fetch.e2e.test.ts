// A reader leaving Pocket (issue 14), in real Chromium: the export's 200 links are imported in
// the library page, fetched in the background (the offscreen document), failures listed with
// their reason, the browser closed half-way and reopened on the same profile — the queue goes on
// where it stopped — and search finds words of the fetched articles.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSE } from '../unit/helpers';
import { chromiumOrSkipReason, launchWithExtension, type LedeBrowser } from './harness';

const chromium = chromiumOrSkipReason();
const LINKS = 200;
/** What each page does: most are articles, some are gone, busy at first, slow, or no article. */
const kindOf = (n: number) =>
  n % 50 === 7 ? 'gone' : n % 50 === 13 ? 'busy' : n % 50 === 21 ? 'home' : n % 10 === 4 ? 'slow' : 'article';
const GONE = Array.from({ length: LINKS }, (_, n) => n).filter((n) => kindOf(n) === 'gone');
const HOMES = Array.from({ length: LINKS }, (_, n) => n).filter((n) => kindOf(n) === 'home');
/** A word only article n has, to find it by. */
const wordOf = (n: number) => `mahieu${n}x`;

function articlePage(n: number): string {
  const body = PROSE.map((text, i) => `<p>${i === 2 ? `${text} Mã số ${wordOf(n)}.` : text}</p>`).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin số ${n} - Báo Thử</title></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>Tin số ${n}</h1>${body}</article><footer>Báo Thử</footer></body></html>`;
}

/** The site of the export's links, on 127.0.0.1 (the e2e build's one host permission). */
function startSite(): Promise<{ origin: string; requests: string[]; close: () => Promise<void>; delayMs: number }> {
  const requests: string[] = [];
  const busyAsked = new Set<number>();
  const site = { origin: '', requests, delayMs: 0, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const n = Number(/^\/tin\/(\d+)\.html$/.exec(req.url ?? '')?.[1] ?? NaN);
    const send = () => {
      if (Number.isNaN(n) || kindOf(n) === 'gone') return res.writeHead(404).end('not found');
      if (kindOf(n) === 'busy' && !busyAsked.has(n)) {
        busyAsked.add(n);
        return res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      }
      const html =
        kindOf(n) === 'home'
          ? `<!doctype html><html><body>${Array.from({ length: 30 }, (_, i) => `<a href="/tin/${i}.html">Tin ${i}</a>`).join(' ')}</body></html>`
          : articlePage(n);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    };
    setTimeout(send, site.delayMs + (kindOf(n) === 'slow' ? 1_500 : 0));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      site.close = () =>
        new Promise<undefined>((done) => {
          server.closeAllConnections();
          server.close(() => done(undefined));
        });
      resolve(site);
    }),
  );
}

/** Pocket's CSV part for the site's links (titles with a comma, so quoted). */
function pocketExport(origin: string): string {
  const rows = Array.from(
    { length: LINKS },
    (_, n) =>
      `"Tin số ${n}, đã lưu",${origin}/tin/${n}.html,${1_700_000_000 + n},c${n},${n % 3 ? '' : 'thời sự'},unread`,
  );
  return ['title,url,time_added,cursor,tags,status', ...rows].join('\n');
}

/** The fetch panel's counts, or null when it shows none. */
async function counts(library: Page): Promise<{ waiting: number; failed: number } | null> {
  const text = await library
    .locator('.library__fetch [role=status]')
    .textContent({ timeout: 1_000 })
    .catch(() => null);
  // "Saved links read: 12 of 200. Could not be read: 3."
  const numbers = text?.match(/\d+/g)?.map(Number);
  return numbers ? { waiting: numbers[1]! - numbers[0]! - numbers[2]!, failed: numbers[2]! } : null;
}

describe.skipIf('skip' in chromium)('importing a Pocket export and fetching its links in real Chromium', () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let lede: LedeBrowser;
  const profileDir = mkdtempSync(join(tmpdir(), 'lede-import-profile-'));
  const launch = () => launchWithExtension((chromium as { path: string }).path, { profileDir });

  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await lede?.close();
    await site?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('imports, fetches in the background across a browser restart, lists the failures, and finds the text', async () => {
    lede = await launch();
    const libraryUrl = `chrome-extension://${lede.extensionId}/library.html`;
    let library = await lede.context.newPage();
    // the page's errors, printed: an import that fails says why in the test's output
    library.on('console', (message) => {
      if (message.type() === 'error') console.log('library page:', message.text());
    });
    await library.goto(libraryUrl);
    const file = join(profileDir, '..', `part_000000-${Date.now()}.csv`);
    writeFileSync(file, pocketExport(site.origin));
    site.delayMs = 400; // slow enough to close the browser half-way
    await library.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => library.locator('.library__notice').textContent(), { timeout: 30_000 })
      .toBe(`Imported ${LINKS} new articles from Pocket; 0 were already in your library.`);
    rmSync(file); // not sooner: the page reads the file it was given after setInputFiles returns
    // every link is listed at once, found by its title before its text is read
    await library.getByRole('searchbox').fill('tin so 123 da luu');
    await expect
      .poll(() => library.locator('.item__title').first().textContent(), { timeout: 10_000 })
      .toBe('Tin số 123, đã lưu');

    // half-way: the browser is closed, then started again on the same profile
    await expect.poll(async () => (await counts(library))?.waiting ?? LINKS, { timeout: 60_000 }).toBeLessThan(170);
    await lede.close();
    const fetchedBefore = site.requests.length;
    site.delayMs = 0;
    lede = await launch();
    library = await lede.context.newPage();
    await library.goto(libraryUrl);
    await expect.poll(async () => (await counts(library))?.waiting, { timeout: 120_000, interval: 1_000 }).toBe(0);
    expect(site.requests.length).toBeGreaterThan(fetchedBefore); // the queue went on after the restart
    const failed = GONE.length + HOMES.length;
    expect(await counts(library)).toEqual({ waiting: 0, failed });

    await library.getByText('Links that could not be read').click();
    const reasons = await library.locator('.library__failed li').allTextContents();
    expect(reasons).toHaveLength(failed);
    expect(reasons).toContainEqual(`Tin số ${GONE[0]}, đã lưu — the page is gone`);
    expect(reasons).toContainEqual(`Tin số ${HOMES[0]}, đã lưu — no article on that page`);

    // the fetched text is searchable: a word only one article's body has
    await library.getByRole('searchbox').fill(wordOf(42));
    await expect
      .poll(() => library.locator('.item__title').allTextContents(), { timeout: 10_000 })
      .toEqual(['Tin số 42 - Báo Thử']); // the page's own title, now that it was read
    // nothing but the links' own pages was asked for
    expect(site.requests.every((path) => /^\/tin\/\d+\.html$/.test(path))).toBe(true);
  }, 300_000);
});
