// The toolbar badge: how a save from the shortcut or the context menu went, told on the icon
// of the tab it was made in, since no page of Lede is open to tell it.
import type { TabSaveCode } from '../browser/save-from-browser';
import { t } from './i18n';
import { TAB_SAVE_MESSAGE_KEYS } from './messages-for-codes';

export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}

const BADGE = {
  saved: { text: '✓', color: '#1e7d32' },
  failed: { text: '!', color: '#b3261e' },
} as const;

/** How long the badge stays on the icon. */
const BADGE_MS = 4000;

/** Shows ✓ or ! on the tab's icon for a while; the icon's tooltip says it in words. */
export async function showSaveBadge(action: BadgeApi, tabId: number, code: TabSaveCode): Promise<void> {
  const badge = code === 'saved' ? BADGE.saved : BADGE.failed;
  await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await action.setBadgeText({ tabId, text: badge.text });
  await action.setTitle({ tabId, title: t(TAB_SAVE_MESSAGE_KEYS[code]) });
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined), BADGE_MS);
}
