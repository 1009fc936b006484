// Listen in real Chromium (the reader reads the article aloud): the real Listen control, the real
// chrome.tts, and Chromium's real voices — espeak-ng through speech-dispatcher (Debian's
// speech-dispatcher and espeak-ng; the harness starts Chromium with --enable-speech-dispatcher and
// sends the sound to ALSA's null device). The sentence being read is a CSS custom highlight; the
// test watches it move through the article, pause, skip, go on while the page runs no code (the
// browser reads on), and go away on Stop.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/summarize/split';
import type { BareArticleFields } from '../../lib/db/write/bare-article';
import { libraryFileOf, PROSE } from '../unit/helpers';
import { ARTICLE_READY, chromiumOrSkipReason, launchWithExtension, type LedeBrowser } from './harness';

const chromium = chromiumOrSkipReason();

const PARAGRAPHS = Array.from({ length: 40 }, (_, i) => `${PROSE[i % 6]} ${PROSE[(i + 1) % 6]} Hết đoạn ${i + 1}.`);
const SENTENCES = PARAGRAPHS.flatMap((text) => splitSentences(text, 'vi').map((span) => span.text));

/** The text under the Listen highlight ('' when there is none). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('lede-listen');
    return highlight ? [...highlight][0]!.toString() : '';
  });

/** The sentence number Listen shows ("Sentence 3 of 120" → 3) and the text under the highlight,
 * read at the same moment (they move on while the test looks). */
const shown = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('lede-listen');
    return {
      number: Number(document.querySelector('.listen__position')?.textContent?.match(/\d+/)?.[0] ?? NaN),
      text: highlight ? [...highlight][0]!.toString() : '',
    };
  });

/** The sentence number Listen shows ("Sentence 3 of 120" → 3). */
const position = async (page: Page) =>
  Number((await page.locator('.listen__position').textContent())?.match(/\d+/)?.[0] ?? NaN);

/** Whether chrome.tts is speaking now (asked in a page or the service worker). */
const isSpeaking = (page: Pick<Page, 'evaluate'>) =>
  page.evaluate(() => {
    type Tts = { isSpeaking(callback: (speaking: boolean) => void): void };
    const { tts } = (globalThis as unknown as { chrome: { tts: Tts } }).chrome;
    return new Promise<boolean>((done) => tts.isSpeaking(done));
  });

/** Imports one article into the library and opens it in the reader page. */
async function openInReader(lede: LedeBrowser, article: BareArticleFields): Promise<Page> {
  const path = join(mkdtempSync(join(tmpdir(), 'lede-listen-')), 'library.json');
  writeFileSync(path, JSON.stringify(libraryFileOf([article])));
  const library = await lede.context.newPage();
  await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
  await library.locator('input[type=file]').setInputFiles(path);
  const title = library.locator('.item__title', { hasText: article.title });
  await title.waitFor({ timeout: 20_000 });
  const href = await title.getAttribute('href');
  await library.close();
  const reader = await lede.context.newPage();
  await reader.setViewportSize({ width: 900, height: 700 });
  await reader.goto(`chrome-extension://${lede.extensionId}${href}`);
  await reader.locator(ARTICLE_READY).waitFor();
  return reader;
}

describe.skipIf('skip' in chromium)('Listen in real Chromium', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchWithExtension((chromium as { path: string }).path, { speech: true });
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('reads the article aloud sentence by sentence with a Vietnamese voice, highlighting each', async () => {
    const reader = await openInReader(lede, {
      url: 'https://bao.example/nghe',
      title: 'Bài để nghe',
      text: PARAGRAPHS.join('\n\n'),
      lang: 'vi',
    });

    // Chromium starts speech-dispatcher on the first question and lists espeak-ng's ~13,000
    // voices seconds later (longer on a busy machine): asked here first, so Listen finds them
    const voices = () =>
      reader.evaluate(() => {
        type Tts = { getVoices(callback: (voices: Array<{ lang?: string }>) => void): void };
        const { tts } = (globalThis as unknown as { chrome: { tts: Tts } }).chrome;
        return new Promise<string[]>((done) => tts.getVoices((list) => done(list.map((voice) => voice.lang ?? ''))));
      });
    await expect
      .poll(async () => (await voices()).filter((lang) => /^vi\b/i.test(lang)).length, {
        timeout: 60_000,
        interval: 500,
        message: 'Chromium lists no Vietnamese voice: are speech-dispatcher and espeak-ng installed?',
      })
      .toBeGreaterThan(0);

    // every sentence the highlight showed, in order, recorded in the page
    await reader.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      setInterval(() => {
        const highlight = CSS.highlights.get('lede-listen');
        const text = highlight ? [...highlight][0]!.toString() : '';
        if (text && text !== seen[seen.length - 1]) seen.push(text);
      }, 10);
    });
    const seen = () => reader.evaluate(() => (window as unknown as { seen: string[] }).seen);

    const body = await reader.locator('.article__body').innerHTML();
    const controls = reader.getByRole('group', { name: 'Listen to the article' });
    await controls.getByRole('button', { name: 'Listen', exact: true }).focus();
    await reader.keyboard.press('Enter'); // by keyboard
    await controls.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 30_000 });
    // with Listen's controls in, a 900-pixel window still shows every toolbar button's label on
    // one line (the toolbar wraps instead of squeezing "Export as Markdown" onto two)
    const squeezed = await reader.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.toolbar button')]
        .filter((button) => button.offsetHeight > 2 * parseFloat(getComputedStyle(button).lineHeight))
        .map((button) => button.textContent),
    );
    expect(squeezed).toEqual([]);
    expect(await controls.getByLabel('Voice').inputValue()).toMatch(/^Vietnamese/); // espeak-ng's
    await expect.poll(async () => (await seen()).slice(0, 3), { timeout: 30_000 }).toEqual(SENTENCES.slice(0, 3));
    expect(await isSpeaking(reader)).toBe(true); // chrome.tts itself is speaking
    expect(await reader.locator('.article__body').innerHTML()).toBe(body); // the article's DOM is untouched

    // pause (the main button, still focused, says what it does next): the highlight stays put
    await reader.keyboard.press('Enter');
    await controls.getByRole('button', { name: 'Resume' }).waitFor();
    const paused = await position(reader);
    expect(await highlighted(reader)).toBe(SENTENCES[paused - 1]);
    await reader.waitForTimeout(2_000);
    expect(await position(reader)).toBe(paused);
    expect(await isSpeaking(reader)).toBe(false);

    // next sentence while paused: the place moves, nothing is read; resuming reads from there
    await controls.getByRole('button', { name: 'Next sentence' }).click();
    expect(await position(reader)).toBe(paused + 1);
    expect(await highlighted(reader)).toBe(SENTENCES[paused]);
    await expect.poll(async () => (await seen()).at(-1)).toBe(SENTENCES[paused]);
    const heard = (await seen()).length;
    await controls.getByRole('button', { name: 'Resume' }).click();
    await expect
      .poll(async () => (await seen()).slice(heard, heard + 2), { timeout: 30_000 })
      .toEqual(SENTENCES.slice(paused + 1, paused + 3));

    // a faster speed: it goes on from the sentence being read
    await controls.getByLabel('Speed').selectOption('2');
    expect(await controls.getByLabel('Speed').inputValue()).toBe('2');
    const fast = await position(reader);
    await expect.poll(() => position(reader), { timeout: 30_000 }).toBeGreaterThan(fast);

    // the page's code not running: headless Chromium keeps a tab in the background 'visible' (its
    // timers are not slowed), so the reader's thread is kept busy for 6 s instead, as a
    // throttled or frozen background tab would be. chrome.tts reads on in the browser, and
    // the highlight catches up when the page runs again.
    const before = await position(reader);
    const busy = reader.evaluate(() => {
      for (const end = Date.now() + 6_000; Date.now() < end;);
    });
    await new Promise((done) => setTimeout(done, 3_000));
    expect(await isSpeaking(lede.worker)).toBe(true);
    await busy;
    await expect.poll(() => position(reader), { timeout: 10_000 }).toBeGreaterThan(before + 1);
    const { number, text } = await shown(reader);
    expect(text).toBe(SENTENCES[number - 1]);

    // stop: the highlight goes, the controls fold back to Listen, which has the focus
    await controls.getByRole('button', { name: 'Stop listening' }).click();
    await controls.getByRole('button', { name: 'Listen', exact: true }).waitFor();
    expect(await highlighted(reader)).toBe('');
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe('Listen');
    await expect.poll(() => isSpeaking(reader)).toBe(false);

    // leaving the page stops the speech (the browser would read on for the extension)
    await controls.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(() => isSpeaking(lede.worker), { timeout: 30_000 }).toBe(true);
    // another of the voices that can read it, chosen from the list: kept for Vietnamese
    const voiceList = controls.getByLabel('Voice');
    const other = await voiceList
      .locator('option')
      .nth(1)
      .evaluate((option: HTMLOptionElement) => option.value);
    expect(other).not.toBe(await voiceList.inputValue());
    await voiceList.selectOption(other);
    const address = reader.url();
    await reader.close();
    await expect.poll(() => isSpeaking(lede.worker), { timeout: 10_000 }).toBe(false);

    // the speed and the voice chosen are kept: the article opened again reads at 2×, with that voice
    const again = await lede.context.newPage();
    await again.goto(address);
    await again.locator(ARTICLE_READY).waitFor();
    const againControls = again.getByRole('group', { name: 'Listen to the article' });
    await againControls.getByRole('button', { name: 'Listen', exact: true }).click();
    await againControls.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 30_000 });
    expect(await againControls.getByLabel('Speed').inputValue()).toBe('2');
    expect(await againControls.getByLabel('Voice').inputValue()).toBe(other);
    await again.close();
  }, 240_000); // voices loading, then about 30 sentences read: a minute here, more on a busy 2-core machine

  it("says plainly that the computer has no voice for the article's language, and reads nothing", async () => {
    // espeak-ng has no Yoruba voice; Lede does not read Yoruba with another language's voice
    const reader = await openInReader(lede, {
      url: 'https://iroyin.example/oro',
      title: 'Ìròyìn',
      text: 'Ìjọba ti kéde ètò tuntun fún àwọn àgbẹ̀. Ètò náà yóò bẹ̀rẹ̀ ní oṣù tó ń bọ̀.',
      lang: 'yo',
    });
    const controls = reader.getByRole('group', { name: 'Listen to the article' });
    await controls.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect
      .poll(() => controls.getByRole('status').textContent(), { timeout: 60_000 })
      .toBe(
        'No Yoruba voice on this computer, so Lede can’t read this article aloud. Add one in your system’s speech settings, then try again.',
      );
    expect(await highlighted(reader)).toBe('');
    expect(await isSpeaking(reader)).toBe(false);
    expect(await controls.getByRole('button').allTextContents()).toEqual(['Listen']);
  }, 120_000);
});
