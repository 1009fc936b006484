// "Keep pictures for offline reading" (issue 14, off by default): after a save, the article's
// pictures are asked for, and the background keeps them (lib/images/keep.ts).
import { browser } from 'wxt/browser';
import { request, type BackgroundProtocol } from '../browser/messages';
import { FETCH_PERMISSION, KEEP_IMAGES_KEY } from '../browser/queue-control';
import type { LedeDb } from '../db/write/schema';

export async function keepsImages(): Promise<boolean> {
  return (await browser.storage.local.get(KEEP_IMAGES_KEY))[KEEP_IMAGES_KEY] === true;
}

/** Queues a saved article's pictures when the reader keeps pictures offline. */
export async function keepImagesIfAsked(db: LedeDb, articleId: number): Promise<void> {
  if (!(await keepsImages())) return;
  const { queueImages } = await import('../db/write/queue'); // the write side, loaded with Dexie's chunk
  await queueImages(db, [articleId], Date.now());
  await request<BackgroundProtocol, 'wakeQueue'>((message) => browser.runtime.sendMessage(message), 'wakeQueue', {});
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
