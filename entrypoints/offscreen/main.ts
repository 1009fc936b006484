import { createListener, request, type BackgroundProtocol, type OffscreenProtocol } from '@/lib/browser/messages';
import { createQueueWorker } from '@/lib/browser/queue-worker';

// Chrome's offscreen document: the DOM the background's service worker lacks, opened only while
// the fetch queue has work (lib/browser/queue-background.ts). It has the runtime API alone.
const send = (message: unknown) => browser.runtime.sendMessage(message);
const worker = createQueueWorker(
  ({ nextDue }) => void request<BackgroundProtocol, 'queueIdle'>(send, 'queueIdle', { nextDue }).catch(() => {}),
);
browser.runtime.onMessage.addListener(
  createListener<OffscreenProtocol>({
    runQueue: ({ origins, keepImages }) => ({ started: worker.start(origins, { keepImages }) }),
    stopQueue: () => worker.stop(),
  }),
);
