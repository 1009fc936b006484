// Wires the fetch queue into the background: its messages, the browser starting, the retry
// alarm, a permission granted. Chrome runs the queue in an offscreen document (its service
// worker has no DOM); Firefox in the background page itself (lib/browser/queue-control.ts).
import { createListener, request, type BackgroundProtocol, type OffscreenProtocol } from './messages';
import {
  createQueueControl,
  QUEUE_ALARM,
  type QueueControl,
  type QueueControlApi,
  type QueuePlace,
} from './queue-control';

/** The one page Chrome may open as an offscreen document for Lede. */
const OFFSCREEN_PAGE = '/offscreen.html';

export interface QueueBackgroundApi extends QueueControlApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: { addListener(listener: ReturnType<typeof createListener>): void };
    onStartup: { addListener(listener: () => void): void };
    onInstalled: { addListener(listener: () => void): void };
  };
  alarms: QueueControlApi['alarms'] & { onAlarm: { addListener(listener: (alarm: { name: string }) => void): void } };
  permissions: QueueControlApi['permissions'] & { onAdded: { addListener(listener: () => void): void } };
}

export function installQueue(
  api: QueueBackgroundApi,
  place: QueuePlace,
  /** Queues articles for their pictures (the library database, opened by the background). */
  queueImages: (articleIds: number[]) => Promise<void>,
): QueueControl {
  const control = createQueueControl(api, place);
  const wake = () =>
    void control.wake().catch((error: unknown) => console.error('Lede: could not wake the queue', error));
  api.runtime.onMessage.addListener(
    createListener<BackgroundProtocol>({
      wakeQueue: () => control.wake(),
      articleSaved: ({ articleId }) => control.saved(articleId, queueImages),
      pauseQueue: () => control.pause(),
      queueIdle: ({ nextDue }) => control.idle(nextDue),
    }),
  );
  // the browser restarted with links still waiting, an alarm for a retry, a site granted
  api.runtime.onStartup.addListener(wake);
  api.runtime.onInstalled.addListener(wake);
  api.permissions.onAdded.addListener(wake);
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM) wake();
  });
  return control;
}

/** Chrome's offscreen API, as far as Lede uses it. */
export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

/** Chrome: the queue runs in an offscreen document, opened for a run and closed after it. */
export function offscreenPlace(
  api: Pick<QueueBackgroundApi, 'runtime'> & { offscreen: OffscreenApi; getContexts: () => Promise<unknown[]> },
): QueuePlace {
  let creating: Promise<void> | null = null;
  const isOpen = async () => (await api.getContexts()).length > 0;
  const send = (message: unknown) => api.runtime.sendMessage(message);
  const open = async () => {
    if (await isOpen()) return;
    creating ??= api.offscreen
      .createDocument({
        url: OFFSCREEN_PAGE,
        reasons: ['DOM_PARSER'],
        justification: 'Reads the articles of links the reader saved, to keep them for offline reading.',
      })
      .finally(() => (creating = null));
    await creating;
  };
  return {
    async start(origins, { keepImages }) {
      await open();
      await request<OffscreenProtocol, 'runQueue'>(send, 'runQueue', { origins, keepImages });
    },
    async stop() {
      if (await isOpen()) await request<OffscreenProtocol, 'stopQueue'>(send, 'stopQueue', {});
    },
    async finish() {
      if (await isOpen()) await api.offscreen.closeDocument();
    },
  };
}
