// The reader's story in real Firefox (Debian's firefox-esr, headless), driven over Marionette:
// a news page → Lede's real toolbar popup shows the clean article and its summary → its Save
// button, clicked with the mouse, writes it to IndexedDB → the library finds it without
// accents → the reader shows it with the page server stopped → Listen reads it aloud.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, serveFixtures, type FixtureServer } from '../e2e/harness';
import { waitUntil } from '../e2e/session';
import { FirefoxDriver } from './browser';
import { EXTENSION_ORIGIN, firefoxOrSkipReason, launchFirefoxWithLede, type LedeFirefox } from './firefox';

const firefox = firefoxOrSkipReason();
const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-article.expect.json'), 'utf8')) as {
  title: string;
  mustContain: string[];
  mustNotContain: string[];
  captions: string[];
};

/** What a page (or the popup) shows: its article's title and body text, and summary lines. */
interface Shown {
  title: string | null;
  body: string;
  summaryLines: number;
}
const SHOWN = `return doc && { title: doc.querySelector('.article__title')?.textContent ?? null,
  body: doc.querySelector('.article__body')?.textContent ?? '', summaryLines: doc.querySelectorAll('.summary__line').length };`;
const WAIT_MS = 30_000; // a busy 2-core machine

function expectCleanArticle(shown: Shown): void {
  expect(shown.title).toBe(expected.title);
  for (const text of expected.mustContain) expect(shown.body).toContain(text);
  for (const noise of expected.mustNotContain) expect(shown.body).not.toContain(noise);
  expect(shown.summaryLines).toBeGreaterThanOrEqual(1);
}

describe.skipIf('skip' in firefox)('a reader’s whole story in real Firefox', () => {
  let server: FixtureServer;
  let lede: LedeFirefox;
  beforeAll(async () => {
    server = await serveFixtures();
    lede = await launchFirefoxWithLede((firefox as { path: string }).path, { speech: true });
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  it('reads the article in the toolbar popup, saves it, finds it without accents, reads it offline', async () => {
    const ff = new FirefoxDriver(lede.marionette);
    const address = `${server.origin}/seed-article.html`;
    await ff.navigate(address);
    const articleTab = await ff.currentHandle();
    // an extension page in a background tab, to look into the popup (see browser.ts)
    const probe = await ff.openBackgroundTab(`${EXTENSION_ORIGIN}/library.html`);
    await ff.switchTo(probe, false);
    expect(await ff.chrome('return gBrowser.selectedBrowser.currentURI.spec')).toBe(address);

    // 1. a click on Lede's toolbar button opens the real popup on the article tab
    await ff.clickToolbarButton();
    await waitUntil(
      () => ff.popupUrl(),
      (url) => url === `${EXTENSION_ORIGIN}/popup.html`,
      'the toolbar popup',
      WAIT_MS,
    );
    const popup = await waitUntil(
      () => ff.inPopup<Shown | null>(`const doc = popup?.document; ${SHOWN}`),
      (shown) => !!shown?.title && shown.summaryLines > 0,
      'the article in the popup',
      WAIT_MS,
    );
    expectCleanArticle(popup!);
    for (const caption of expected.captions) expect(popup!.body.split(caption).length - 1).toBe(1);

    // 2. the popup's Save button, clicked with the mouse, writes the article to IndexedDB
    const saveButton = () =>
      ff.inPopup<string | null>('return popup?.document.querySelector(".savebar button")?.textContent ?? null');
    await waitUntil(saveButton, (text) => text === 'Save', 'the Save button', WAIT_MS);
    await ff.clickInPopup('.savebar button', 'Save');
    await waitUntil(saveButton, (text) => text?.includes('✓') ?? false, 'Save → Saved', WAIT_MS);
    const stored = await ff.contentAsync<Array<{ url: string; title: string }>>(
      `
      const done = arguments[arguments.length - 1];
      const open = indexedDB.open('lede');
      open.onerror = () => done([]);
      open.onsuccess = () => {
        const read = open.result.transaction('articles').objectStore('articles').getAll();
        read.onsuccess = () => done(read.result.map((row) => ({ url: row.url, title: row.title })));
      };`,
      WAIT_MS,
    );
    expect(stored).toEqual([{ url: address, title: expected.title }]);

    // 3. the popup's Library button opens the library, which finds it with the accents left out
    await ff.clickInPopup('.savebar button', 'Library');
    const library = await waitUntil(
      async () => (await ff.handles()).find((h) => h !== articleTab && h !== probe),
      (handle) => handle !== undefined,
      'the library tab',
      WAIT_MS,
    );
    await ff.switchTo(library!, true);
    await waitUntil(
      () => ff.content<boolean>('return !!document.querySelector(".library__search")'),
      Boolean,
      'the library page',
      WAIT_MS,
    );
    expect(await ff.content('return location.pathname')).toBe('/library.html');
    await ff.type('.library__search', 'giam ngheo');
    const titles = () =>
      ff.content<string[]>('return [...document.querySelectorAll(".item__title")].map((a) => a.textContent)');
    expect(await waitUntil(titles, (found) => found.length === 1, 'search results for "giam ngheo"', WAIT_MS)).toEqual([
      expected.title,
    ]);

    // 4. the reader shows the saved copy with the page server stopped
    await server.close();
    await expect(fetch(address)).rejects.toThrow();
    await ff.click('.item__title');
    const reader = await waitUntil(
      () => ff.content<Shown | null>(`const doc = document; ${SHOWN}`),
      (shown) => !!shown?.title && shown.summaryLines > 0,
      'the reader page',
      WAIT_MS,
    );
    expect(await ff.content('return location.pathname')).toBe('/reader.html');
    expectCleanArticle(reader!);

    // 5. Listen reads it aloud with this computer's Vietnamese voice (speechSynthesis, which
    // Firefox on Linux speaks through speech-dispatcher and espeak-ng), the sentence being read
    // highlighted and moving on
    await ff.click('.listen__main');
    const listening = () =>
      ff.content<{ position: string; voice: string; sentence: string; problem: string }>(`
        const highlight = CSS.highlights.get('lede-listen');
        return {
          position: document.querySelector('.listen__position')?.textContent ?? '',
          voice: document.querySelector('.listen__voice select')?.value ?? '',
          sentence: highlight ? [...highlight][0].toString() : '',
          problem: document.querySelector('.listen__status')?.textContent ?? '',
        };`);
    const started = await waitUntil(
      listening,
      (shown) => shown.sentence !== '' || (shown.problem !== '' && shown.problem !== 'Looking for a voice…'),
      'Listen reading the first sentence',
      WAIT_MS,
    );
    expect(started.problem).toBe('');
    expect(started.voice).toMatch(/^Vietnamese/);
    expect(reader!.body).toContain(started.sentence);
    const later = await waitUntil(
      listening,
      (shown) => shown.sentence !== '' && shown.sentence !== started.sentence,
      'Listen moving on to the next sentence',
      WAIT_MS,
    );
    expect(Number(later.position.match(/\d+/)?.[0])).toBeGreaterThan(Number(started.position.match(/\d+/)?.[0]));
  });
});
