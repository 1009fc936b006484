import { bareArticle, saveArticle, type LedeDb, type SaveResult } from '../db/write';
import { t } from '../ui/i18n';
import { readTab, type TabReaderApi } from './read-tab';

// Saving without the popup: the keyboard command and the context menu. The result is told
// on the toolbar badge, since no page of Lede is open to tell it.

export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}

const BADGE = {
  saved: { text: '✓', color: '#1e7d32' },
  failed: { text: '!', color: '#b3261e' },
} as const;

/** Reads the article in a tab and saves it; the badge says how it went. */
export async function saveTab(api: TabReaderApi & { action: BadgeApi }, db: LedeDb, tabId: number): Promise<SaveResult | null> {
  const outcome = await readTab(api, { tabId, force: false });
  const result = outcome.ok ? await saveArticle(db, outcome.article).catch(() => null) : null;
  const failure = !outcome.ok ? outcome.message : !result?.ok ? (result ? t('storageFull') : t('saveFailed')) : null;
  await showBadge(api.action, tabId, failure ? { ...BADGE.failed, title: failure } : { ...BADGE.saved, title: t('saved') });
  return result;
}

/**
 * "Save link to Lede": under activeTab Lede cannot read a page that is not open, so the link
 * is kept as a pending entry (address and link text); the article's text is filled in the
 * first time the reader opens that page and clicks Lede.
 */
export async function saveLink(db: LedeDb, link: { url: string; text?: string }): Promise<SaveResult> {
  let host = '';
  try {
    host = new URL(link.url).hostname.replace(/^www\./, '');
  } catch {
    throw new TypeError(`not a link address: ${link.url}`);
  }
  return saveArticle(db, bareArticle({ url: link.url, title: link.text?.trim() || link.url, siteName: host }));
}

async function showBadge(action: BadgeApi, tabId: number, badge: { text: string; color: string; title: string }): Promise<void> {
  await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await action.setBadgeText({ tabId, text: badge.text });
  await action.setTitle({ tabId, title: badge.title });
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined), 4000);
}
