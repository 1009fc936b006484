// @vitest-environment jsdom
// The library and reader pages when the database cannot be opened: the reader is told so in
// plain words, not left with an empty page or told the article was deleted.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { LibraryApp } from '../../components/LibraryApp';
import { ReaderApp } from '../../components/ReaderApp';
import type { ReadableDb } from '../../lib/db/read-connection';
import type { Library } from '../../lib/db/open-library';

const messages = en as Record<string, { message: string }>;

/** An open that fails a moment later, as IndexedDB's does when the browser blocks storage. */
const openFailing = <T,>() =>
  new Promise<T>((_, reject) => setTimeout(() => reject(new DOMException('The user denied permission to access the database.', 'UnknownError')), 5));

describe('pages of saved articles', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('the library says the saved articles could not be opened when the database fails to open', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => messages[key]?.message ?? '' } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('div');
    render(<LibraryApp library={openFailing<Library>()} />, root);
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toBe(messages.libraryUnreadable!.message));
    expect(root.querySelector('.library__list')?.children).toHaveLength(0);
  });

  it('the reader says the saved articles could not be opened, not that the article was deleted', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => messages[key]?.message ?? '' } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('div');
    const settingsStorage = { get: async () => ({}), set: async () => undefined };
    render(<ReaderApp db={openFailing<ReadableDb>()} id={3} settingsStorage={settingsStorage} />, root);
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toBe(messages.libraryUnreadable!.message));
  });

  it('the library says it is still opening when the database takes long (an upgrade after an update), and not before', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => messages[key]?.message ?? '' } });
    const root = document.createElement('div');
    render(<LibraryApp library={new Promise<Library>(() => undefined)} />, root);
    await vi.advanceTimersByTimeAsync(300);
    expect(root.querySelector('[role=status]')).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(root.querySelector('[role=status]')?.textContent).toBe(messages.libraryOpening!.message);
    vi.useRealTimers();
  });
});
