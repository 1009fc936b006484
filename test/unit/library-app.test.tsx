// @vitest-environment jsdom
// The library and reader pages while and when the database cannot be opened: the reader is
// told so in plain words, not left with an empty page or told the article was deleted, and
// nothing done meanwhile is lost.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { options, render, type VNode } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { LibraryApp } from '../../components/LibraryApp';
import { ReaderApp } from '../../components/ReaderApp';
import type { ReadableDb } from '../../lib/db/read/connection';
import { libraryFileOf } from './helpers';
import { openLibrary, type Library } from '../../lib/db/open-library';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const messages = en as Record<string, Message>;

/** chrome.i18n.getMessage on the English messages, placeholders filled as Chrome fills them. */
function getMessage(key: string, substitutions: string[] = []): string {
  const { message = '', placeholders = {} } = messages[key] ?? {};
  return message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/, (_match, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/** An open that fails a moment later, as IndexedDB's does when the browser blocks storage. */
const openFailing = <T,>() =>
  new Promise<T>((_, reject) =>
    setTimeout(() => reject(new DOMException('The user denied permission to access the database.', 'UnknownError')), 5),
  );

// Preact runs effects after the next frame: a requestAnimationFrame raced by a 35 ms timeout
// that calls cancelAnimationFrame. A test that ended before either fired left that timeout to fire
// after Vitest had torn jsdom down in the same worker ("cancelAnimationFrame is not defined", a red
// CI run under load). Here effects run on a plain timeout, and every page is unmounted, and its
// last effects flushed, before its test ends.
const mounted: HTMLElement[] = [];
function mount(page: VNode): HTMLElement {
  const root = document.createElement('div');
  mounted.push(root);
  render(page, root);
  return root;
}

describe('pages of saved articles', () => {
  beforeAll(() => {
    options.requestAnimationFrame = (callback) => setTimeout(callback);
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const root of mounted.splice(0)) render(null, root);
    await new Promise((resolve) => setTimeout(resolve));
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('the library says the saved articles could not be opened when the database fails to open', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = mount(<LibraryApp library={openFailing<Library>()} />);
    await vi.waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toBe(messages.libraryUnreadable!.message),
    );
    expect(root.querySelector('.library__list')?.children).toHaveLength(0);
  });

  it('the reader says the saved articles could not be opened, not that the article was deleted', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const settingsStorage = { get: async () => ({}), set: async () => undefined };
    const root = mount(<ReaderApp db={openFailing<ReadableDb>()} id={3} settingsStorage={settingsStorage} />);
    await vi.waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toBe(messages.libraryUnreadable!.message),
    );
  });

  it('the library says it is still opening when the database takes long (an upgrade after an update), and not before', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const root = mount(<LibraryApp library={new Promise<Library>(() => undefined)} />);
    await vi.advanceTimersByTimeAsync(300);
    expect(root.querySelector('[role=status]')).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(root.querySelector('[role=status]')?.textContent).toBe(messages.libraryOpening!.message);
  });

  it('imports a file chosen while the library is still opening, and lists it', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    let finishOpening!: () => void;
    const opened = new Promise<void>((resolve) => (finishOpening = resolve));
    const library = opened.then(() => openLibrary({ name: 'early-import', indexedDB: new IDBFactory(), IDBKeyRange }));
    const root = mount(<LibraryApp library={library} />);
    const saved = libraryFileOf([
      { url: 'https://news.example/a', title: 'Bài đầu tiên', text: 'Giảm nghèo bền vững.' },
    ]);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(saved)], 'library.json', { type: 'application/json' })],
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    finishOpening(); // the database opens after the file was chosen
    await vi.waitFor(() => expect(root.textContent).toContain('Imported 1 new and updated 0 articles.'));
    await vi.waitFor(() => expect(root.querySelector('.item__title')?.textContent).toBe('Bài đầu tiên'));
  });

  it("imports another service's export picked in the library, says from where, and lists its links", async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const library = openLibrary({ name: 'pocket-import', indexedDB: new IDBFactory(), IDBKeyRange });
    const root = mount(<LibraryApp library={library} />);
    const csv = [
      'title,url,time_added,tags,status',
      '"Giảm nghèo, bền vững",https://news.example/giam-ngheo,1700000000,xã hội,unread',
      'Rice and rain,https://news.example/rice,1700000100,,archive',
    ].join('\n');
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([csv], 'part_000000.csv', { type: 'text/csv' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() =>
      expect(root.querySelector('.library__notice')?.textContent).toBe(
        'Imported 2 new articles from Pocket; 0 were already in your library.',
      ),
    );
    await vi.waitFor(() =>
      expect([...root.querySelectorAll('.item__title')].map((title) => title.textContent)).toEqual([
        'Rice and rain',
        'Giảm nghèo, bền vững',
      ]),
    );
  });

  it('refuses a file that is no export, in plain words', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const library = openLibrary({ name: 'not-an-export', indexedDB: new IDBFactory(), IDBKeyRange });
    const root = mount(<LibraryApp library={library} />);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File(['Name,Price\nRice,12\n'], 'prices.csv')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() =>
      expect(root.querySelector('.library__notice')?.textContent).toBe(en.importRefusedUnknownFormat.message),
    );
  });

  it('says an import failed, instead of "Importing…" for ever, when the database cannot be written', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const readable = openLibrary({ name: 'unwritable', indexedDB: new IDBFactory(), IDBKeyRange });
    const library = readable.then((opened): Library => ({ ...opened, writable: openFailing }));
    const root = mount(<LibraryApp library={library} />);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = JSON.stringify({
      format: 'lede-library',
      version: 1,
      exportedAt: new Date().toISOString(),
      articles: [],
    });
    Object.defineProperty(input, 'files', { value: [new File([file], 'library.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('.library__notice')?.textContent).toBe(en.importFailed.message));
  });
});
