import { bareArticle, normalizeUrl, saveArticle, type LedeDb, type SaveResult } from '../db/write';
import { queueLinks } from '../db/write/queue';
import { WRITE_PROBLEMS } from '../db/types';
import { FAILURE_REASONS } from '../extract/types';
import { readTab, type TabReaderApi } from './read-tab';

// Saving without the popup: the keyboard command and the context menu. How it went comes back
// as a code, which the toolbar badge tells (lib/ui/badge.ts), since no page of Lede is open to tell it.

/** How a save from the shortcut or the menu went: saved, not written, or the page not read. */
export const TAB_SAVE_CODES = ['saved', ...WRITE_PROBLEMS, ...FAILURE_REASONS] as const;
export type TabSaveCode = (typeof TAB_SAVE_CODES)[number];

/** Reads the article in a tab and saves it. */
export async function saveTab(
  api: TabReaderApi,
  db: LedeDb,
  tabId: number,
  /** `onSaved`: told the saved article's id (the background keeps its pictures when asked). */
  options: { onSaved?: (articleId: number) => void } = {},
): Promise<TabSaveCode> {
  const outcome = await readTab(api, { tabId, force: false });
  if (!outcome.ok) return outcome.reason;
  const result: SaveResult | null = await saveArticle(db, outcome.article).catch((error: unknown) => {
    console.error('Lede: could not save the article', error);
    return null;
  });
  if (result?.ok) options.onSaved?.(result.id);
  return result ? (result.ok ? 'saved' : result.reason) : 'write-failed';
}

/**
 * "Save link to Lede": under activeTab Lede cannot read a page that is not open, so the link
 * is kept as a pending entry (address and link text) and queued: the background fetches its
 * text where the reader allowed fetching (issue 14), or it is filled in the first time the
 * reader opens that page and clicks Lede.
 */
export async function saveLink(db: LedeDb, link: { url: string; text?: string }): Promise<SaveResult> {
  let host = '';
  try {
    host = new URL(link.url).hostname.replace(/^www\./, '');
  } catch {
    throw new TypeError(`not a link address: ${link.url}`);
  }
  const result = await saveArticle(
    db,
    bareArticle({ url: link.url, title: link.text?.trim() || link.url, siteName: host }),
  );
  if (result.ok && result.created)
    await queueLinks(db, [{ articleId: result.id, url: normalizeUrl(link.url) }], Date.now());
  return result;
}
