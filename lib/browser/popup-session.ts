import type { ActiveTabApi } from './tabs';
import { failure } from '../extract/failures';
import type { ExtractOutcome } from '../extract/types';
import type { PageSource } from './messages';
import { readTab } from './read-tab';

/**
 * Reads the article in the tab the popup was opened on. The popup injects the in-page reader
 * itself (activeTab is granted to the whole extension): going through the background
 * would add a hop, carry the article twice, and wait for a sleeping service worker to
 * wake. Always resolves to an outcome the popup can show.
 */
export async function loadActiveArticle(
  api: ActiveTabApi,
  options: {
    force: boolean;
    signal?: AbortSignal;
    /** Called once the tab has been asked (or there is no tab to ask): the moment to load more
     * code. Compiling it sooner holds this thread while the browser's answers wait to be taken
     * (the popup's app, compiled first, made tabs.query take 70 ms instead of 3). */
    afterAsking?: () => void;
  },
): Promise<ExtractOutcome> {
  let reader: Promise<typeof import('./page-source')> | undefined;
  let asked = false;
  const askedNow = () => {
    if (!asked) options.afterAsking?.();
    asked = true;
  };
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return failure('restricted-page');
    performance.mark('lede:extract-request'); // for test/bench/popup.ts and long-tasks.ts
    const { force, signal } = options;
    // the page hands over its nodes and the popup reads them: the page never freezes (page-source.ts)
    const readHere = async (source: PageSource) => {
      performance.mark('lede:page-source'); // for test/bench/popup.ts
      const { readPageSource } = await (reader ?? import('./page-source'));
      return readPageSource(source, { force, signal });
    };
    const reading = readTab(api, { tabId: tab.id, url: tab.url, force, readHere });
    // the reading code loads while the page copies its nodes out: the two overlap. Not sooner:
    // compiling it would hold this thread while the tab's answer waits to be taken
    reader = import('./page-source');
    void reader.then(() => performance.mark('lede:reader-loaded')); // for test/bench/popup.ts --timeline
    reader.catch(() => {}); // awaited in readHere, where a failed load is reported
    askedNow();
    const outcome = await reading;
    performance.mark('lede:extract-response', {
      detail: {
        pipelineMs: outcome.ok ? outcome.ms : null,
        outcome: outcome.ok ? ['ok', ...outcome.degraded].join(' ') : outcome.reason,
      },
    }); // for test/bench/popup.ts and long-tasks.ts
    return outcome;
  } catch (error) {
    console.error('Lede: the popup could not find its tab', error);
    return failure('extract-failed');
  } finally {
    askedNow();
  }
}
