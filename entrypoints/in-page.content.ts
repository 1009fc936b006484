import { installInPageReader } from '@/lib/browser/in-page';

// Not listed in the manifest: the background injects it with scripting.executeScript
// when the reader clicks the toolbar icon, under the activeTab grant.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    installInPageReader(browser.runtime);
  },
});
