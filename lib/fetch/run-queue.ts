// Working through the fetch queue (issue 14): articles saved as links get their text, in the
// background, where a DOM exists off the reader's tabs (Chrome: the offscreen document; Firefox:
// the background page). The queue lives in IndexedDB, so a stopped worker, a closed browser or a
// crash loses nothing: the next run starts where this one stopped. Pages are fetched a few at a
// time (FETCH_LIMITS), read one at a time (reading holds the thread the extension's pages share).
import type { ExtractOutcome } from '../extract/types';
import type { FetchFailure, FetchQueueRow } from '../db/types';
import { saveArticle } from '../db/write/articles';
import type { LedeDb } from '../db/write/schema';
import { FETCH_LIMITS, hostOf, retryOrFail, verdictOf, type FetchVerdict } from './policy';

/** What running the queue needs from its host: the network, a way to read HTML, a clock. */
export interface QueueHost {
  db: LedeDb;
  /** The browser's fetch (tests pass a fake). Called with credentials omitted. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  readPage: (html: string, url: string) => Promise<ExtractOutcome>;
  readExported: (
    row: FetchQueueRow & { content: NonNullable<FetchQueueRow['content']> },
    title: string,
  ) => Promise<ExtractOutcome>;
  now: () => number;
  /** Resolves after `ms` (tests pass a fake clock's). */
  sleep: (ms: number) => Promise<void>;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Checked before each new fetch: paused by the reader. */
  paused?: () => Promise<boolean> | boolean;
  /** Whether the reader let Lede fetch this address (lib/fetch/origins.ts); by default any.
   * An article the export carried needs no fetch and is read either way. */
  mayFetch?: (url: string) => boolean;
  /** A retry due within this long is waited for; a later one is left to the next run (an alarm). */
  maxIdleMs?: number;
  /** The reader keeps pictures offline: each article read is queued for its pictures. */
  keepImages?: boolean;
  /** Told after each article read or failed. */
  onSettled?: (outcome: { articleId: number; result: 'read' | 'retry' | FetchFailure }) => void;
}

export interface RunResult {
  read: number;
  failed: number;
  /** When the next waiting article is due (ms since 1970), or null when none waits. */
  nextDue: number | null;
}

const WAITING_FROM = (now: number) =>
  [
    ['waiting', 0],
    ['waiting', now],
  ] as const;

/** Runs the queue until nothing is due (or the signal aborts, or the reader pauses). */
export async function runQueue(host: QueueHost, options: RunOptions = {}): Promise<RunResult> {
  const inFlight = new Map<number, Promise<void>>();
  const perHost = new Map<string, number>();
  const result: RunResult = { read: 0, failed: 0, nextDue: null };
  let reading: Promise<unknown> = Promise.resolve();
  /** Reads one at a time: each read is long CPU work on a thread the popup may need. */
  const readInTurn = (read: () => Promise<ExtractOutcome>) => {
    const turn = reading.then(read, read);
    reading = turn.catch(() => undefined);
    return turn;
  };
  /** An article Lede may work on now: the export carried it, or the reader let Lede fetch it. */
  const may = (row: FetchQueueRow) => Boolean(row.content) || !options.mayFetch || options.mayFetch(row.url);
  const stopped = async () => options.signal?.aborted || (await options.paused?.()) === true;

  for (;;) {
    const now = host.now();
    if (!(await stopped())) {
      const [from, to] = WAITING_FROM(now);
      const due = await host.db.fetchQueue
        .where('[state+due]')
        .between(from, to, true, true)
        .filter((row) => may(row))
        .limit(64)
        .toArray();
      for (const row of due) {
        if (inFlight.size >= FETCH_LIMITS.overall) break;
        if (inFlight.has(row.articleId)) continue;
        const site = row.content ? '' : hostOf(row.url); // an export's HTML needs no request
        if (site && (perHost.get(site) ?? 0) >= FETCH_LIMITS.perHost) continue;
        perHost.set(site, (perHost.get(site) ?? 0) + 1);
        const job = work(host, row, readInTurn, options)
          .then(async (settled) => {
            if (settled === 'read') result.read += 1;
            else if (settled !== 'retry') result.failed += 1;
            options.onSettled?.({ articleId: row.articleId, result: settled });
          })
          .catch((error: unknown) => console.error('Lede: a queued article could not be settled', error))
          .finally(() => {
            inFlight.delete(row.articleId);
            perHost.set(site, (perHost.get(site) ?? 1) - 1);
          });
        inFlight.set(row.articleId, job);
      }
    }
    if (inFlight.size > 0) {
      await Promise.race(inFlight.values());
      continue;
    }
    const next = await host.db.fetchQueue
      .where('[state+due]')
      .between(['waiting', 0], ['waiting', Infinity])
      .filter((row) => may(row))
      .first();
    result.nextDue = next?.due ?? null;
    if (!next || (await stopped())) return result;
    const idle = next.due - host.now();
    if (idle > (options.maxIdleMs ?? 0)) return result;
    await host.sleep(Math.max(0, idle));
  }
}

/** Fetches (or takes from the export) and reads one article; writes what came of it. */
async function work(
  host: QueueHost,
  row: FetchQueueRow,
  readInTurn: (read: () => Promise<ExtractOutcome>) => Promise<ExtractOutcome>,
  { signal, keepImages }: RunOptions,
): Promise<'read' | 'retry' | FetchFailure> {
  const attempts = row.attempts + 1;
  const stub = await host.db.articles.get(row.articleId);
  if (!stub) {
    await host.db.fetchQueue.delete(row.articleId); // deleted by the reader meanwhile
    return 'retry';
  }
  let outcome: ExtractOutcome;
  if (row.content) {
    const content = row.content;
    outcome = await readInTurn(() => host.readExported({ ...row, content }, stub.title));
  } else {
    const fetched = await fetchPage(host, row.url, { attempts, signal });
    if ('verdict' in fetched) return settle(host, row, attempts, fetched.verdict);
    outcome = await readInTurn(() => host.readPage(fetched.html, fetched.url));
  }
  if (!outcome.ok && outcome.reason === 'cancelled') return 'retry'; // stopped: the next run reads it
  if (!outcome.ok) return settle(host, row, attempts, { kind: 'fail', reason: 'not-article' });
  // the reader may have deleted it while it was read: a save now would bring it back
  if (!(await host.db.articles.get(row.articleId))) return 'retry';
  await saveArticle(host.db, { ...outcome.article, url: row.url });
  // counted as read (the library's "412 of 3,000") until the next links are queued
  await host.db.fetchQueue.update(row.articleId, { state: 'done', attempts, content: undefined });
  if (keepImages) await host.db.imageQueue.put({ articleId: row.articleId, queuedAt: host.now() });
  return 'read';
}

async function fetchPage(
  host: QueueHost,
  url: string,
  context: { attempts: number; signal: AbortSignal | undefined },
): Promise<{ html: string; url: string } | { verdict: FetchVerdict }> {
  const timeout = AbortSignal.timeout(FETCH_LIMITS.timeoutMs);
  const signal = context.signal ? AbortSignal.any([timeout, context.signal]) : timeout;
  try {
    // nothing but the article's address, without the reader's cookies or logins
    const response = await host.fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal,
      headers: { Accept: 'text/html,application/xhtml+xml' },
    });
    const verdict = verdictOf(response, { attempts: context.attempts, now: host.now() });
    if (verdict.kind !== 'read') return { verdict };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > FETCH_LIMITS.maxBytes) return { verdict: { kind: 'fail', reason: 'not-html' } };
    const html = await response.text();
    if (html.length > FETCH_LIMITS.maxBytes) return { verdict: { kind: 'fail', reason: 'not-html' } };
    return { html, url: response.url || url };
  } catch {
    const reason: FetchFailure = timeout.aborted ? 'timeout' : 'network';
    return { verdict: retryOrFail({ attempts: context.attempts, reason }) };
  }
}

/** Writes a retry (later, as the policy says) or a failure with its reason. */
async function settle(
  host: QueueHost,
  row: FetchQueueRow,
  attempts: number,
  verdict: FetchVerdict,
): Promise<'read' | 'retry' | FetchFailure> {
  if (verdict.kind === 'read') return 'read';
  const changes =
    verdict.kind === 'retry'
      ? { attempts, reason: verdict.reason, due: host.now() + verdict.delayMs }
      : { attempts, reason: verdict.reason, state: 'failed' as const };
  await host.db.fetchQueue.update(row.articleId, changes);
  return verdict.kind === 'retry' ? 'retry' : verdict.reason;
}
