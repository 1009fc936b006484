// The library page's address says what it shows, so a reload, a bookmark or a link keeps it:
// library.html?q=giam+ngheo opens on that search, library.html?tab=highlights on every highlight.

/** What the library page shows: the saved articles, or every highlight across them. */
export const LIBRARY_TABS = ['articles', 'highlights'] as const;
export type LibraryTab = (typeof LIBRARY_TABS)[number];

export interface LibraryAddress {
  query: string;
  tab: LibraryTab;
}

const QUERY_PARAM = 'q';
const TAB_PARAM = 'tab';
/** The tab an address without one (or with one Lede does not have, an old bookmark) opens on. */
const FIRST_TAB: LibraryTab = 'articles';

const isTab = (value: string | null): value is LibraryTab => LIBRARY_TABS.some((tab) => tab === value);

/** What `url` asks the library to show. */
export function readLibraryAddress(url: URL): LibraryAddress {
  const tab = url.searchParams.get(TAB_PARAM);
  return { query: url.searchParams.get(QUERY_PARAM) ?? '', tab: isTab(tab) ? tab : FIRST_TAB };
}

/** `url` changed to show `shown` (the rest kept as it is); the first tab and an empty search
 * leave nothing in the address, so the plain library.html stays plain. */
export function libraryAddressOf(url: URL, shown: Partial<LibraryAddress>): URL {
  const next = new URL(url);
  if (shown.query !== undefined) {
    if (shown.query.trim()) next.searchParams.set(QUERY_PARAM, shown.query);
    else next.searchParams.delete(QUERY_PARAM);
  }
  if (shown.tab !== undefined) {
    if (shown.tab === FIRST_TAB) next.searchParams.delete(TAB_PARAM);
    else next.searchParams.set(TAB_PARAM, shown.tab);
  }
  return next;
}
