// The whole story of issue 6, in real Chromium through the real popup: a seed-style news
// page → the clean article with its summary and none of the noise → saved with the
// keyboard shortcut (no popup) → found in the library without accents → read in the
// reader with the page server stopped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumOrSkipReason, FIXTURES, openPopup, ARTICLE_READY } from './harness';
import { saveByShortcut, useLedeSession } from './session';

const chromium = chromiumOrSkipReason();
const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-article.expect.json'), 'utf8')) as {
  title: string;
  mustContain: string[];
  mustNotContain: string[];
  captions: string[];
};

describe.skipIf('skip' in chromium)('a reader’s whole story in real Chromium', () => {
  const session = useLedeSession((chromium as { path: string }).path);

  it('reads the clean article, saves it by shortcut, finds it without accents, reads it offline', async () => {
    const { lede, server } = session;
    const address = `${server.origin}/seed-article.html`;
    const page = await lede.context.newPage();
    await page.goto(address);

    // 1. the toolbar popup: clean article, summary on top, each caption once, no noise
    const popup = await openPopup(lede, page);
    await popup.waitFor('.summary__line');
    await popup.waitFor(ARTICLE_READY);
    expect(await popup.text('.article__title')).toBe(expected.title);
    const body = (await popup.text('.article__body')) ?? '';
    for (const text of expected.mustContain) expect(body).toContain(text);
    for (const noise of expected.mustNotContain) expect(body).not.toContain(noise);
    for (const caption of expected.captions) expect(body.split(caption).length - 1).toBe(1);
    await popup.close();

    // 2. Alt+Shift+S saves without opening the popup; the badge confirms
    expect(await saveByShortcut(lede, page)).toBe('✓');

    // 3. the library finds it with the accents left out
    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    await library.getByRole('searchbox').fill('giam ngheo');
    const result = library.locator('.item').first();
    await expect(result.locator('.item__title').textContent()).resolves.toBe(expected.title);

    // 4. the reader shows the saved copy with the page server stopped
    await server.close();
    await result.locator('.item__title').click();
    await library.locator(ARTICLE_READY).waitFor();
    const saved = (await library.locator('.article__body').textContent()) ?? '';
    for (const text of expected.mustContain) expect(saved).toContain(text);
    for (const noise of expected.mustNotContain) expect(saved).not.toContain(noise);
    expect(await library.locator('.summary__line').count()).toBeGreaterThanOrEqual(1);
  });
});
