// @vitest-environment jsdom
// Making highlights and notes on a saved article in the reader: select text and press h (or
// pick a colour), n for a note; click a highlight to recolour, annotate or remove it. Written
// to a real (fake-indexeddb) library through the real write functions.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { options, render } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../components/Highlighter';
import { articleHighlights } from '../../lib/db/read/highlights';
import { bareArticle, openLedeDb, saveArticle, type LedeDb } from '../../lib/db/write';
import * as articles from '../../lib/db/write/articles';
import * as highlights from '../../lib/db/write/highlights';
import type { LibraryWrites } from '../../lib/ui/library-writes';
import type { HighlightRow } from '../../lib/db/types';
import { getMessage } from './english-messages';

let db: LedeDb;
let articleId: number;
let root: HTMLElement;
let body: HTMLElement;
const writable = async (): Promise<LibraryWrites> => ({ db, writes: { ...articles, ...highlights } });

beforeAll(() => {
  options.requestAnimationFrame = (callback) => setTimeout(callback);
  // jsdom lays nothing out: the bar's place is not what these tests are about
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});
beforeEach(async () => {
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  db = await openLedeDb({ name: 'highlighter', indexedDB: new IDBFactory(), IDBKeyRange });
  const saved = await saveArticle(db, bareArticle({ url: 'https://news.example/a', title: 'Gạo', text: 'x' }));
  if (!saved.ok) throw new Error(saved.reason);
  articleId = saved.id;
  body = document.createElement('div');
  body.innerHTML = '<p>Giá gạo xuất khẩu tăng mạnh.</p><p>Nông dân <em>vui mừng</em> vì được mùa.</p>';
  root = document.createElement('div');
  document.body.append(body, root);
});
afterEach(async () => {
  render(null, root);
  await new Promise((resolve) => setTimeout(resolve));
  body.remove();
  root.remove();
  db.close();
  vi.unstubAllGlobals();
});

function select(node: Node, from: number, to: number) {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}
const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
const stored = () => articleHighlights(db, articleId);
/** The element once the page shows it. */
const shown = <T extends Element>(selector: string) =>
  vi.waitFor(() => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`no ${selector} yet`);
    return element;
  });
/** Renders the highlighter and waits for its effects (its listeners) to be in. */
async function mount(initial: HighlightRow[] = []) {
  render(<Highlighter body={body} articleId={articleId} highlights={initial} writable={writable} />, root);
  await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the reader’s highlighter', () => {
  it('highlights the selection with h, keeps it, and tells screen readers', async () => {
    await mount();
    select(body.querySelector('p')!.firstChild!, 8, 17); // "xuất khẩu"
    press('h');
    await vi.waitFor(() => expect(body.querySelector('mark')?.textContent).toBe('xuất khẩu'));
    expect(await stored()).toMatchObject([
      {
        text: 'xuất khẩu',
        color: 'yellow',
        anchor: { block: 0, prefix: 'Giá gạo ', suffix: ' tăng mạnh. Nông dân vui mừng vì' },
      },
    ]);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Highlighted.');
    expect(body.querySelector('mark')!.title).toBe('Yellow highlight'); // its colour, not only seen
  });

  it('n highlights and opens the note; Ctrl+Enter keeps the note', async () => {
    await mount();
    select(body.querySelectorAll('p')[1]!.firstChild!, 0, 8); // "Nông dân"
    press('n');
    const field = await shown<HTMLTextAreaElement>('textarea');
    expect(document.activeElement).toBe(field);
    field.value = 'farmers, again';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    press('Enter', field, { ctrlKey: true });
    await vi.waitFor(async () => expect((await stored())[0]?.note).toBe('farmers, again'));
    await vi.waitFor(() => expect(root.querySelector('textarea')).toBeNull());
    expect(body.querySelector('mark')!.title).toBe('Yellow highlight. Note: farmers, again');
  });

  it('a click on a highlight opens its bar: another colour, then remove', async () => {
    const added = await highlights.addHighlight(db, { articleId, text: 'vui mừng', color: 'yellow' });
    const row = (await stored())[0]!;
    expect(added).toEqual({ ok: true, id: row.id });
    body.querySelector('em')!.innerHTML =
      `<mark class="highlight highlight--yellow" data-highlight-id="${row.id}" tabindex="0">vui mừng</mark>`;
    await mount([row]);
    body.querySelector('mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const blue = await shown<HTMLButtonElement>('[aria-label="Colour: Blue"]');
    expect(body.querySelector('mark')!.title).toBe('Yellow highlight'); // those on the page when it opened too
    blue.click();
    await vi.waitFor(() => expect(body.querySelector('mark')?.className).toBe('highlight highlight--blue'));
    expect((await stored())[0]!.color).toBe('blue');
    expect(body.querySelector('mark')!.title).toBe('Blue highlight');
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Remove highlight')!.click();
    await vi.waitFor(() => expect(body.querySelector('mark')).toBeNull());
    expect(await stored()).toEqual([]);
    expect(body.querySelector('em')!.textContent).toBe('vui mừng');
  });

  it('shows every reader, not only a screen reader, a highlight that could not be written', async () => {
    const broken = async (): Promise<LibraryWrites> => ({
      db,
      writes: {
        ...articles,
        ...highlights,
        addHighlight: () =>
          Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError')),
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Highlighter body={body} articleId={articleId} highlights={[]} writable={broken} />, root);
    await new Promise((resolve) => setTimeout(resolve, 5));
    select(body.querySelector('p')!.firstChild!, 8, 17);
    press('h');
    const problem = await shown<HTMLElement>('.highlighter__problem');
    expect(problem.querySelector('[role=status]')!.textContent).toBe(
      'Lede could not write this change to your library. Try again; if it keeps failing, reload the page.',
    );
    expect(body.querySelector('mark')).toBeNull();
    problem.querySelector('button')!.click(); // read: it goes
    await vi.waitFor(() => expect(root.querySelector('.highlighter__problem')).toBeNull());
  });

  it('leaves keys typed into a field alone, and h without a selection does nothing', async () => {
    await mount();
    getSelection()!.removeAllRanges();
    press('h');
    const input = document.createElement('input');
    document.body.append(input);
    select(body.querySelector('p')!.firstChild!, 0, 3);
    press('h', input);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await stored()).toEqual([]);
    input.remove();
  });
});
