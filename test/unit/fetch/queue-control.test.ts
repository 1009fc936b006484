// When the background works through the queue: never while the reader paused it, with the sites
// the reader granted (not the extension's own pages), pictures only when asked, and an alarm at
// the next retry (never sooner than Chrome allows).
import { describe, expect, it } from 'vitest';
import { createQueueControl, FETCH_PAUSED_KEY, KEEP_IMAGES_KEY, QUEUE_ALARM } from '../../../lib/browser/queue-control';

function fakes(stored: Record<string, unknown>, origins: string[]) {
  const calls: string[] = [];
  const alarms: Array<{ name: string; when: number }> = [];
  const api = {
    permissions: { getAll: async () => ({ origins }) },
    storage: { local: { get: async (key: string) => ({ [key]: stored[key] }) } },
    alarms: {
      create: (name: string, info: { when: number }) => void alarms.push({ name, ...info }),
      clear: async () => true,
    },
  };
  const place = {
    start: async (granted: string[], options: { keepImages: boolean }) =>
      void calls.push(`start ${granted.join(' ')} images:${options.keepImages}`),
    stop: async () => void calls.push('stop'),
    finish: async () => void calls.push('finish'),
  };
  return { control: createQueueControl(api, place, () => 1_000_000), calls, alarms };
}

describe('the queue control', () => {
  it('starts with the web sites granted, leaving out the extension itself', async () => {
    const { control, calls } = fakes({}, ['http://127.0.0.1/*', 'chrome-extension://abc/*', 'https://*/*']);
    await control.wake();
    expect(calls).toEqual(['start http://127.0.0.1/* https://*/* images:false']);
  });

  it('stops instead of starting while the reader paused fetching', async () => {
    const { control, calls } = fakes({ [FETCH_PAUSED_KEY]: true }, ['https://*/*']);
    await control.wake();
    expect(calls).toEqual(['stop']);
  });

  it("queues a saved article's pictures only when the reader keeps pictures offline", async () => {
    const queued: number[][] = [];
    const off = fakes({}, []);
    await off.control.saved(7, async (ids) => void queued.push(ids));
    expect([queued, off.calls]).toEqual([[], []]);
    const on = fakes({ [KEEP_IMAGES_KEY]: true }, ['https://*/*']);
    await on.control.saved(7, async (ids) => void queued.push(ids));
    expect(queued).toEqual([[7]]);
    expect(on.calls).toEqual(['start https://*/* images:true']);
  });

  it('sets an alarm for the next retry, no sooner than 30 s, and frees the run', async () => {
    const { control, calls, alarms } = fakes({}, []);
    await control.idle(1_000_000 + 5_000);
    await control.idle(1_000_000 + 600_000);
    await control.idle(null);
    expect(alarms).toEqual([
      { name: QUEUE_ALARM, when: 1_030_000 },
      { name: QUEUE_ALARM, when: 1_600_000 },
    ]);
    expect(calls).toEqual(['finish', 'finish', 'finish']);
  });
});
