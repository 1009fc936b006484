// "Keep pictures for offline reading" (issue 14, off by default): after a save, the article's
// pictures are asked for, and the background keeps them (lib/images/keep.ts).
import { browser } from 'wxt/browser';
import { request, type BackgroundProtocol } from '../browser/messages';
import { FETCH_PERMISSION, KEEP_IMAGES_KEY } from '../browser/queue-control';

export async function keepsImages(): Promise<boolean> {
  return (await browser.storage.local.get(KEEP_IMAGES_KEY))[KEEP_IMAGES_KEY] === true;
}

/** Tells the background an article was saved: it keeps the pictures when the reader asked.
 * A message, not the work: the popup may close the moment the article is saved. */
export function tellSaved(articleId: number): Promise<void> {
  return request<BackgroundProtocol, 'articleSaved'>(
    (message) => browser.runtime.sendMessage(message),
    'articleSaved',
    { articleId },
  );
}

/** The setting's switch in the library: turning it on asks for the sites (in the reader's click);
 * refused, it stays off. Returns the setting as it now is. */
export async function setKeepImages(on: boolean): Promise<boolean> {
  if (on && !(await browser.permissions.request(FETCH_PERMISSION))) return false;
  await browser.storage.local.set({ [KEEP_IMAGES_KEY]: on });
  return on;
}

/** Bytes the extension's storage takes on this device (pictures included), when the browser says. */
export async function storageUsed(): Promise<number | null> {
  return (await navigator.storage?.estimate?.())?.usage ?? null;
}
