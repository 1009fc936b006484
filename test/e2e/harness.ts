// Real-browser harness: serves fixtures from 127.0.0.1, launches Debian's Chromium
// with the built extension loaded, and opens the real popup on a page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { PopupDriver } from './popup-driver';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
/** The e2e build (`LEDE_E2E=1 wxt build`): the shipped extension plus access to 127.0.0.1. */
export const EXTENSION_DIR = join(ROOT, '.output/e2e/chrome-mv3');
/** The article body once all of it is in (ArticleView puts the first screen in first, aria-busy until the rest follows). */
export const ARTICLE_READY = '.article__body:not([aria-busy])';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of the Chromium to test with: $CHROMIUM_PATH, else Debian's; null when none is installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Whether e2e tests can run. Outside CI a missing Chromium skips them with a message;
 * in CI it is an error, because skipped browser tests would hide a broken extension.
 */
export function chromiumOrSkipReason(): { path: string } | { skip: string } {
  const path = findChromium();
  if (path) return { path };
  const message =
    'Chromium not found: e2e tests skipped. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.';
  if (process.env.CI) throw new Error(`${message} (CI is set, so this is an error)`);
  console.warn(message);
  return { skip: message };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
/** What any picture the fixtures name but do not have shows: a photo-sized picture (not a 1×1
 * pixel, which the page copy would report as a beacon's size and the sanitizer drop); benches
 * that only watch a page's thread ask for the pixel (6,000 photos take minutes to load). */
const PIXEL = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');
const PHOTO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="427"><rect width="640" height="427" fill="#9ab"/></svg>',
);

export interface FixtureServer {
  origin: string;
  /** Every path the server was asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves test/fixtures on 127.0.0.1 (images that are not on disk answer with a 1-pixel GIF). */
export async function serveFixtures(
  root = FIXTURES,
  options: { missingPictures: 'photo' | 'pixel' } = { missingPictures: 'photo' },
): Promise<FixtureServer> {
  const missing =
    options.missingPictures === 'photo' ? { type: 'image/svg+xml', body: PHOTO } : { type: 'image/gif', body: PIXEL };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const file = normalize(join(root, path));
    if (file.startsWith(root) && existsSync(file) && !file.endsWith('/')) {
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else if (/\.(jpe?g|png|gif|webp)$/i.test(path)) {
      res.writeHead(200, { 'content-type': missing.type });
      res.end(missing.body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface LedeBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension (or another one, for baselines) in a fresh
 * profile, or in `profileDir` (kept on close: the next launch is a new browser on the same data),
 * in English or in `uiLanguage`. */
export async function launchWithExtension(
  executablePath: string,
  options: {
    headless?: boolean;
    proxyPort?: number;
    extensionDir?: string;
    profileDir?: string;
    uiLanguage?: string;
    /** Chromium's own voices, for Listen (test/e2e/listen.e2e.test.ts): see speechSetup. */
    speech?: boolean;
  } = {},
): Promise<LedeBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'lede-profile-'));
  const headless = options.headless ?? true;
  const speech = options.speech ? speechSetup() : null;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // the flag below picks headless mode; extensions need the new headless
    ...(speech ? { env: { ...process.env, ...speech.env } } : {}),
    args: [
      ...(speech ? speech.args : []),
      ...(headless ? ['--headless=new'] : []),
      // the browser's UI language, which chrome.i18n answers in (LANGUAGE in the environment is not enough)
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Chromium's own calls home (push messaging, domain reliability, default apps)
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
      '--disable-client-side-phishing-detection',
      '--disable-features=PushMessaging,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication',
      // every request, loopback included, through the recording proxy of the privacy test
      ...(options.proxyPort
        ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`, '--proxy-bypass-list=<-loopback>']
        : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
      if (speech) rmSync(speech.dir, { recursive: true, force: true });
    },
  };
}

/**
 * Voices for Chromium without a sound card: Chromium on Linux speaks through speech-dispatcher
 * (Debian's speech-dispatcher and espeak-ng), and only with --enable-speech-dispatcher; without
 * them chrome.tts and speechSynthesis list no voice. speech-dispatcher is started by Chromium
 * with a configuration of the test's own (XDG_CONFIG_HOME; its socket and logs in
 * XDG_RUNTIME_DIR, so a speech-dispatcher already running elsewhere is not reused) that sends
 * the sound to ALSA's null device: there is no sound server in CI (its default, PulseAudio,
 * fails and no utterance ever ends), and the tests stay silent on a machine with speakers.
 */
export function speechSetup(): { dir: string; env: Record<string, string>; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'lede-speech-'));
  const config = join(dir, 'config');
  const runtime = join(dir, 'run');
  mkdirSync(join(config, 'speech-dispatcher'), { recursive: true });
  mkdirSync(runtime, { mode: 0o700 });
  writeFileSync(join(config, 'speech-dispatcher/speechd.conf'), 'AudioOutputMethod "alsa"\nAudioALSADevice "null"\n');
  return {
    dir,
    env: { XDG_CONFIG_HOME: config, XDG_RUNTIME_DIR: runtime },
    args: ['--enable-speech-dispatcher'],
  };
}

/**
 * Opens the real toolbar popup while `page` is the active tab, the way a click on the
 * Lede icon does, and returns a driver for it.
 */
export async function openPopup(
  lede: LedeBrowser,
  page: Page,
  options: { pollMs?: number } = {},
): Promise<PopupDriver> {
  await page.bringToFront();
  const browser = lede.context.browser();
  if (!browser) throw new Error('The Chromium context has no browser to attach to');
  const session = await browser.newBrowserCDPSession();
  const popupUrl = `chrome-extension://${lede.extensionId}/popup.html`; // Lede's, and the baseline's in bench:popup
  const isPopup = (t: { type: string; url: string }) => t.type === 'page' && t.url.startsWith(popupUrl);
  const before = new Set((await session.send('Target.getTargets')).targetInfos.filter(isPopup).map((t) => t.targetId));
  // the click's time is taken in the service worker, right before the call, so that the
  // harness's own CDP round trips above are not counted by bench:popup
  const clickedAt = await lede.worker.evaluate(async () => {
    const at = performance.timeOrigin + performance.now();
    await (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup();
    return at;
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const target = (await session.send('Target.getTargets')).targetInfos.find(
      (t) => isPopup(t) && !before.has(t.targetId),
    );
    if (target) return PopupDriver.attach(session, target.targetId, clickedAt);
    await new Promise((done) => setTimeout(done, options.pollMs ?? 25));
  }
  throw new Error('The Lede popup did not open within 10 s');
}

const MODIFIER_BITS = { Alt: 1, Control: 2, Meta: 4, Shift: 8 } as const;

/**
 * Presses a keyboard shortcut such as "Alt+Shift+S" on `page` as raw key events. Chromium
 * routes these through its accelerators, extension commands included (Playwright's
 * keyboard.press sends text key events, which do not reach extension commands).
 */
export async function pressShortcut(lede: LedeBrowser, page: Page, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toUpperCase();
  const modifiers = parts.reduce((bits, name) => bits | MODIFIER_BITS[name as keyof typeof MODIFIER_BITS], 0);
  await page.bringToFront();
  const cdp = await lede.context.newCDPSession(page);
  const keyCode = key.charCodeAt(0);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers,
      key,
      code: `Key${key}`,
      windowsVirtualKeyCode: keyCode,
      nativeVirtualKeyCode: keyCode,
    });
  }
  await cdp.detach();
}

/** The toolbar badge text Lede shows on the tab at `url` ("" when none). */
export async function badgeText(lede: LedeBrowser, url: string): Promise<string> {
  return lede.worker.evaluate(async (address) => {
    type TabsAndBadge = {
      tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
      action: { getBadgeText(details: { tabId: number }): Promise<string> };
    };
    const api = (globalThis as unknown as { chrome: TabsAndBadge }).chrome;
    const [tab] = await api.tabs.query({ url: address });
    return tab?.id === undefined ? '' : api.action.getBadgeText({ tabId: tab.id });
  }, url);
}
