import { createListener, type BackgroundProtocol } from '@/lib/messages';
import { readTab } from '@/lib/tab-reader';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createListener<BackgroundProtocol>({
      extractTab: (payload) => readTab(browser, payload),
    }),
  );
});
