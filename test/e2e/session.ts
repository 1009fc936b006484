// One Chromium with Lede and one fixture server per test file: started before its tests,
// stopped after them, whatever happened in between.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  badgeText,
  launchWithExtension,
  pressShortcut,
  serveFixtures,
  type FixtureServer,
  type LedeBrowser,
} from './harness';

export interface LedeSession {
  server: FixtureServer;
  lede: LedeBrowser;
}

/** Call inside a describe: the returned session is filled in before the first test runs. */
export function useLedeSession(chromiumPath: string): LedeSession {
  const session = {} as LedeSession;
  beforeAll(async () => {
    session.server = await serveFixtures();
    session.lede = await launchWithExtension(chromiumPath);
  });
  afterAll(async () => {
    await session.lede?.close();
    await session.server?.close();
  });
  return session;
}

/** Polls `read` until `done` holds; throws, saying what it waited for, after `timeoutMs`. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/** Presses Lede's save shortcut on `page` and returns the badge it answers with ("✓" when saved).
 * Chromium now and then drops a synthetic accelerator on a loaded machine (seen once in CI, at
 * load 5: no badge at all): with no answer after a few seconds the key is pressed again, at most
 * three times in all. Saving the same page twice updates one record, and a shortcut that does
 * not work still fails all three. */
export async function saveByShortcut(lede: LedeBrowser, page: Page): Promise<string> {
  const PRESSES = 3;
  for (let press = 1; ; press++) {
    await pressShortcut(lede, page, 'Alt+Shift+S');
    try {
      return await waitUntil(
        () => badgeText(lede, page.url()),
        (text) => text !== '',
        'badge after Alt+Shift+S',
        press < PRESSES ? 4_000 : 10_000,
      );
    } catch (error) {
      if (press === PRESSES) throw error;
    }
  }
}
