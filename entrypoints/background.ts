import { openLedeDb } from '@/lib/db/write';
import { t } from '@/lib/ui/i18n';
import { saveLink, saveTab } from '@/lib/browser/save-from-browser';
import { browserTabs } from '@/lib/browser/tabs';

const MENU = { savePage: 'lede-save-page', saveLink: 'lede-save-link' } as const;

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU.savePage, title: t('menuSavePage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link'] });
  });

  const saveWith = { ...browserTabs, action: browser.action };
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
