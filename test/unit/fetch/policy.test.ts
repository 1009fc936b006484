// Lede fetches politely: a gone page is given up at once, a busy server is asked again later
// (as late as it asks), and a page that keeps failing is not tried for ever.
import { describe, expect, it } from 'vitest';
import { FETCH_LIMITS, retryAfterMs, retryOrFail, verdictOf } from '../../../lib/fetch/policy';

const NOW = Date.UTC(2025, 0, 1);
const answer = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe('verdictOf', () => {
  it('reads an HTML page, and gives up at once on what no retry can change', () => {
    expect(verdictOf(answer(200, { 'content-type': 'text/html; charset=utf-8' }), { attempts: 1, now: NOW })).toEqual({
      kind: 'read',
    });
    expect(verdictOf(answer(404), { attempts: 1, now: NOW })).toEqual({ kind: 'fail', reason: 'not-found' });
    expect(verdictOf(answer(410), { attempts: 1, now: NOW })).toEqual({ kind: 'fail', reason: 'not-found' });
    expect(verdictOf(answer(403), { attempts: 1, now: NOW })).toEqual({ kind: 'fail', reason: 'refused' });
    expect(verdictOf(answer(200, { 'content-type': 'application/pdf' }), { attempts: 1, now: NOW })).toEqual({
      kind: 'fail',
      reason: 'not-html',
    });
  });

  it("waits as long as a busy server's Retry-After asks, in seconds or as a date", () => {
    expect(verdictOf(answer(429, { 'retry-after': '120' }), { attempts: 1, now: NOW })).toMatchObject({
      kind: 'retry',
      delayMs: 120_000,
    });
    const date = new Date(NOW + 10 * 60_000).toUTCString();
    expect(verdictOf(answer(503, { 'retry-after': date }), { attempts: 1, now: NOW })).toMatchObject({
      kind: 'retry',
      delayMs: 10 * 60_000,
    });
    // never sooner than its own backoff, whatever the server says
    expect(verdictOf(answer(429, { 'retry-after': '1' }), { attempts: 1, now: NOW })).toMatchObject({
      delayMs: FETCH_LIMITS.baseDelayMs,
    });
  });

  it('backs off twice as long each time, then gives up with the reason', () => {
    const delays = [1, 2, 3].map((attempts) => retryOrFail({ attempts, reason: 'timeout' }));
    expect(delays.map((verdict) => verdict.kind === 'retry' && verdict.delayMs)).toEqual([
      FETCH_LIMITS.baseDelayMs,
      FETCH_LIMITS.baseDelayMs * 2,
      FETCH_LIMITS.baseDelayMs * 4,
    ]);
    expect(retryOrFail({ attempts: FETCH_LIMITS.maxAttempts, reason: 'timeout' })).toEqual({
      kind: 'fail',
      reason: 'timeout',
    });
    expect(verdictOf(answer(500), { attempts: FETCH_LIMITS.maxAttempts, now: NOW })).toEqual({
      kind: 'fail',
      reason: 'server-error',
    });
  });

  it('reads no Retry-After into nothing, and caps an absurd one at a day', () => {
    expect(retryAfterMs(null, NOW)).toBeNull();
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs('99999999', NOW)).toBe(FETCH_LIMITS.maxRetryAfterMs);
  });
});
