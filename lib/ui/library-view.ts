// What the library page shows for a view (search text, read filter, how much of the list), read
// in one place: the page's script starts reading its first view as soon as the database is
// open, before and while the page draws itself (entrypoints/library/main.tsx).
import type { ReadableDb } from '../db/read/connection';
import { getListedArticles, listArticles } from '../db/read/articles';
import type { ListedArticle, ReadFilter } from '../db/types';
import { searchArticles, type SnippetSegment } from '../search';

/** How many articles the list shows without a search, and how many more each "Show older
 * articles" adds: a screenful or more, read and drawn quickly in a new page. */
export const LIST_PAGE = 50;
/** Search results shown. */
export const SEARCH_RESULTS = 20;

export interface LibraryView {
  /** The search box's text; blank lists the articles newest first. */
  query: string;
  filter: ReadFilter;
  /** How many articles of the list are shown (the search shows its best SEARCH_RESULTS). */
  listLength: number;
}

export interface LibraryRow {
  article: ListedArticle;
  /** For search results: the text around the matched words. */
  snippet?: SnippetSegment[];
}

export interface LibraryRows {
  rows: LibraryRow[];
  /** The list has older articles than it shows. */
  hasOlder: boolean;
}

export const firstView = (query = ''): LibraryView => ({ query, filter: 'all', listLength: LIST_PAGE });

/** The rows of `view`: search hits kept to the read filter, or the newest articles. */
export async function readLibraryRows(db: ReadableDb, view: LibraryView): Promise<LibraryRows> {
  if (view.query.trim()) return { rows: await searchRows(db, view), hasOlder: false };
  // one row more than is shown says whether there are older ones
  const listed = await listArticles(db, { filter: view.filter, limit: view.listLength + 1 });
  return {
    rows: listed.slice(0, view.listLength).map((article) => ({ article })),
    hasOlder: listed.length > view.listLength,
  };
}

async function searchRows(db: ReadableDb, { query, filter }: LibraryView): Promise<LibraryRow[]> {
  const hits = await searchArticles(db, query, { limit: SEARCH_RESULTS });
  // The rows the search did not read (it found their text in memory), in one read, without
  // their HTML (an article's largest part, not shown here).
  const unread = hits.filter((hit) => !hit.listed).map((hit) => hit.id);
  const read = unread.length > 0 ? await getListedArticles(db, unread) : [];
  const articles = hits.map((hit) => hit.listed ?? read[unread.indexOf(hit.id)]);
  return hits
    .flatMap((hit, i) => (articles[i] ? [{ article: articles[i], snippet: hit.snippet }] : []))
    .filter(({ article }) => filter === 'all' || (filter === 'read') === (article.readAt !== null));
}
