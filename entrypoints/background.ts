import { openLedeDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { createListener, type BackgroundProtocol } from '@/lib/messages';
import { saveLink, saveTab } from '@/lib/save-from-browser';
import { readTab, type TabReaderApi } from '@/lib/tab-reader';

/** The browser APIs reading a tab needs, narrowed to the calls Lede makes. */
const tabReaderApi: TabReaderApi = {
  tabs: {
    get: (tabId) => browser.tabs.get(tabId),
    sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  },
  scripting: { executeScript: (injection) => browser.scripting.executeScript(injection) },
};

const MENU = { savePage: 'lede-save-page', saveLink: 'lede-save-link' } as const;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createListener<BackgroundProtocol>({
      extractTab: (payload) => readTab(tabReaderApi, payload),
    }),
  );

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU.savePage, title: t('menuSavePage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link'] });
  });

  const saveWith = { ...tabReaderApi, action: browser.action };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.savePage && tab?.id !== undefined) void openLedeDb().then((db) => saveTab(saveWith, db, tab.id!));
    if (info.menuItemId === MENU.saveLink && info.linkUrl) {
      const text = (info as { linkText?: string }).linkText ?? info.selectionText;
      void openLedeDb().then((db) => saveLink(db, { url: info.linkUrl!, text }));
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-article' && tab?.id !== undefined) void openLedeDb().then((db) => saveTab(saveWith, db, tab.id!));
  });
});
