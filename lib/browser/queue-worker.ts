// The fetch queue's worker in a document of the extension with a DOM: Chrome's offscreen
// document, Firefox's background page. One run at a time; a new start while one runs joins it
// with the newer grant (the reader may have allowed fetching meanwhile).
import { openLedeDb } from '../db/write/schema';
import { createSanitizer } from '../extract/sanitize';
import { isGranted } from '../fetch/origins';
import { readExportedArticle, readFetchedPage } from '../fetch/read-html';
import { runQueue, type QueueHost, type RunResult } from '../fetch/run-queue';
import { downscalePicture } from '../images/downscale';
import { runImageQueue } from '../images/keep';

/** Retries due within this long are waited for in the same run (no alarm, no new document). */
const STAY_FOR_RETRIES_MS = 60_000;

export interface QueueWorker {
  /** Starts a run unless one is running; `onIdle` hears when the run ends. */
  start(origins: string[], options: { keepImages: boolean }): boolean;
  stop(): void;
}

export function createQueueWorker(onIdle: (result: RunResult) => void): QueueWorker {
  let controller: AbortController | null = null;
  let origins: string[] = [];
  let keepImages = false;
  let again = false;
  const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const reading = { parseHtml, sanitize: createSanitizer(window) };

  async function run(): Promise<void> {
    const db = await openLedeDb();
    try {
      let result: RunResult;
      do {
        again = false;
        const signal = controller!.signal;
        const host: QueueHost = {
          db,
          fetch: (url, init) => fetch(url, init),
          readPage: (html, url) => readFetchedPage(html, url, { ...reading, signal }),
          readExported: (row, title) =>
            readExportedArticle(
              row.content.html,
              row.url,
              { title, byline: row.content.byline ?? null, lang: row.content.lang ?? null },
              { ...reading, signal },
            ),
          now: () => Date.now(),
          sleep: (ms) => new Promise((resume) => setTimeout(resume, ms)),
        };
        const mayFetch = (url: string) => isGranted(url, origins);
        result = await runQueue(host, { signal, maxIdleMs: STAY_FOR_RETRIES_MS, mayFetch, keepImages });
        // pictures after articles: a reader waits for text first
        if (keepImages)
          await runImageQueue({ db, fetch: host.fetch, downscale: downscalePicture, parseHtml, mayFetch }, signal);
      } while (again && !controller!.signal.aborted);
      onIdle(result);
    } finally {
      db.close();
      controller = null;
    }
  }

  return {
    start(granted, options) {
      origins = granted;
      keepImages = options.keepImages;
      if (controller) {
        again = true; // the running pass may have skipped links this grant now allows
        return false;
      }
      controller = new AbortController();
      void run().catch((error: unknown) => console.error('Lede: the fetch queue stopped', error));
      return true;
    },
    stop() {
      controller?.abort();
    },
  };
}
