import { openLedeDb } from '@/lib/db/write';
import { t } from '@/lib/ui/i18n';
import { saveLink, saveTab } from '@/lib/browser/save-from-browser';
import { browserTabs } from '@/lib/browser/tabs';
import { showSaveBadge } from '@/lib/ui/badge';
import { installQueue, offscreenPlace } from '@/lib/browser/queue-background';
import type { QueueControl } from '@/lib/browser/queue-control';

const MENU = { savePage: 'lede-save-page', saveLink: 'lede-save-link' } as const;

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU.savePage, title: t('menuSavePage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link'] });
  });

  /** Saves the tab's article; the toolbar badge says how it went. */
  const saveAndTell = (tabId: number) =>
    void openLedeDb()
      // its pictures are kept too when the reader asked (the queue's control reads the setting)
      .then((db) => saveTab(browserTabs, db, tabId, { onSaved: (id) => void queue?.saved(id, queueImages) }))
      .then((code) => showSaveBadge(browser.action, tabId, code));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.savePage && tab?.id !== undefined) saveAndTell(tab.id);
    if (info.menuItemId === MENU.saveLink && info.linkUrl) {
      const text = (info as { linkText?: string }).linkText ?? info.selectionText;
      void openLedeDb()
        .then((db) => saveLink(db, { url: info.linkUrl!, text }))
        .then(() => queue?.wake()); // its text is fetched where the reader allowed it
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-article' && tab?.id !== undefined) saveAndTell(tab.id);
  });

  // Saved links get their text in the background (issue 14): in an offscreen document in
  // Chrome, in this page in Firefox (its background page has a DOM).
  const queueImages = (ids: number[]) =>
    openLedeDb().then(async (db) => {
      const { queueImages: queue } = await import('@/lib/db/write/queue');
      await queue(db, ids, Date.now());
    });
  let queue: QueueControl | undefined;
  if (import.meta.env.FIREFOX) {
    void import('@/lib/browser/queue-worker').then(({ createQueueWorker }) => {
      const worker = createQueueWorker(({ nextDue }) => void control.idle(nextDue));
      const control = (queue = installQueue(
        browser,
        {
          start: async (origins, options) => void worker.start(origins, options),
          stop: async () => worker.stop(),
          finish: async () => undefined,
        },
        queueImages,
      ));
    });
  } else {
    queue = installQueue(
      browser,
      offscreenPlace({
        runtime: browser.runtime,
        offscreen: browser.offscreen,
        getContexts: () =>
          browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] }),
      }),
      queueImages,
    );
  }
});
