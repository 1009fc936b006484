// The library by keyboard alone, in real Chromium: search, reach a result with Tab (focus
// visible), open it with Enter, delete with Enter and undo with Enter without the focus
// getting lost. The article is saved with the keyboard shortcut, so no mouse is involved.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumOrSkipReason } from './harness';
import { saveByShortcut, useLedeSession } from './session';

const chromium = chromiumOrSkipReason();
const TITLE = 'Nhiều mô hình hay trong Phong trào thi đua “Vì người nghèo - không để ai bị bỏ lại phía sau”';

/** What has the focus: its text or accessible name, and whether a focus ring is drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      text: (element.textContent ?? '').trim() || element.getAttribute('aria-label') || '',
      tag: element.tagName,
      ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
    };
  });

/** Presses Tab until `wanted` holds for the focused element (at most 30 times). */
async function tabTo(page: Page, wanted: (focus: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (wanted(focus)) return focus;
  }
  throw new Error('Tab never reached the element');
}

describe.skipIf('skip' in chromium)('the library by keyboard alone', () => {
  const session = useLedeSession((chromium as { path: string }).path);

  it('searches, opens, deletes and undoes with the keyboard, focus always visible', async () => {
    const { lede, server } = session;
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    expect(await saveByShortcut(lede, page)).toBe('✓');

    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
    await library.locator('.item').first().waitFor();
    expect((await focused(library)).text).toBe('Search'); // the search box has the focus on arrival
    await library.keyboard.type('vi nguoi ngheo');
    await library.locator('.item mark').first().waitFor();

    const title = await tabTo(library, (focus) => focus.text === TITLE);
    expect(title.ring).toBe(true);
    const remove = await tabTo(library, (focus) => focus.text === 'Delete');
    expect(remove.ring).toBe(true);
    expect(
      await library.evaluate(
        () => document.getElementById(document.activeElement!.getAttribute('aria-describedby')!)?.textContent,
      ),
    ).toBe(TITLE);

    await library.keyboard.press('Enter');
    await library.getByText('No saved article matches').waitFor();
    expect((await focused(library)).text).toBe('Undo');
    await library.keyboard.press('Enter');
    await library.locator('.item__title').first().waitFor();
    expect((await focused(library)).text).toBe('Search');

    await tabTo(library, (focus) => focus.text === TITLE);
    await library.keyboard.press('Enter');
    await library.locator('.article__title').waitFor();
    expect(await library.locator('.article__title').textContent()).toBe(TITLE);
  });
});
