// Cold opens for bench:search: a new page, nothing cached, timed from its navigation start.
// Pages say when they are done with a console message: waiting with waitForFunction would run
// Playwright's injected script (and a check every frame) in the page while it is measured.
import type { BrowserContext } from 'playwright-core';
import { COLD_OPEN_DONE, EMPTY_PAGE_STARTED, LIBRARY_SHOWN } from './search-page/shared';

/** bench/cold.html: open the database, search, show the hits; nothing else on the page. */
export interface SearchAlone {
  sinceNavigation: number;
  scriptStarted: number;
  openMs: number;
  searchMs: number;
}

/** The real library page, as a reader opens it. */
export interface LibraryOpen {
  /** Navigation → the page's script starts (its modules loaded; the 'lede:library-start' mark). */
  scriptStarted: number;
  /** Navigation → the app's first render. */
  drawn: number;
  /** Navigation → the first frame with the list or the search results in the page. */
  shown: number;
  rows: number;
  /** Highlighted words in the rows' snippets (search results have them). */
  marks: number;
}

/** Runs in every page of the bench's browser before its scripts (context.addInitScript); in
 * library.html it watches the DOM and logs LIBRARY_SHOWN once rows (or "nothing found") are in
 * the page and a frame has been drawn. A mutation observer costs the page next to nothing. */
export function watchLibraryPage(doneMessage: string): void {
  if (location.pathname !== '/library.html') return;
  let drawn = 0;
  const observer = new MutationObserver(() => {
    drawn ||= document.getElementById('app')?.firstChild ? performance.now() : 0;
    if (!document.querySelector('.library__list > li, .library__empty')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const shown = performance.now();
      const rows = document.querySelectorAll('.library__list > li').length;
      const marks = document.querySelectorAll('.library__list mark').length;
      const scriptStarted = performance.getEntriesByName('lede:library-start')[0]?.startTime ?? Number.NaN;
      console.log(`${doneMessage} ${JSON.stringify({ scriptStarted, drawn, shown, rows, marks })}`);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens `url` in a new page of `context` and waits for the console line starting with `done`. */
async function openUntil(
  context: BrowserContext,
  url: string,
  done: string,
  onError: (message: string) => void,
): Promise<{ text: string; evaluate: <T>(fn: () => T) => Promise<T>; close: () => Promise<void> }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => onError(`page error: ${error.message}`));
  const message = page.waitForEvent('console', { predicate: (line) => line.text().startsWith(done), timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  const text = (await message).text();
  return { text, evaluate: (fn) => page.evaluate(fn), close: () => page.close() };
}

export async function openSearchAlone(
  context: BrowserContext,
  url: string,
  onError: (message: string) => void,
): Promise<SearchAlone> {
  const page = await openUntil(context, url, COLD_OPEN_DONE, onError);
  const result = await page.evaluate(() => (globalThis as unknown as { coldResult: SearchAlone }).coldResult);
  await page.close();
  return result;
}

export async function openLibrary(
  context: BrowserContext,
  url: string,
  onError: (message: string) => void,
): Promise<LibraryOpen> {
  const page = await openUntil(context, url, LIBRARY_SHOWN, onError);
  await page.close();
  return JSON.parse(page.text.slice(LIBRARY_SHOWN.length)) as LibraryOpen;
}

/** Navigation → script start of bench/empty.html: Chromium's own cost of a new extension page. */
export async function openEmptyPage(
  context: BrowserContext,
  url: string,
  onError: (message: string) => void,
): Promise<number> {
  const page = await openUntil(context, url, EMPTY_PAGE_STARTED, onError);
  await page.close();
  return Number(page.text.slice(EMPTY_PAGE_STARTED.length));
}
