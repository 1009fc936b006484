import { installExtractor } from '@/lib/extractor';

// Not listed in the manifest: the background injects it with scripting.executeScript
// when the reader clicks the toolbar icon, under the activeTab grant.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    installExtractor(browser.runtime);
  },
});
