import { installInPageReader } from '@/lib/browser/in-page-reader';

// Not listed in the manifest: the background injects it with scripting.executeScript for the
// save shortcut and the context menu (a Manifest V3 background has no DOM to read in).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    installInPageReader(browser.runtime);
  },
});
