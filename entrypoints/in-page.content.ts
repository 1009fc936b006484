import { installPageSource } from '@/lib/browser/in-page-source';

// Not listed in the manifest: the popup injects it with scripting.executeScript when the reader
// clicks the toolbar icon, under the activeTab grant. It only copies the page's nodes out:
// the extractor stays in the popup (lib/browser/in-page.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    installPageSource(browser.runtime);
  },
});
