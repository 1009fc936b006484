// Highlights and notes in real Chromium (issue 15): a saved article's text is selected in the
// reader and highlighted with h, another passage gets a note with n; both are there after a
// reload, stay on the right words when the page is saved again with other markup, and go into
// the Markdown export.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSE } from '../unit/helpers';
import {
  ARTICLE_READY,
  chromiumOrSkipReason,
  launchWithExtension,
  openPopup,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
} from './harness';
import { saveByShortcut, waitUntil } from './session';

const chromium = chromiumOrSkipReason();
const REPEATED = 'Hà Nội mưa lớn';
/** The reader's highlighter has its keys in. */
const HIGHLIGHTER_READY = '.article__body[data-highlighter]';

/** The article page, first as the site served it, then after the site changed its markup and
 * added an update line at the top (the same words, other elements around them). */
function articleHtml(version: 1 | 2): string {
  const prose = PROSE.slice(0, 6).map((text) => `<p>${text}</p>`);
  const first = version === 1 ? `<p>${REPEATED} từ sáng sớm.</p>` : `<p><a href="/x">${REPEATED}</a> từ sáng sớm.</p>`;
  const second =
    version === 1
      ? `<p>Chiều nay, ${REPEATED} thêm nhiều giờ liền.</p>`
      : `<p>Chiều nay, <strong>Hà Nội</strong> mưa lớn thêm nhiều giờ liền.</p>`;
  const update = version === 2 ? '<p>Cập nhật lúc 15 giờ: bài đã được bổ sung thông tin mới.</p>' : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Mưa lớn ở Hà Nội</title></head>
<body><main><article><h1>Mưa lớn ở Hà Nội</h1>${update}${first}${prose.slice(0, 3).join('')}${second}${prose.slice(3).join('')}</article></main></body></html>`;
}

/** Selects `text` inside the `index`-th paragraph of the reader's article that holds it. */
async function selectInParagraph(page: Page, text: string, index: number): Promise<void> {
  await page.evaluate(
    ({ text, index }) => {
      const paragraph = [...document.querySelectorAll('.article__body p')].filter((p) => p.textContent!.includes(text))[
        index
      ]!;
      const node = [...paragraph.childNodes].find(
        (child) => child.nodeType === 3 && child.textContent!.includes(text),
      )!;
      const start = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { text, index },
  );
}

/** The marked text of each paragraph that has marks. */
const markedParagraphs = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.article__body p')].flatMap((p) => {
      const marks = [...p.querySelectorAll('mark.highlight')].map((mark) => mark.textContent).join('');
      return marks ? [{ paragraph: p.textContent!.slice(0, 12), marks }] : [];
    }),
  );

describe.skipIf('skip' in chromium)('highlights and notes in real Chromium', () => {
  let lede: LedeBrowser;
  let server: FixtureServer;
  const site = mkdtempSync(join(tmpdir(), 'lede-highlight-site-'));
  beforeAll(async () => {
    writeFileSync(join(site, 'mua.html'), articleHtml(1));
    server = await serveFixtures(site);
    lede = await launchWithExtension((chromium as { path: string }).path);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  it('highlights with h, adds a note with n, keeps both, re-attaches after a re-save, exports them', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/mua.html`);
    expect(await saveByShortcut(lede, page)).toBe('✓');

    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    const href = await library.locator('.item__title').first().getAttribute('href');
    const reader = await lede.context.newPage();
    await reader.goto(`chrome-extension://${lede.extensionId}${href}`);
    await reader.locator(HIGHLIGHTER_READY).waitFor();

    // the second "Hà Nội mưa lớn", by keyboard
    await selectInParagraph(reader, REPEATED, 1);
    await reader.keyboard.press('h');
    await expect.poll(() => markedParagraphs(reader)).toEqual([{ paragraph: 'Chiều nay, H', marks: REPEATED }]);

    // a note on a passage of the prose: n opens the note field
    const passage = PROSE[4]!.split(' ').slice(0, 6).join(' ');
    await selectInParagraph(reader, passage, 0);
    await reader.keyboard.press('n');
    const note = reader.getByRole('textbox', { name: 'Note' });
    await note.waitFor();
    await note.fill('Đọc lại đoạn này');
    await reader.keyboard.press('Control+Enter');
    await reader.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();

    // after a reload: both marks, the note in the bar of its highlight
    await reader.reload();
    await reader.locator(ARTICLE_READY).waitFor();
    await expect.poll(() => reader.locator('mark.highlight').count()).toBeGreaterThanOrEqual(2);
    await reader
      .locator('mark.highlight', { hasText: passage.split(' ')[0]! })
      .first()
      .click();
    await expect(reader.locator('.highlight-bar__note').textContent()).resolves.toBe('Đọc lại đoạn này');
    await reader.keyboard.press('Escape');

    // the site changed its markup and added a paragraph: saved again, the highlight stays on its words
    writeFileSync(join(site, 'mua.html'), articleHtml(2));
    await page.reload();
    expect(await saveByShortcut(lede, page)).toBe('✓');
    await reader.reload();
    await reader.locator(ARTICLE_READY).waitFor();
    expect(await reader.locator('.article__body').textContent()).toContain('Cập nhật lúc 15 giờ');
    await expect
      .poll(() => markedParagraphs(reader))
      .toEqual(expect.arrayContaining([{ paragraph: 'Chiều nay, H', marks: REPEATED }]));
    expect((await markedParagraphs(reader)).some((p) => p.paragraph.startsWith('Hà Nội'))).toBe(false);

    // the library's Markdown export has both highlights and the note
    await library.reload();
    const download = library.waitForEvent('download');
    await library.getByRole('button', { name: 'Export as Markdown notes' }).click();
    const zipPath = join(mkdtempSync(join(tmpdir(), 'lede-md-')), 'notes.zip');
    await (await download).saveAs(zipPath);
    const notes = Object.values(unzipSync(readFileSync(zipPath))).map((bytes) => strFromU8(bytes));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`- ${REPEATED}`);
    expect(notes[0]).toContain(`- ${passage}`);
    expect(notes[0]).toContain('  - Đọc lại đoạn này');

    // the library's highlights tab is in its address: a reload keeps it
    await library.getByRole('tab', { name: 'Highlights' }).click();
    await library.locator('.library-highlight').first().waitFor();
    expect(new URL(library.url()).search).toBe('?tab=highlights');
    await library.reload();
    await expect.poll(() => library.locator('.library-highlight').count()).toBe(2);
    expect(await library.getByRole('tab', { name: 'Highlights' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows a saved article’s highlights in the popup, and highlights there with h', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/mua.html`);
    const popup = await openPopup(lede, page);
    await popup.waitFor('.article__body mark.highlight', { timeout: 20_000 });
    await popup.waitFor(HIGHLIGHTER_READY, { timeout: 20_000 });
    expect(
      await popup.evaluate<string[]>(`[...document.querySelectorAll('mark.highlight')].map((m) => m.textContent)`),
    ).toContain('Hà Nội');
    const quote = PROSE[0]!.split(' ').slice(0, 5).join(' ');
    await popup.evaluate(`(() => {
      const p = [...document.querySelectorAll('.article__body p')].find((p) => p.textContent.includes(${JSON.stringify(quote)}));
      const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes(${JSON.stringify(quote)}));
      const start = node.textContent.indexOf(${JSON.stringify(quote)});
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + ${quote.length});
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true, cancelable: true }));
    })()`);
    await waitUntil(
      () => popup.evaluate<string[]>(`[...document.querySelectorAll('mark.highlight')].map((m) => m.textContent)`),
      (marks) => marks.includes(quote),
      'the new highlight in the popup',
    );
    // and the reader page has it too
    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    const href = await library.locator('.item__title').first().getAttribute('href');
    const reader = await lede.context.newPage();
    await reader.goto(`chrome-extension://${lede.extensionId}${href}`);
    await reader.locator(ARTICLE_READY).waitFor();
    await expect.poll(() => reader.locator('mark.highlight').allTextContents()).toContain(quote);
  });
});
