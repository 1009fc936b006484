import { failure } from '../extract/failures';
import type { ExtractOutcome } from '../extract/types';
import { request, type InPageProtocol } from './messages';
import { isRestrictedUrl, isRestrictionError } from './page-access';

/** The slice of the WebExtension API that reading a tab needs (real `browser` or a fake in tests). */
export interface TabReaderApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: Array<typeof IN_PAGE_SCRIPT> }): Promise<unknown>;
  };
}

/** Built file of `entrypoints/in-page.content.ts`, injected on demand under activeTab. */
export const IN_PAGE_SCRIPT = '/content-scripts/in-page.js';

/**
 * Injects the in-page reader (entrypoints/in-page.content.ts) into a tab and asks it for the article. Restricted pages and
 * refused injections become a `restricted-page` outcome, never an exception.
 */
export async function readTab(api: TabReaderApi, options: { tabId: number; force: boolean }): Promise<ExtractOutcome> {
  const { tabId, force } = options;
  try {
    const tab = await api.tabs.get(tabId);
    if (isRestrictedUrl(tab.url)) return failure('restricted-page');
    const send = (message: unknown) => api.tabs.sendMessage(tabId, message);
    const ask = () => request<InPageProtocol, 'extractPage'>(send, 'extractPage', { force });
    // A second click on the same page finds the in-page reader still there: no new injection.
    const again = await ask().catch(() => null);
    if (again) return again;
    await api.scripting.executeScript({ target: { tabId }, files: [IN_PAGE_SCRIPT] });
    return await ask();
  } catch (error) {
    if (isRestrictionError(error)) return failure('restricted-page');
    console.error('Lede: could not read the tab', error);
    return failure('extract-failed');
  }
}
