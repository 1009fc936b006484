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
import { bareArticle, openLedeDb, saveArticle } from '../../lib/db/write';
import { addHighlight, type NewHighlight } from '../../lib/db/write/highlights';
import { HIGHLIGHTS_PAGE } from '../../lib/ui/library-highlights';
import { getMessage, messages } from './english-messages';

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

/** A library (its own database) with `articles` saved, oldest first, and `highlights` on them
 * (each given the index of its article in `articles`). Returns the articles' ids. */
async function highlightedLibrary(
  name: string,
  articles: { url: string; title: string; siteName?: string }[],
  highlights: (Omit<NewHighlight, 'articleId'> & { article: number })[] = [],
): Promise<{ library: Promise<Library>; ids: number[] }> {
  const options = { name, indexedDB: new IDBFactory(), IDBKeyRange };
  const db = await openLedeDb(options);
  const ids: number[] = [];
  for (const [n, { url, title, siteName }] of articles.entries()) {
    const saved = await saveArticle(db, {
      ...bareArticle({ url, title, text: 'Giá gạo xuất khẩu tăng mạnh.' }),
      siteName: siteName ?? null,
    });
    if (!saved.ok) throw new Error(saved.reason);
    ids.push(saved.id);
    await db.articles.update(saved.id, { savedAt: 1_700_000_000_000 + n }); // the list's order: newest first
  }
  for (const { article, ...highlight } of highlights)
    await addHighlight(db, { ...highlight, articleId: ids[article]! });
  db.close();
  return { library: openLibrary(options), ids };
}

const titles = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll(selector)].map((link) => link.textContent);
const tab = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll<HTMLElement>('[role=tab]')].find((element) => element.textContent === name)!;

/** A loaded machine (the whole suite, other workers) reads fake-indexeddb slower than one test alone. */
const READ_WAIT = { timeout: 5_000 };

// Each test first writes its library (up to 52 highlights, one write each): slower than a read.
describe('highlights in the library', { timeout: 15_000 }, () => {
  beforeAll(() => {
    options.requestAnimationFrame = (callback) => setTimeout(callback);
  });
  afterEach(async () => {
    for (const root of mounted.splice(0)) {
      render(null, root);
      root.remove();
    }
    await new Promise((resolve) => setTimeout(resolve));
    vi.unstubAllGlobals();
  });

  it('says how many highlights each article has, in its entry', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const { library } = await highlightedLibrary(
      'counts',
      [
        { url: 'https://news.example/a', title: 'Không tô sáng' },
        { url: 'https://news.example/b', title: 'Một đoạn' },
        { url: 'https://news.example/c', title: 'Ba đoạn' },
      ],
      [
        { article: 1, text: 'Giá gạo' },
        { article: 2, text: 'Giá gạo' },
        { article: 2, text: 'xuất khẩu' },
        { article: 2, text: 'tăng mạnh' },
      ],
    );
    const root = mount(<LibraryApp library={library} />);
    await vi.waitFor(() => expect(root.querySelector('.item__meta')?.textContent).toContain('3 highlights'), READ_WAIT);
    const metas = [...root.querySelectorAll('.item__meta')].map((meta) => meta.textContent);
    expect(metas[1]).toContain('1 highlight');
    expect(metas[1]).not.toContain('highlights');
    expect(metas[2]).not.toContain('highlight');
  });

  it('shows every highlight, newest first, with its note, site and date, linked to its place in the reader', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const made = Date.UTC(2024, 5, 3, 12);
    const { library, ids } = await highlightedLibrary(
      'all-highlights',
      [
        { url: 'https://news.example/gia-gao', title: 'Giá gạo tăng', siteName: 'Báo Mẫu' },
        { url: 'https://news.example/mua-lu', title: 'Mùa lũ về' },
      ],
      [
        { article: 0, text: 'Giá gạo xuất khẩu', createdAt: made },
        { article: 1, text: 'lũ về sớm', color: 'blue', createdAt: made + 2, note: 'Hỏi lại tỉnh' },
        { article: 0, text: 'tăng mạnh', color: 'green', createdAt: made + 1 },
      ],
    );
    const root = mount(<LibraryApp library={library} />);
    document.body.append(root); // to hold the focus
    await vi.waitFor(() => expect(root.querySelectorAll('.item')).toHaveLength(2), READ_WAIT);
    const articles = tab(root, 'Articles');
    expect(articles.getAttribute('aria-selected')).toBe('true');
    articles.focus();
    articles.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));

    const highlights = tab(root, 'Highlights');
    await vi.waitFor(() => expect(root.querySelectorAll('.library-highlight')).toHaveLength(3), READ_WAIT);
    expect(highlights.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(highlights);
    const panel = root.querySelector(`#${highlights.getAttribute('aria-controls')}`)!;
    expect(panel.getAttribute('role')).toBe('tabpanel');
    expect(panel.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('[role=search]')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('#library-panel-articles')!.hasAttribute('hidden')).toBe(true);

    expect(titles(root, '.library-highlight mark')).toEqual(['lũ về sớm', 'tăng mạnh', 'Giá gạo xuất khẩu']);
    expect(root.querySelector('.library-highlight mark')!.className).toContain('--blue');
    const [newest, , oldest] = [...root.querySelectorAll<HTMLElement>('.library-highlight')];
    expect(newest!.textContent).toContain('Note: Hỏi lại tỉnh');
    expect(oldest!.querySelector('.library-highlight__note')).toBeNull();
    const link = oldest!.querySelector('a')!;
    expect(link.textContent).toBe('Giá gạo tăng');
    expect(link.getAttribute('href')).toMatch(new RegExp(`^/reader\\.html\\?id=${ids[0]}#highlight-\\d+$`));
    const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(made));
    expect(oldest!.textContent).toContain(`Báo Mẫu · Highlighted ${date}`);
  });

  it('shows older highlights on demand, the focus on the first one added', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const count = HIGHLIGHTS_PAGE + 2;
    const { library } = await highlightedLibrary(
      'older-highlights',
      [{ url: 'https://news.example/a', title: 'Giá gạo tăng' }],
      Array.from({ length: count }, (_, n) => ({ article: 0, text: `Đoạn số ${n}`, createdAt: 1_000 + n })),
    );
    const root = mount(<LibraryApp library={library} />);
    document.body.append(root); // to hold the focus
    tab(root, 'Highlights').click();
    await vi.waitFor(
      () => expect(root.querySelectorAll('.library-highlight')).toHaveLength(HIGHLIGHTS_PAGE),
      READ_WAIT,
    );
    expect(root.querySelector('.library-highlight mark')?.textContent).toBe(`Đoạn số ${count - 1}`);
    const older = [...root.querySelectorAll('button')].find(
      (button) => button.textContent === 'Show older highlights',
    )!;
    older.click();
    await vi.waitFor(() => expect(root.querySelectorAll('.library-highlight')).toHaveLength(count), READ_WAIT);
    expect(root.querySelector('.library-highlight:last-child mark')?.textContent).toBe('Đoạn số 0');
    expect(document.activeElement).toBe(root.querySelectorAll('.library-highlight__title')[HIGHLIGHTS_PAGE]);
    expect([...root.querySelectorAll('button')].some((button) => button.textContent === 'Show older highlights')).toBe(
      false,
    );
  });

  it('opens on the highlights when the address names them, and tells each change of tab', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const { library } = await highlightedLibrary(
      'opens-on-highlights',
      [{ url: 'https://news.example/a', title: 'Giá gạo tăng' }],
      [{ article: 0, text: 'Giá gạo' }],
    );
    const tabs: string[] = [];
    const root = mount(
      <LibraryApp library={library} firstTab="highlights" onTabChange={(shown) => tabs.push(shown)} />,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.library-highlight')).toHaveLength(1), READ_WAIT);
    expect(tab(root, 'Highlights').getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#library-panel-articles')!.hasAttribute('hidden')).toBe(true);
    tab(root, 'Articles').click();
    tab(root, 'Highlights').click();
    expect(tabs).toEqual(['articles', 'highlights']);
  });

  it('says in plain words how to make a first highlight when there is none', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    const { library } = await highlightedLibrary('no-highlights', [
      { url: 'https://news.example/a', title: 'Giá gạo' },
    ]);
    const root = mount(<LibraryApp library={library} />);
    await vi.waitFor(() => expect(root.querySelectorAll('.item')).toHaveLength(1), READ_WAIT);
    expect(root.querySelector('.item__meta')?.textContent).not.toContain('highlight');
    tab(root, 'Highlights').click();
    await vi.waitFor(
      () =>
        expect(root.querySelector('.library-highlights__empty')?.textContent).toBe(
          'No highlights yet: select text in an article and press h.',
        ),
      READ_WAIT,
    );
    tab(root, 'Articles').click();
    await vi.waitFor(() => expect(root.querySelector('.library-highlights__empty')).toBeNull(), READ_WAIT);
    expect(root.querySelector('#library-panel-articles')!.hasAttribute('hidden')).toBe(false);
  });
});
