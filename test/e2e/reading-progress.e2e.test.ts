// Reading progress in real Chromium (issue 15): the reader page remembers how far an article was
// read and returns to the same paragraph, the library says "x % read", and reading to the end
// marks the article read by itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryFileOf, PROSE } from '../unit/helpers';
import { ARTICLE_READY, chromiumOrSkipReason, launchWithExtension, type LedeBrowser } from './harness';

const chromium = chromiumOrSkipReason();

/** The text of the paragraph at the top of the reader's screen. */
const topParagraph = (page: Page) =>
  page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('.article__body p')];
    return paragraphs.find((p) => p.getBoundingClientRect().bottom > 1)?.textContent?.slice(0, 40) ?? '';
  });

describe.skipIf('skip' in chromium)('reading progress in real Chromium', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchWithExtension((chromium as { path: string }).path);
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('returns to the paragraph the reader left, shows the share in the library, and marks read at the end', async () => {
    const text = Array.from({ length: 60 }, (_, i) => `Đoạn ${i + 1}. ${PROSE[i % PROSE.length]}`).join('\n\n');
    const file = libraryFileOf([{ url: 'https://bao.example/dai', title: 'Một bài rất dài', text, lang: 'vi' }]);
    const path = join(mkdtempSync(join(tmpdir(), 'lede-progress-')), 'library.json');
    writeFileSync(path, JSON.stringify(file));
    const library = await lede.context.newPage();
    const libraryUrl = `chrome-extension://${lede.extensionId}/library.html`;
    await library.goto(libraryUrl);
    await library.locator('input[type=file]').setInputFiles(path);
    await expect.poll(() => library.locator('.item__title').count(), { timeout: 15_000 }).toBe(1);
    const readerUrl = `chrome-extension://${lede.extensionId}${await library.locator('.item__title').getAttribute('href')}`;

    const reader = await lede.context.newPage();
    await reader.setViewportSize({ width: 900, height: 700 });
    await reader.goto(readerUrl);
    await reader.locator(ARTICLE_READY).waitFor();
    await reader.evaluate(() => document.querySelectorAll('.article__body p')[24]!.scrollIntoView());
    const left = await topParagraph(reader);
    expect(left).toMatch(/^Đoạn 25\./);
    await reader.waitForTimeout(1_500); // scrolling paused: the place is kept

    await reader.reload();
    await reader.locator(ARTICLE_READY).waitFor();
    await expect.poll(() => topParagraph(reader), { timeout: 5_000 }).toBe(left);

    await library.reload();
    await expect.poll(() => library.locator('.item__meta').textContent(), { timeout: 5_000 }).toMatch(/\d+ % read/);
    expect(await library.locator('.item--read').count()).toBe(0);

    await reader.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await reader.waitForTimeout(1_500);
    await library.reload();
    await expect.poll(() => library.locator('.item--read').count(), { timeout: 5_000 }).toBe(1);
  });

  it("shows a highlight imported with a wallabag export on the article, once the export's article is read", async () => {
    const paragraphs = PROSE.slice(0, 6)
      .map((text) => `<p>${text}</p>`)
      .join('');
    const quote = PROSE[3]!.split(' ').slice(2, 9).join(' ');
    const entry = {
      id: 1,
      title: 'Bài từ wallabag',
      url: 'https://bao.example/wallabag',
      is_archived: 0,
      is_starred: 0,
      content: paragraphs,
      created_at: '2024-03-05T10:00:00+0100',
      tags: [],
      annotations: [{ text: 'Ghi chú', quote, created_at: '2024-03-05T11:00:00+0100', ranges: [] }],
    };
    const path = join(mkdtempSync(join(tmpdir(), 'lede-wallabag-')), 'wallabag.json');
    writeFileSync(path, JSON.stringify([entry]));
    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    await library.locator('input[type=file]').setInputFiles(path);
    await expect
      .poll(() => library.locator('.library__notice').textContent(), { timeout: 15_000 })
      .toContain('wallabag');
    // the export's article is read in the background (no request): then the title opens the reader
    let href: string | null = null;
    await expect
      .poll(
        async () => {
          // the list as the library shows it now (it is read when the page opens)
          await library.goto(`chrome-extension://${lede.extensionId}/library.html?q=bai+tu+wallabag`);
          href = await library.locator('.item__title', { hasText: 'Bài từ wallabag' }).getAttribute('href');
          return href?.startsWith('/reader.html');
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    const reader = await lede.context.newPage();
    await reader.goto(`chrome-extension://${lede.extensionId}${href}`);
    await reader.locator(ARTICLE_READY).waitFor();
    expect(await reader.locator('.article__body mark.highlight').allTextContents()).toEqual([quote]);
  });
});
