// A Vietnamese reader sees no English sentence: Chromium started in Vietnamese, every page and
// message a test can reach (popup with an article and with a failure, toolbar badge after a
// failed save, library with an import refused, a search that finds nothing, the reader on a
// missing article) is checked against the English messages of public/_locales.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumOrSkipReason,
  launchWithExtension,
  openPopup,
  ROOT,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
} from './harness';
import { saveByShortcut } from './session';

const chromium = chromiumOrSkipReason();

type Messages = Record<string, { message: string }>;
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = locale('en');
const vi = locale('vi');

/** Runs of an English message between its placeholders, long enough to be a sentence's part
 * and found in no Vietnamese message ("Lede" or a URL alone say nothing of the language). */
const ENGLISH_RUNS = Object.entries(en).flatMap(([key, { message }]) =>
  message
    .split(/\$[A-Z_0-9]+\$|\$\d/)
    .map((run) => run.trim())
    .filter(
      (run) =>
        run.length >= 10 && /[a-z]{3,} [a-z]{2,}/i.test(run) && !Object.values(vi).some((m) => m.message.includes(run)),
    )
    .map((run) => ({ key, run })),
);

/** The English messages that show in `text`, by key. */
const englishIn = (text: string) =>
  ENGLISH_RUNS.filter(({ run }) => text.includes(run)).map(({ key, run }) => `${key}: “${run}”`);

describe.skipIf('skip' in chromium)('the Vietnamese UI in real Chromium', () => {
  let server: FixtureServer;
  let lede: LedeBrowser;
  beforeAll(async () => {
    server = await serveFixtures();
    lede = await launchWithExtension((chromium as { path: string }).path, { uiLanguage: 'vi' });
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  it('checks enough English messages for the test to mean something', () => {
    expect(ENGLISH_RUNS.length).toBeGreaterThan(40);
  });

  it('shows the popup in Vietnamese, for an article and for a page that is not one', async () => {
    const article = await lede.context.newPage();
    await article.goto(`${server.origin}/seed-article.html`);
    const popup = await openPopup(lede, article);
    await popup.waitFor('.savebar button:not([disabled])');
    const text = await popup.evaluate<string>(
      'document.body.innerText + " " + [...document.querySelectorAll("[title],[aria-label],[placeholder]")].map((e) => [e.title, e.ariaLabel, e.placeholder].join(" ")).join(" ")',
    );
    expect(text).toContain(vi.save!.message);
    expect(await popup.evaluate<string>('document.documentElement.lang')).toBe('vi'); // screen readers speak it as Vietnamese
    expect(englishIn(text)).toEqual([]);
    await popup.close();

    const notArticle = await lede.context.newPage();
    await notArticle.goto(`${server.origin}/not-article.html`);
    const failed = await openPopup(lede, notArticle);
    await failed.waitFor('.status__message[role="alert"]');
    const failure = await failed.evaluate<string>('document.body.innerText');
    expect(failure).toContain(vi.failureNotArticle!.message);
    expect(englishIn(failure)).toEqual([]);
    await failed.close();

    // the save shortcut on that page fails; the badge's title says why, in Vietnamese
    expect(await saveByShortcut(lede, notArticle)).toBe('!');
    const title = await lede.worker.evaluate(async (address) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
            action: { getTitle(d: { tabId: number }): Promise<string> };
          };
        }
      ).chrome;
      const [tab] = await api.tabs.query({ url: address });
      return api.action.getTitle({ tabId: tab!.id! });
    }, notArticle.url());
    expect(title).toBe(vi.failureNotArticle!.message);
  });

  it('shows the library and the reader in Vietnamese, a refused import and a missing article included', async () => {
    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    await library.getByText(vi.emptyLibrary!.message).waitFor();

    const foreign = join(mkdtempSync(join(tmpdir(), 'lede-foreign-')), 'not-lede.json');
    writeFileSync(foreign, JSON.stringify({ bookmarks: [] }));
    await library.locator('input[type=file]').setInputFiles(foreign);
    const refusal = library.locator('.library__notice');
    await refusal.waitFor();
    expect(Object.values(vi).map((m) => m.message)).toContain(await refusal.textContent());
    await library.getByRole('searchbox').fill('khong co bai nao nhu the');
    await library.getByText(vi.noResults!.message.split('$')[0]!.trim()).waitFor();
    expect(await library.evaluate(() => document.documentElement.lang)).toBe('vi');
    const libraryText = await library.evaluate(() => document.body.innerText);
    expect(englishIn(libraryText)).toEqual([]);

    const reader = await lede.context.newPage();
    await reader.goto(`chrome-extension://${lede.extensionId}/reader.html?id=424242`);
    await reader.locator('.status__message[role="alert"]').waitFor();
    expect(englishIn(await reader.evaluate(() => document.body.innerText))).toEqual([]);
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe('vi');
  });
});
