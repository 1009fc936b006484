import { failure } from '../extract/failures';
import type { ExtractOutcome } from '../extract/types';
import { request, type InPageProtocol, type PageSource } from './messages';
import { isRestrictedUrl, isRestrictionError } from './page-access';

/** The slice of the WebExtension API that reading a tab needs (real `browser` or a fake in tests). */
export interface TabReaderApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: InPageScript[] }): Promise<unknown>;
  };
}

/** Built files of the in-page scripts (lib/browser/in-page.ts), injected on demand under
 * activeTab: the popup's, which only copies the page's nodes out, and the background's reader. */
export const IN_PAGE_SCRIPTS = {
  pageSource: '/content-scripts/in-page.js',
  extractPage: '/content-scripts/in-page-reader.js',
} as const;
type InPageScript = (typeof IN_PAGE_SCRIPTS)[keyof typeof IN_PAGE_SCRIPTS];

/** How to read a tab. */
export interface ReadTabOptions {
  tabId: number;
  /** The tab's address when the caller has it already (the popup's tabs.query): saves a round trip. */
  url?: string;
  /** "Show anyway": read it even when it does not look like an article. */
  force: boolean;
  /** Reads the page's snapshot in this extension page (the popup: page-source.ts), so that the
   * page's thread only serializes itself. Without it, Lede's pipeline runs in the page, in
   * slices (the background, which has no DOM in Manifest V3). */
  readHere?: (source: PageSource) => Promise<ExtractOutcome>;
}

/**
 * Injects the in-page script it needs into a tab (the page's nodes for `readHere`, else the
 * in-page reader) and reads its article.
 * Restricted pages and refused injections become a `restricted-page` outcome, never an exception.
 */
export async function readTab(api: TabReaderApi, options: ReadTabOptions): Promise<ExtractOutcome> {
  const { tabId, force } = options;
  try {
    const url = options.url ?? (await api.tabs.get(tabId)).url;
    if (isRestrictedUrl(url)) return failure('restricted-page');
    const send = (message: unknown) => api.tabs.sendMessage(tabId, message);
    const { readHere } = options;
    const ask = readHere
      ? () => request<InPageProtocol, 'pageSource'>(send, 'pageSource', {})
      : () => request<InPageProtocol, 'extractPage'>(send, 'extractPage', { force });
    // A second click on the same page finds the in-page reader still there: no new injection.
    let answer = await ask().catch(() => null);
    if (!answer) {
      const script = readHere ? IN_PAGE_SCRIPTS.pageSource : IN_PAGE_SCRIPTS.extractPage;
      await api.scripting.executeScript({ target: { tabId }, files: [script] });
      answer = await ask();
    }
    if ('nodes' in answer) return readHere ? await readHere(answer) : failure('extract-failed');
    return answer;
  } catch (error) {
    if (isRestrictionError(error)) return failure('restricted-page');
    console.error('Lede: could not read the tab', error);
    return failure('extract-failed');
  }
}
