import { describe, expect, it, vi } from 'vitest';
import { readTab, type TabReaderApi, IN_PAGE_SCRIPTS } from '../../lib/browser/read-tab';

/** A tab whose in-page reader answers once injected (or from the start, with `alreadyInjected`). */
function fakeApi(url: string | undefined, options: { injectError?: Error; alreadyInjected?: boolean } = {}) {
  let injected = options.alreadyInjected ?? false;
  const api = {
    tabs: {
      get: vi.fn(async () => ({ url })),
      sendMessage: vi.fn(async () => {
        if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { value: { ok: true, article: { title: 'T' }, ms: 1 } };
      }),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (options.injectError) throw options.injectError;
        injected = true;
        return [];
      }),
    },
  } satisfies TabReaderApi;
  return api;
}

describe('readTab', () => {
  it('injects the in-page reader and returns its article', async () => {
    const api = fakeApi('https://news.example/a.html');
    const outcome = await readTab(api, { tabId: 7, force: false });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: [IN_PAGE_SCRIPTS.extractPage],
    });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'extractPage', payload: { force: false } });
    expect(outcome).toMatchObject({ ok: true });
  });

  it('does not inject again into a page that already has the in-page reader', async () => {
    const api = fakeApi('https://news.example/a.html', { alreadyInjected: true });
    await expect(readTab(api, { tabId: 7, force: false })).resolves.toMatchObject({ ok: true });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it("takes the tab's address from the caller when it has it: no tabs.get round trip", async () => {
    const api = fakeApi('https://news.example/a.html', { alreadyInjected: true });
    await expect(readTab(api, { tabId: 7, url: 'https://news.example/a.html', force: false })).resolves.toMatchObject({
      ok: true,
    });
    expect(api.tabs.get).not.toHaveBeenCalled();
    await expect(readTab(api, { tabId: 7, url: 'chrome://settings/', force: false })).resolves.toMatchObject({
      reason: 'restricted-page',
    });
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1); // never asked the browser page
  });

  it('does not even try on a browser page', async () => {
    const api = fakeApi('chrome://newtab/');
    await expect(readTab(api, { tabId: 1, force: false })).resolves.toMatchObject({
      ok: false,
      reason: 'restricted-page',
    });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('turns a refused injection into a plain restricted-page answer', async () => {
    const api = fakeApi(undefined, { injectError: new Error('Cannot access contents of the page.') });
    await expect(readTab(api, { tabId: 1, force: false })).resolves.toMatchObject({
      ok: false,
      reason: 'restricted-page',
    });
  });

  it('turns any other failure into extract-failed, never an exception', async () => {
    const api = fakeApi('https://news.example/a.html', { injectError: new Error('boom') });
    await expect(readTab(api, { tabId: 1, force: false })).resolves.toMatchObject({
      ok: false,
      reason: 'extract-failed',
    });
  });

  it('asks the page for its nodes and reads them here when the caller reads here (the popup)', async () => {
    const api = fakeApi('https://news.example/a.html', { alreadyInjected: true });
    const source = { ok: true, nodes: [['html', 0], 0], url: 'https://news.example/a.html' };
    api.tabs.sendMessage.mockResolvedValue({ value: source } as never);
    const readHere = vi.fn(async () => ({ ok: false as const, reason: 'cancelled' as const, canForce: false }));
    await expect(readTab(api, { tabId: 7, force: false, readHere })).resolves.toMatchObject({ reason: 'cancelled' });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'pageSource', payload: {} });
    expect(readHere).toHaveBeenCalledWith(source);
  });
});
