// `npm run screenshots`: the README's pictures of the popup, the library, the reader, its
// highlights and notes, the library's highlights view and the Listen control, taken in headless
// Chromium with Lede loaded, on the bundled demo article. Listen speaks with Chromium's own
// voices: Debian's speech-dispatcher and espeak-ng (see the README's e2e section).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTICLE_READY, findChromium, launchWithExtension, openPopup, ROOT, serveFixtures } from '../e2e/harness';

const OUT = join(ROOT, 'test/demo/screenshots');
const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error('Chromium not found. Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}

/** Selects the words `from`..`to` (word indexes) of the article's `paragraph`-th paragraph. */
async function selectWords(page: Page, paragraph: number, words: { from: number; to: number }): Promise<void> {
  await page.evaluate(
    ({ paragraph, words }) => {
      const p = document.querySelectorAll('.article__body p')[paragraph]!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode()!;
      const text = node.textContent!;
      const starts = [...text.matchAll(/\S+/g)];
      const first = starts[words.from]!;
      const last = starts[Math.min(words.to, starts.length - 1)]!;
      const range = document.createRange();
      range.setStart(node, first.index);
      range.setEnd(node, last.index + last[0].length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { paragraph, words },
  );
}

/** Two highlights in the reader, by keyboard as a reader makes them: one with `h`, one in
 * another colour with a note (`n`); then the first one's bar opened by a click. */
async function highlightInReader(reader: Page): Promise<void> {
  await reader.locator('.article__body[data-highlighter]').waitFor();
  await selectWords(reader, 1, { from: 0, to: 11 });
  await reader.keyboard.press('n');
  await reader.getByRole('textbox', { name: 'Note' }).fill('Số liệu cần kiểm tra lại trước khi trích dẫn.');
  await reader.keyboard.press('Control+Enter');
  await reader.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();
  await selectWords(reader, 3, { from: 4, to: 18 });
  await reader.keyboard.press('h');
  await reader.locator('mark.highlight').nth(1).waitFor();
  await reader.keyboard.press('Escape');
  await reader.locator('mark.highlight').first().click();
  await reader.locator('.highlight-bar__note').waitFor();
}

execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEDE_E2E: '1' }, stdio: 'ignore' });
mkdirSync(OUT, { recursive: true });
const server = await serveFixtures();
const lede = await launchWithExtension(chromiumPath, { speech: true });
try {
  const page = await lede.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${server.origin}/seed-article.html`);
  const popup = await openPopup(lede, page);
  await popup.waitFor('.savebar button:not([disabled])');
  await popup.clickButton('Save');
  await popup.waitFor('.savebar button[aria-pressed="true"]', { timeout: 20_000 });
  writeFileSync(join(OUT, 'popup.png'), await popup.screenshot());
  await popup.close();

  const library = await lede.context.newPage();
  await library.setViewportSize({ width: 900, height: 560 });
  await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
  await library.getByRole('searchbox').fill('giam ngheo');
  await library.locator('mark').first().waitFor();
  await library.screenshot({ path: join(OUT, 'library.png') });

  const href = await library.locator('.item__title').first().getAttribute('href');
  const reader = await lede.context.newPage();
  await reader.setViewportSize({ width: 900, height: 560 });
  await reader.goto(`chrome-extension://${lede.extensionId}${href}`);
  await reader.locator(ARTICLE_READY).waitFor();
  await reader.screenshot({ path: join(OUT, 'reader.png') });

  await highlightInReader(reader);
  await reader
    .locator('mark.highlight')
    .first()
    .evaluate((mark) => mark.scrollIntoView({ block: 'center' }));
  await reader.screenshot({ path: join(OUT, 'highlights.png') });
  await reader.keyboard.press('Escape');

  await library.getByRole('searchbox').fill('');
  await library.getByRole('tab', { name: 'Highlights' }).click();
  await library.locator('.library-highlight').first().waitFor();
  await library.screenshot({ path: join(OUT, 'library-highlights.png') });

  // Listen: the control at work, two sentences in (the first voice list takes seconds)
  await reader.evaluate(() => scrollTo(0, 0));
  const listen = reader.getByRole('group', { name: 'Listen to the article' });
  await listen.getByRole('button', { name: 'Listen', exact: true }).click();
  await listen.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 60_000 });
  await reader.waitForFunction(
    () => /Sentence [2-9]/.test(document.querySelector('.listen__position')?.textContent ?? ''),
    null,
    {
      timeout: 60_000,
    },
  );
  await listen.getByRole('button', { name: 'Pause' }).click();
  await listen.getByRole('button', { name: 'Resume' }).waitFor();
  await reader.screenshot({ path: join(OUT, 'listen.png') });
  console.log(`Screenshots in ${OUT}`);
} finally {
  await lede.close();
  await server.close();
}
