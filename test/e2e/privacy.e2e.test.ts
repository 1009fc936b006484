import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumOrSkipReason,
  launchWithExtension,
  openPopup,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
} from './harness';
import { startRecordingProxy, type RecordingProxy } from './proxy';

const chromium = chromiumOrSkipReason();

/**
 * Chromium's own calls home (Google account and push-messaging check-ins) arrive at any
 * time, retried after the proxy refuses them, whatever the flags. Lede has no code that
 * talks to any remote host: its only network API use is Vite's preload of its own chunks.
 */
const BROWSER_OWN_HOSTS =
  /^CONNECT (accounts|android\.clients|clients\d*|update|safebrowsing|www)\.google(apis)?\.com:443$/;

describe.skipIf('skip' in chromium)('privacy in real Chromium', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let lede: LedeBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    proxy = await startRecordingProxy({ allowOrigin: server.origin });
    lede = await launchWithExtension((chromium as { path: string }).path, { proxyPort: proxy.port });
  });
  afterAll(async () => {
    await lede?.close();
    await proxy?.close();
    await server?.close();
  });

  it('reading an article makes no request beyond the page being read', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    await page.waitForLoadState('networkidle');
    const beforeLede = proxy.requests.length;
    const popup = await openPopup(lede, page);
    await popup.waitFor('.summary__line');
    await new Promise((done) => setTimeout(done, 500)); // anything late would still arrive
    const byLede = proxy.requests
      .slice(beforeLede)
      .filter((url) => !url.startsWith(server.origin) && !BROWSER_OWN_HOSTS.test(url));
    expect(byLede).toEqual([]);
    // the proxy did see the page: the test would notice traffic. (Before Lede is used,
    // Chromium itself may check in with android.clients.google.com at start-up; that is
    // the browser's, outside the window measured above.)
    expect(proxy.requests.some((url) => url.startsWith(`${server.origin}/seed-article.html`))).toBe(true);
    await popup.close();
    await page.close();
  });
});
