// Hardened rendering in real Chromium: an article page carrying sanitizer-bypass vectors
// (test/fixtures/hostile-article.html: mutation-XSS through <noscript>, <title>, <style>, SVG
// <style>, comments and table foster-parenting; DOM clobbering by name and id; a <noscript>
// 1×1 tracking pixel) is read in the real popup, saved, and opened in the reader page. Every
// vector would fetch a /pwn/ address and call pwned(); none may, in either page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chromiumOrSkipReason,
  launchWithExtension,
  openPopup,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
  ARTICLE_READY,
} from './harness';
import type { PopupDriver } from './popup-driver';

const chromium = chromiumOrSkipReason();

/** The article's own images: the only requests Lede's pages may make. */
const ARTICLE_IMAGES = ['/hostile/harbour.jpg', '/hostile/cranes.jpg'];

/**
 * Runs in an extension page before its own code: a pwned() that records calls (the vectors
 * call it), and a record of Content Security Policy violations (an inline handler or a
 * javascript: address that made it into the page is blocked by the CSP, and reported here).
 */
const WATCH = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const watch = { pwned: [], violations: [] };
  Object.defineProperty(window, '__ledeHostile', { value: watch });
  window.pwned = (name) => watch.pwned.push(String(name));
  document.addEventListener('securitypolicyviolation', (event) =>
    watch.violations.push(event.violatedDirective + ' ' + event.blockedURI), true);
})()`;

/** What the page shows and did, read in the page (popup or reader). */
const INSPECT = `(() => {
  const body = document.querySelector('.article__body');
  const all = [...document.querySelectorAll('*')];
  const inBody = [...body.querySelectorAll('*')];
  const url = (value) => { try { return new URL(value, location.href); } catch { return null; } };
  const fetching = [];
  for (const element of inBody) {
    for (const name of ['src', 'srcset', 'poster', 'background', 'data', 'href', 'action', 'formaction']) {
      const value = element.getAttribute(name);
      if (value === null || (name === 'href' && element.localName === 'a')) continue;
      fetching.push(element.localName + ' ' + name + '=' + value);
    }
  }
  const handlers = all.flatMap((element) =>
    [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => element.localName + ' ' + a.name));
  return {
    watched: !!window.__ledeHostile,
    pwned: window.__ledeHostile?.pwned ?? null,
    violations: window.__ledeHostile?.violations ?? null,
    title: document.title,
    handlers,
    scripts: [...document.scripts].filter((s) => !s.src || !s.src.startsWith(location.origin)).length,
    jsLinks: [...body.querySelectorAll('a[href]')].filter((a) => /^\\s*javascript:/i.test(a.getAttribute('href'))).length,
    tags: [...new Set(inBody.map((element) => element.localName))].sort(),
    fetching,
    images: [...body.querySelectorAll('img')].map((img) => ({
      path: url(img.currentSrc || img.src)?.pathname ?? img.src,
      referrerPolicy: img.referrerPolicy,
      loading: img.loading,
    })),
    named: inBody.filter((element) => element.hasAttribute('id') || element.hasAttribute('name')).map((element) => element.outerHTML),
    clobbered: {
      getElementById: typeof document.getElementById,
      cookie: typeof document.cookie,
      documentElement: document.documentElement?.localName,
      byId: 'ledeClobberedId' in window,
      byName: 'ledeClobberedName' in window || 'ledeClobberedName' in document,
    },
    resources: performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !name.startsWith(location.origin)),
    text: body.textContent,
  };
})()`;

interface Inspection {
  watched: boolean;
  pwned: string[] | null;
  violations: string[] | null;
  title: string;
  handlers: string[];
  scripts: number;
  jsLinks: number;
  tags: string[];
  fetching: string[];
  images: Array<{ path: string; referrerPolicy: string; loading: string }>;
  named: string[];
  clobbered: Record<string, unknown>;
  resources: string[];
  text: string;
}

const FETCHING_TAGS = ['iframe', 'frame', 'object', 'embed', 'link', 'style', 'script', 'svg', 'math', 'noscript'];
const FETCHING_TAGS_TOO = ['form', 'input', 'video', 'audio', 'source', 'track', 'template', 'title', 'meta', 'base'];

/** The checks both pages pass: nothing ran, nothing fetched beyond the article's images, nothing clobbers. */
function expectHarmless(shown: Inspection) {
  expect(shown.watched).toBe(true);
  expect(shown.pwned).toEqual([]);
  expect(shown.violations).toEqual([]);
  expect(shown.title).not.toMatch(/PWNED/);
  expect(shown.handlers).toEqual([]);
  expect(shown.scripts).toBe(0);
  expect(shown.jsLinks).toBe(0);
  for (const tag of [...FETCHING_TAGS, ...FETCHING_TAGS_TOO]) expect(shown.tags).not.toContain(tag);
  expect(shown.images.map((image) => image.path).sort()).toEqual([...ARTICLE_IMAGES].sort());
  for (const image of shown.images) expect(image).toMatchObject({ referrerPolicy: 'no-referrer', loading: 'lazy' });
  expect(shown.fetching.filter((attribute) => !ARTICLE_IMAGES.some((path) => attribute.endsWith(path)))).toEqual([]);
  expect(shown.named).toEqual([]);
  expect(shown.clobbered).toEqual({
    getElementById: 'function',
    cookie: 'string',
    documentElement: 'html',
    byId: false,
    byName: false,
  });
  expect(shown.resources.filter((name) => !ARTICLE_IMAGES.includes(new URL(name).pathname))).toEqual([]);
  // the prose is all there
  expect(shown.text).toContain('At two in the morning the container terminal at Westhaven');
  expect(shown.text).toContain('He will be back on the quay at ten tonight.');
}

describe.skipIf('skip' in chromium)('hostile article markup in real Chromium', () => {
  let server: FixtureServer;
  let lede: LedeBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    lede = await launchWithExtension((chromium as { path: string }).path);
    await lede.context.addInitScript(WATCH);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  /** Paths the fixture server was asked for from index `from` on, the article page left out. */
  const requestedSince = (from: number) =>
    server.requests.slice(from).filter((path) => path !== '/hostile-article.html');

  it('renders the article in the popup and the reader with no request beyond its images and nothing run', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/hostile-article.html`);
    await page.waitForLoadState('networkidle');
    // the fixture's vectors are inert on the page itself: every /pwn/ request would be Lede's
    expect(server.requests.filter((path) => path.startsWith('/pwn/'))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwnedCalls: string[] }).pwnedCalls)).toEqual([]);
    const beforeLede = server.requests.length;

    // the real toolbar popup, reloaded once with the watch installed before its own code
    const popup = await openPopup(lede, page);
    let reader: Page | null = null;
    try {
      await popup.waitFor('.article__title');
      await popup.call('Page.enable');
      await popup.call('Page.addScriptToEvaluateOnNewDocument', { source: WATCH });
      await popup.call('Page.reload');
      await waitForArticle(popup);
      const inPopup = await popup.evaluate<Inspection>(INSPECT);
      expectHarmless(inPopup);
      expect(requestedSince(beforeLede).filter((path) => !ARTICLE_IMAGES.includes(path))).toEqual([]);

      // saved, then read in the reader page (reader.html?id=…)
      await popup.clickButton('Save');
      await popup.waitFor('.savebar button[aria-pressed="true"]');
      const opened = lede.context.waitForEvent('page', { predicate: (tab) => tab.url().includes('/reader.html?id=') });
      await popup.clickButton('Open in reader tab');
      reader = await opened;
      const beforeReader = server.requests.length;
      await reader.locator(`${ARTICLE_READY} p`).first().waitFor();
      await settle(reader);
      const inReader = (await reader.evaluate(INSPECT)) as Inspection;
      expectHarmless(inReader);
      expect(requestedSince(beforeReader).filter((path) => !ARTICLE_IMAGES.includes(path))).toEqual([]);
    } finally {
      await popup.close();
      await reader?.close();
      await page.close();
    }
    // nothing, in either page, ever asked for a vector's address
    expect(server.requests.filter((path) => path.startsWith('/pwn/'))).toEqual([]);
  });
});

/** Waits for the article body; then a moment for its images (anything late would still arrive). */
async function waitForArticle(popup: PopupDriver): Promise<void> {
  await popup.waitFor(`${ARTICLE_READY} p`);
  await popup.evaluate(`new Promise((done) => setTimeout(done, 800))`);
}

/** A moment for the reader's images (anything late would still arrive). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(800);
}
