// The background's side of the fetch queue: when to work through it (an import, a resume, a
// granted permission, the browser starting, an alarm at the next retry) and where. Chrome's
// background is a service worker without a DOM: the work happens in an offscreen document,
// created for a run and closed after it. Firefox's background page has a DOM: the work happens
// there. Whether the reader paused fetching is kept in storage.local.
import { FETCH_ORIGINS } from '../fetch/origins';

/** The storage.local key of the reader's "Pause fetching". */
export const FETCH_PAUSED_KEY = 'fetchPaused';
/** The storage.local key of the reader's "Keep pictures for offline reading" (off by default). */
export const KEEP_IMAGES_KEY = 'keepImagesOffline';
/** The alarm that wakes the queue when the next retry is due. */
export const QUEUE_ALARM = 'lede-fetch-queue';
/** Chrome's alarms fire no sooner than 30 s from now. */
const MIN_ALARM_DELAY_MS = 30_000;

export interface QueuePlace {
  /** Runs the queues, fetching only from `origins`; resolves once it has started. */
  start(origins: string[], options: { keepImages: boolean }): Promise<void>;
  stop(): Promise<void>;
  /** After a run: frees what the run needed (Chrome closes the offscreen document). */
  finish(): Promise<void>;
}

export interface QueueControlApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  alarms: { create(name: string, info: { when: number }): unknown; clear(name: string): Promise<boolean> };
}

export function createQueueControl(api: QueueControlApi, place: QueuePlace, now: () => number = Date.now) {
  const paused = async () => (await api.storage.local.get(FETCH_PAUSED_KEY))[FETCH_PAUSED_KEY] === true;
  return {
    /** Works through the queue unless the reader paused it. */
    async wake(): Promise<void> {
      if (await paused()) return place.stop();
      const granted = (await api.permissions.getAll()).origins ?? [];
      const keepImages = (await api.storage.local.get(KEEP_IMAGES_KEY))[KEEP_IMAGES_KEY] === true;
      // only web origins: the extension's own pages are nothing to fetch
      const origins = granted.filter((origin) => /^(\*|https?):\/\/|^<all_urls>$/.test(origin));
      await place.start(origins, { keepImages });
    },
    pause: () => place.stop(),
    /** After a save: its pictures are queued and kept, when the reader keeps pictures offline. */
    async saved(articleId: number, queueImages: (ids: number[]) => Promise<void>): Promise<void> {
      if ((await api.storage.local.get(KEEP_IMAGES_KEY))[KEEP_IMAGES_KEY] !== true) return;
      await queueImages([articleId]);
      await this.wake();
    },
    /** A run ended: wake again when the next article is due. */
    async idle(nextDue: number | null): Promise<void> {
      await api.alarms.clear(QUEUE_ALARM);
      if (nextDue !== null) api.alarms.create(QUEUE_ALARM, { when: Math.max(nextDue, now() + MIN_ALARM_DELAY_MS) });
      await place.finish();
    },
  };
}

export type QueueControl = ReturnType<typeof createQueueControl>;

/** What Lede asks for when a reader wants saved links fetched (optional_host_permissions). */
export const FETCH_PERMISSION = { origins: [...FETCH_ORIGINS] };
