// The browser's tab and scripting calls that reading a tab needs, narrowed to the ones
// Lede makes (the WebExtension types have overloads a plain interface cannot take).
// The background (shortcut, context menu) and the popup both read tabs through it.
import { browser } from 'wxt/browser';
import type { TabReaderApi } from './read-tab';

/** Reading a tab, plus finding the tab the popup was opened on. */
export interface ActiveTabApi extends TabReaderApi {
  tabs: TabReaderApi['tabs'] & {
    query(query: { active: true; currentWindow: true }): Promise<Array<{ id?: number; url?: string }>>;
  };
}

export const browserTabs: ActiveTabApi = {
  tabs: {
    get: (tabId) => browser.tabs.get(tabId),
    query: (query) => browser.tabs.query(query),
    sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  },
  scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
};
