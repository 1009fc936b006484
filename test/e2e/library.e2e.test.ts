import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkipReason, launchWithExtension, openPopup, serveFixtures, type FixtureServer, type LedeBrowser } from './harness';

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
    await library.locator('.article__title').waitFor();
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
});
