import { failure } from './extract/failures';
import type { ExtractOutcome } from './extract/types';
import { request, type BackgroundProtocol } from './messages';

/** The slice of the WebExtension API the popup needs to read the tab it was opened on. */
export interface PopupApi {
  tabs: { query(query: { active: true; currentWindow: true }): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Asks the background to read the active tab. Always resolves to an outcome the popup can show. */
export async function loadActiveArticle(api: PopupApi, options: { force: boolean }): Promise<ExtractOutcome> {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return failure('restricted-page');
    const send = (message: unknown) => api.runtime.sendMessage(message);
    performance.mark('lede:extract-request');
    const outcome = await request<BackgroundProtocol, 'extractTab'>(send, 'extractTab', { tabId: tab.id, force: options.force });
    performance.mark('lede:extract-response');
    return outcome;
  } catch (error) {
    console.error('Lede: the popup could not reach the background', error);
    return failure('extract-failed');
  }
}
