// @vitest-environment jsdom
// The library page when the database cannot be opened: the reader is told so in plain words,
// not left with an empty page.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { LibraryApp } from '../../components/LibraryApp';
import type { Library } from '../../lib/db/open-library';

const messages = en as Record<string, { message: string }>;

describe('LibraryApp', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the saved articles could not be opened when the database fails to open', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => messages[key]?.message ?? '' } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('div');
    const failing = Promise.reject(new DOMException('The user denied permission to access the database.', 'UnknownError')) as Promise<Library>;
    render(<LibraryApp library={failing} />, root);
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toBe(messages.libraryUnreadable!.message));
    expect(root.querySelector('.library__list')?.children).toHaveLength(0);
  });
});
