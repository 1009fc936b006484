import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chromiumOrSkipReason,
  launchWithExtension,
  openPopup,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
  ARTICLE_READY,
} from './harness';
import type { PopupDriver } from './popup-driver';

const chromium = chromiumOrSkipReason();

describe.skipIf('skip' in chromium)('popup in real Chromium', () => {
  let server: FixtureServer;
  let lede: LedeBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    const started = performance.now();
    lede = await launchWithExtension((chromium as { path: string }).path);
    console.log(`[e2e timing] Chromium start with Lede loaded: ${Math.round(performance.now() - started)} ms`);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  /** Opens `address` (a fixture path or a URL) in a tab, opens the popup on it, runs `check`, closes both. */
  async function inPopup(address: string, waitFor: string, check: (popup: PopupDriver, page: Page) => Promise<void>) {
    const page = await lede.context.newPage();
    await page.goto(address.includes(':') ? address : `${server.origin}/${address}`);
    const popup = await openPopup(lede, page);
    await popup.waitFor(waitFor);
    try {
      await check(popup, page);
    } finally {
      await popup.close();
      await page.close();
    }
  }

  it('shows the title, site and body text of a news article', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    const clicked = performance.now();
    const popup = await openPopup(lede, page);
    await popup.waitFor('.article__title');
    console.log(`[e2e timing] click → article visible: ${Math.round(performance.now() - clicked)} ms`);

    expect(await popup.text('.article__title')).toBe(
      'Nhiều mô hình hay trong Phong trào thi đua “Vì người nghèo - không để ai bị bỏ lại phía sau”',
    );
    expect(await popup.text('.article__site')).toBe('Báo Thi đua Việt Nam');
    const body = (await popup.text('.article__body')) ?? '';
    expect(body).toContain('Ban Thi đua Khen thưởng Trung ương');
    expect(body).toContain('Hội nghị diễn ra đến hết ngày 14-4.');
    await popup.close();
    await page.close();
  });

  it('shows the clean article: byline, date, reading time, each caption once, none of the clutter', () =>
    inPopup('seed-article.html', ARTICLE_READY, async (popup) => {
      expect(await popup.text('.article__byline')).toBe('NGUYỄN ANH');
      expect(await popup.text('.article__reading-time')).toMatch(/^\d+ min read$/);
      expect(await popup.text('.article__date')).toBeTruthy();
      const body = (await popup.text('.article__body')) ?? '';
      for (const noise of ['Click để copy', 'Bài liên quan', 'Tin mới', 'Gia Lai: Xử phạt 432 triệu đồng'])
        expect(body).not.toContain(noise);
      expect(body.split('Toàn cảnh hội nghị.').length - 1).toBe(1);
      expect(await popup.evaluate<number>('document.querySelectorAll(".article__body img").length')).toBe(2);
    }));

  it('shows a short summary above the article; a sentence links to its paragraph', () =>
    inPopup('seed-article.html', '.summary__line', async (popup) => {
      const lines = await popup.evaluate<string[]>(
        `[...document.querySelectorAll('.summary__line')].map((a) => a.textContent)`,
      );
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(5);
      const body = (await popup.text('.article__body')) ?? '';
      for (const line of lines) expect(body).toContain(line);
      await popup.evaluate(`document.querySelectorAll('.summary__line')[${lines.length - 1}].click()`);
      const highlighted = await popup.evaluate<string | null>(
        `document.querySelector('.article__body .is-highlighted')?.textContent ?? null`,
      );
      expect(highlighted).toContain(lines[lines.length - 1]);
    }));

  it('leaves the live page untouched', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/seed-article.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopup(lede, page);
    await popup.waitFor('.article__title');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('says in plain words that a sign-in page is not an article, and offers "Show anyway"', () =>
    inPopup('not-article.html', '[role=alert]', async (popup) => {
      expect(await popup.text('[role=alert]')).toMatch(/doesn’t look like an article/);
      expect(await popup.buttons()).toContain('Show anyway');
    }));

  it('"Show anyway" reads a page that does not look like an article', () =>
    inPopup('not-article.html', '[role=alert]', async (popup) => {
      await popup.clickButton('Show anyway');
      await popup.waitFor('.article__title');
      expect(await popup.text('.article__title')).toMatch(/Sign in/);
    }));

  it('keeps reading settings: text made larger (two quick clicks count twice) applies the next time the popup opens', async () => {
    await inPopup('seed-article.html', '.article__title', async (popup) => {
      await popup.evaluate(`document.querySelector('[aria-label="Reading settings"]').click()`);
      await popup.waitFor('[aria-label="Larger text"]');
      // both clicks land before the popup re-renders, as a quick double click can
      await popup.evaluate(
        `(() => { const larger = document.querySelector('[aria-label="Larger text"]'); larger.click(); larger.click(); })()`,
      );
    });
    await inPopup('seed-article.html', '.article__title', async (popup) => {
      await new Promise((done) => setTimeout(done, 200)); // settings load from storage
      expect(await popup.evaluate<string>(`getComputedStyle(document.querySelector('.article__body')).fontSize`)).toBe(
        '19px',
      ); // default 17
    });
  });

  it('can be used by keyboard alone: Tab reaches Save, and focus is visible', () =>
    inPopup('seed-article.html', '.savebar button', async (popup) => {
      const focused = await popup.evaluate<string[]>(`(() => {
        const order = [...document.querySelectorAll('button, a[href], input, select')].filter((el) => !el.disabled && el.tabIndex >= 0);
        return order.slice(0, 4).map((el) => el.textContent.trim() || el.getAttribute('aria-label'));
      })()`);
      expect(focused).toContain('Save');
      await popup.evaluate(`document.querySelector('.savebar button').focus()`);
      expect(await popup.evaluate<string>(`document.activeElement.textContent.trim()`)).toBe('Save');
      const focusRule = `[...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => (rule.selectorText ?? '').includes(':focus-visible') && rule.style.outlineStyle !== 'none'))`;
      expect(await popup.evaluate<boolean>(focusRule)).toBe(true);
    }));

  it('says Lede cannot read a browser page instead of spinning', () =>
    inPopup('chrome://version', '[role=alert]', async (popup) => {
      expect(await popup.text('[role=alert]')).toMatch(/can’t read this page/);
    }));
});
