// The library page's controls of the fetch queue, through the browser: the background wakes or
// pauses the queue, the optional permission is asked for in the reader's click, the pause is
// kept in storage.local where the background reads it (lib/browser/queue-control.ts).
import { browser } from 'wxt/browser';
import { request, type BackgroundProtocol } from '../browser/messages';
import { FETCH_PAUSED_KEY, FETCH_PERMISSION } from '../browser/queue-control';
import type { LedeDb } from '../db/write/schema';

/** How the panel reaches the browser: the queue's background, the permission, the pause flag. */
export interface FetchControls {
  /** Asks the background to work through the queue now. */
  wake(): Promise<void>;
  pause(paused: boolean): Promise<void>;
  isPaused(): Promise<boolean>;
  /** Whether the reader let Lede fetch any web page (the optional host permission). */
  mayFetch(): Promise<boolean>;
  /** Asks for that permission; must run inside the click that wants it. */
  askToFetch(): Promise<boolean>;
  retryFailed(): Promise<void>;
}

export function browserFetchControls(writable: () => Promise<LedeDb>): FetchControls {
  const send = (message: unknown) => browser.runtime.sendMessage(message);
  const wake = () => request<BackgroundProtocol, 'wakeQueue'>(send, 'wakeQueue', {});
  return {
    wake,
    async pause(paused) {
      await browser.storage.local.set({ [FETCH_PAUSED_KEY]: paused });
      await (paused ? request<BackgroundProtocol, 'pauseQueue'>(send, 'pauseQueue', {}) : wake());
    },
    isPaused: async () => (await browser.storage.local.get(FETCH_PAUSED_KEY))[FETCH_PAUSED_KEY] === true,
    mayFetch: () => browser.permissions.contains(FETCH_PERMISSION),
    async askToFetch() {
      const granted = await browser.permissions.request(FETCH_PERMISSION);
      if (granted) await wake();
      return granted;
    },
    async retryFailed() {
      const { retryFailed } = await import('../db/write/queue');
      await retryFailed(await writable(), Date.now());
      await wake();
    },
  };
}
