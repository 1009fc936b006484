// How Lede fetches the articles a reader saved as links (issue 14): politely, and only what was
// asked. The numbers are data; the decisions (retry or give up, how long to wait) are pure
// functions of a response, so tests can run them without a network.
import type { FetchFailure } from '../db/types';

export const FETCH_LIMITS = {
  /** Requests at once to one site: a library of 3,000 links from one newspaper must not look
   * like an attack on it. */
  perHost: 2,
  /** Requests at once in all. */
  overall: 6,
  /** Tries before a page counts as failed (a server error, a timeout, a dropped connection). */
  maxAttempts: 4,
  /** A page that has not answered in full by then is given up on (and tried again later). */
  timeoutMs: 30_000,
  /** Larger answers are not an article page: a file, a feed of everything. */
  maxBytes: 8 * 1024 * 1024,
  /** First wait before a retry; it doubles each time, up to maxDelayMs. */
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  /** A site's Retry-After is honoured up to a day; a longer one is read as a day. */
  maxRetryAfterMs: 24 * 60 * 60_000,
} as const;

/** What to do with an answer: read its HTML, try again later, or give up with a reason. */
export type FetchVerdict =
  { kind: 'read' } | { kind: 'retry'; delayMs: number; reason: FetchFailure } | { kind: 'fail'; reason: FetchFailure };

/** Statuses after which trying again cannot help (the page is gone, or closed to Lede). */
const FINAL_STATUSES: ReadonlyMap<number, FetchFailure> = new Map([
  [404, 'not-found'],
  [410, 'not-found'],
  [401, 'refused'],
  [402, 'refused'], // some paywalls answer "payment required"
  [403, 'refused'],
  [451, 'refused'], // unavailable for legal reasons
]);
/** Content types that hold a page Lede can read. */
const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** The verdict on a response's status and headers, its `attempts` counting this one. */
export function verdictOf(
  response: { status: number; headers: { get(name: string): string | null } },
  context: { attempts: number; now: number },
): FetchVerdict {
  const { status } = response;
  if (status >= 200 && status < 300) {
    const type = response.headers.get('content-type');
    return type === null || HTML_TYPES.test(type) ? { kind: 'read' } : { kind: 'fail', reason: 'not-html' };
  }
  const final = FINAL_STATUSES.get(status);
  if (final) return { kind: 'fail', reason: final };
  // 429, 5xx, and anything else a server says for now: later, as it asks, within the tries
  const retryAfter = retryAfterMs(response.headers.get('retry-after'), context.now);
  return retryOrFail({ attempts: context.attempts, reason: 'server-error', retryAfter });
}

/** After a failure that may pass (timeout, network, a 5xx): when to try again, or give up. */
export function retryOrFail(failure: {
  attempts: number;
  reason: FetchFailure;
  retryAfter?: number | null;
}): FetchVerdict {
  if (failure.attempts >= FETCH_LIMITS.maxAttempts) return { kind: 'fail', reason: failure.reason };
  const backoff = Math.min(FETCH_LIMITS.maxDelayMs, FETCH_LIMITS.baseDelayMs * 2 ** (failure.attempts - 1));
  return { kind: 'retry', reason: failure.reason, delayMs: Math.max(backoff, failure.retryAfter ?? 0) };
}

/** Retry-After in milliseconds from now: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(seconds)) return null;
  return Math.min(FETCH_LIMITS.maxRetryAfterMs, Math.max(0, seconds));
}

/** The site an address belongs to, for the per-site limit. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
