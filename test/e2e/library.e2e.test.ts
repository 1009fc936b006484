import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareArticle } from '../../lib/db/write/bare-article';
import type { LibraryExport } from '../../lib/db/types';
import {
  chromiumOrSkipReason,
  launchWithExtension,
  openPopup,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
  ARTICLE_READY,
} from './harness';

const chromium = chromiumOrSkipReason();
const TITLE = 'Nhiều mô hình hay trong Phong trào thi đua “Vì người nghèo - không để ai bị bỏ lại phía sau”';

describe.skipIf('skip' in chromium)('saved library in real Chromium', () => {
  let server: FixtureServer;
  let lede: LedeBrowser;
  let exported = '';

  beforeAll(async () => {
    server = await serveFixtures();
    lede = await launchWithExtension((chromium as { path: string }).path);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  it('saves from the popup, finds it without accents, reads it offline, exports it, deletes it', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    const popup = await openPopup(lede, page);
    await popup.waitFor('.savebar button:not([disabled])');
    await popup.clickButton('Save');
    await popup.waitFor('.savebar button[aria-pressed="true"]');
    await popup.close();

    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    await library.getByRole('searchbox').fill('giam ngheo');
    const result = library.locator('.item').first();
    await expect(result.locator('.item__title').textContent()).resolves.toBe(TITLE);
    const marks = await result.locator('mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toEqual(expect.arrayContaining(['giảm', 'nghèo']));

    await server.close(); // offline from here on: the reader reads from IndexedDB only
    await result.locator('.item__title').click();
    await library.locator(ARTICLE_READY).waitFor();
    expect(await library.locator('.article__title').textContent()).toBe(TITLE);
    expect(await library.locator('.article__body').textContent()).toContain('Hội nghị diễn ra đến hết ngày 14-4.');

    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    const download = library.waitForEvent('download');
    await library.getByRole('button', { name: 'Export library' }).click();
    exported = join(mkdtempSync(join(tmpdir(), 'lede-export-')), 'library.json');
    await (await download).saveAs(exported);

    await library.getByRole('searchbox').fill('giam ngheo');
    await library.locator('.item').first().getByRole('button', { name: 'Delete' }).click();
    await library.getByText('No saved article matches').waitFor();
  });

  it('imports the exported file into a fresh browser profile with the same articles', async () => {
    expect(exported).not.toBe('');
    const fresh = await launchWithExtension((chromium as { path: string }).path);
    try {
      const library = await fresh.context.newPage();
      await library.goto(`chrome-extension://${fresh.extensionId}/library.html`);
      await library.getByText('Nothing saved yet').waitFor();
      await library.locator('input[type=file]').setInputFiles(exported);
      await library.getByText(/Imported 1 new/).waitFor();
      await library.getByRole('searchbox').fill('Lao Cai');
      await expect(library.locator('.item__title').first().textContent()).resolves.toBe(TITLE);
    } finally {
      await fresh.close();
    }
  });

  it('lists the newest 50, shows older ones on request, and opens on the search in its address', async () => {
    const SAVED = 60;
    const file = join(mkdtempSync(join(tmpdir(), 'lede-long-library-')), 'library.json');
    const longLibrary: LibraryExport = {
      format: 'lede-library',
      version: 1,
      exportedAt: new Date().toISOString(),
      articles: Array.from({ length: SAVED }, (_, n) => ({
        ...bareArticle({
          url: `https://news.example/bai-${n}`,
          title: `Bài số ${n}`,
          text: `Bài số ${n} kể chuyện giảm nghèo ở xã số ${n}.`,
          lang: 'vi',
        }),
        canonicalUrl: null,
        summary: [],
        tags: [],
        savedAt: Date.UTC(2026, 0, 1) + n * 60_000,
        readAt: null,
        starred: false,
      })),
    };
    writeFileSync(file, JSON.stringify(longLibrary));
    const fresh = await launchWithExtension((chromium as { path: string }).path);
    try {
      const library = await fresh.context.newPage();
      const address = `chrome-extension://${fresh.extensionId}/library.html`;
      await library.goto(address);
      await library.locator('input[type=file]').setInputFiles(file);
      await library.getByText(`Imported ${SAVED} new`).waitFor();
      await library.locator('.item').nth(49).waitFor();
      expect(await library.locator('.item').count()).toBe(50);
      expect(await library.locator('.item__title').first().textContent()).toBe('Bài số 59');
      await library.getByRole('button', { name: 'Show older articles' }).click();
      await library
        .locator('.item')
        .nth(SAVED - 1)
        .waitFor();
      expect(await library.locator('.item__title').last().textContent()).toBe('Bài số 0');
      // the focus goes to the first article added (the 51st newest), not to the page
      await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('Bài số 9');
      expect(await library.getByRole('button', { name: 'Show older articles' }).count()).toBe(0);

      await library.goto(`${address}?q=${encodeURIComponent('bai so 7')}`);
      await expect(library.locator('.item__title').first().textContent()).resolves.toBe('Bài số 7');
      expect(await library.getByRole('searchbox').inputValue()).toBe('bai so 7');
      await library.getByRole('searchbox').fill('xa so 42');
      await expect.poll(() => library.locator('.item__title').first().textContent()).toBe('Bài số 42');
      expect(new URL(library.url()).searchParams.get('q')).toBe('xa so 42');
    } finally {
      await fresh.close();
    }
  });
});
