import { markUiLanguage } from '@/lib/ui/i18n';
import { browserTabs } from '@/lib/browser/tabs';
import { loadActiveArticle } from '@/lib/browser/popup-session';
import '@/components/reader.css';

performance.mark('lede:popup-start'); // for test/bench/popup.ts
markUiLanguage(document.documentElement);

// The tab is read while the rest of the popup's code loads and starts, so the two overlap
// instead of adding up: this module stays small (reading the tab only), the app comes once the
// tab has been asked (compiling it first kept the browser's answer waiting).
const reading = new AbortController();
const firstOutcome = loadActiveArticle(browserTabs, {
  force: false,
  signal: reading.signal,
  afterAsking: () =>
    void import('./app').then(({ mountPopup }) => mountPopup({ firstReading: { outcome: firstOutcome, reading } })),
});
