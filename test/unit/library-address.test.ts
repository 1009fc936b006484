import { describe, expect, it } from 'vitest';
import { libraryAddressOf, readLibraryAddress } from '../../lib/ui/library-address';

const PAGE = 'chrome-extension://lede/library.html';

describe('the library page’s address', () => {
  it('opens on the search and the tab it names', () => {
    expect(readLibraryAddress(new URL(`${PAGE}?q=giam+ngheo&tab=highlights`))).toEqual({
      query: 'giam ngheo',
      tab: 'highlights',
    });
  });
  it('opens on the articles, unsearched, when it names nothing, or a tab Lede does not have', () => {
    expect(readLibraryAddress(new URL(PAGE))).toEqual({ query: '', tab: 'articles' });
    expect(readLibraryAddress(new URL(`${PAGE}?tab=trash`)).tab).toBe('articles');
  });
  it('follows what is shown, and stays plain when it is the articles unsearched', () => {
    const searched = libraryAddressOf(new URL(PAGE), { query: 'giảm nghèo' });
    const both = libraryAddressOf(searched, { tab: 'highlights' });
    expect(readLibraryAddress(both)).toEqual({ query: 'giảm nghèo', tab: 'highlights' });
    const back = libraryAddressOf(libraryAddressOf(both, { tab: 'articles' }), { query: '  ' });
    expect(back.href).toBe(PAGE);
  });
});
