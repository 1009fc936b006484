import { createListener, type BackgroundProtocol } from '@/lib/messages';
import { readTab, type TabReaderApi } from '@/lib/tab-reader';

/** The browser APIs reading a tab needs, narrowed to the calls Lede makes. */
const tabReaderApi: TabReaderApi = {
  tabs: {
    get: (tabId) => browser.tabs.get(tabId),
    sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  },
  scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createListener<BackgroundProtocol>({
      extractTab: (payload) => readTab(tabReaderApi, payload),
    }),
  );
});
