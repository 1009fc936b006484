import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumOrSkipReason,
  launchWithExtension,
  openPopup,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
  ARTICLE_READY,
} from './harness';
import { PROSE } from '../unit/helpers';

const chromium = chromiumOrSkipReason();

/** An article of 45,000 paragraphs (over Readability's budget of 25,000 elements): seconds of reading, even for Readability alone. */
function hugeArticle(): string {
  const paragraphs = Array.from({ length: 45_000 }, (_, i) => `<p>${i + 1}. ${PROSE[i % PROSE.length]}</p>`);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài rất dài</title></head><body><article><h1>Bài rất dài</h1>${paragraphs.join('')}</article></body></html>`;
}

describe.skipIf('skip' in chromium)('a page that takes long to read, in real Chromium', () => {
  let server: FixtureServer;
  let lede: LedeBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'lede-long-page-'));

  beforeAll(async () => {
    writeFileSync(join(dir, 'huge.html'), hugeArticle());
    server = await serveFixtures(dir);
    lede = await launchWithExtension((chromium as { path: string }).path);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says it is still reading, lets the reader cancel, and reads it again on request', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/huge.html`, { timeout: 60_000 });
    const popup = await openPopup(lede, page);
    await popup.waitFor('.status__message', { timeout: 20_000 });
    const stillReading = async () =>
      (await popup.text('.status__message')) === 'Still reading… This page is very long.';
    const deadline = Date.now() + 20_000;
    while (!(await stillReading()) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(await stillReading()).toBe(true);
    await popup.clickButton('Cancel');
    await popup.waitFor('[role="alert"]', { timeout: 30_000 });
    expect(await popup.text('[role="alert"]')).toBe('You stopped reading this page.');
    expect(await popup.evaluate('!!document.querySelector(".article__title")')).toBe(false);

    await popup.clickButton('Read it again');
    await popup.waitFor(ARTICLE_READY, { timeout: 60_000 });
    expect(await popup.text('.article__title')).toBe('Bài rất dài');
    const body = (await popup.text('.article__body')) ?? '';
    expect(body).toContain(`1. ${PROSE[0]}`);
    // too big to read whole: the reader is told that the article is its beginning
    expect(await popup.text('[role="note"]')).toBe('This page is very long: Lede shows only its first part.');
    expect(body).not.toContain('45000. ');
    await popup.close();
    await page.close();
  }, 180_000); // reading 45,000 paragraphs twice: ~35 s here, more on a busy machine
});
