import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Library } from '@/lib/db/open-library';
import type { ReadableDb } from '@/lib/db/read-connection';
import { getListedArticles, listArticles } from '@/lib/db/reads';
import type { LedeDb } from '@/lib/db/schema';
import type { ListedArticle, ReadFilter, SavedArticle } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { searchArticles, type SnippetSegment } from '@/lib/search';
import { LibraryFile } from './LibraryFile';
import { LibraryItem } from './LibraryItem';

/** How many articles the list shows without a search, and how many more each "Show older
 * articles" adds: a screenful or more, read and drawn quickly in a new page. */
const LIST_PAGE = 50;

type Row = { article: ListedArticle; snippet?: SnippetSegment[] };
type Writes = typeof import('@/lib/db/articles');

/** The write code, with Dexie: loaded on the first write, so a page opened to read or search
 * shows its list or results without it. */
const loadWrites = (): Promise<Writes> => import('@/lib/db/articles');

export interface LibraryAppProps {
  library: Promise<Library>;
  /** The search the page opens with (library.html?q=…). */
  initialQuery?: string;
  /** Told of every change of the search, e.g. to keep it in the page's address. */
  onQueryChange?: (query: string) => void;
}

/** The saved articles, newest first, with instant search, read filter, tags, delete with undo, export and import. */
export function LibraryApp({ library: opening, initialQuery = '', onQueryChange }: LibraryAppProps) {
  const [library, setLibrary] = useState<Library | null>(null);
  const [query, setQuery] = useState(initialQuery);
  const [filter, setFilter] = useState<ReadFilter>('all');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [listLength, setListLength] = useState(LIST_PAGE);
  const [hasOlder, setHasOlder] = useState(false);
  const [undo, setUndo] = useState<SavedArticle | null>(null);
  const latest = useRef(0);
  // A deleted item takes the keyboard focus with it: focus goes to "Undo", then back to search.
  const undoButton = useRef<HTMLButtonElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => (undo ? undoButton.current?.focus() : undefined), [undo]);
  useEffect(() => void opening.then(setLibrary), [opening]);
  // a layout effect starts the reads as soon as the page has the library, not a frame later
  useLayoutEffect(() => void (library && refresh(library.reads)), [library, query, filter, listLength]);
  useEffect(() => void (document.title = t('libraryTitle')), []);

  /** Shows the list (or the search results); an older answer never replaces a newer one. */
  async function refresh(db: ReadableDb) {
    const ticket = ++latest.current;
    const searching = query.trim() !== '';
    // one row more than is shown says whether there are older articles to show
    const next = searching ? await searchRows(db, query, filter) : (await listArticles(db, { filter, limit: listLength + 1 })).map((article) => ({ article }));
    if (ticket !== latest.current) return;
    setHasOlder(!searching && next.length > listLength);
    setRows(searching ? next : next.slice(0, listLength));
  }
  async function act(work: (db: LedeDb, writes: Writes) => Promise<unknown>) {
    if (!library) return;
    const [db, writes] = await Promise.all([library.writable(), loadWrites()]);
    await work(db, writes);
    await refresh(library.reads);
  }
  function search(text: string) {
    setQuery(text);
    onQueryChange?.(text);
  }
  function chooseFilter(next: ReadFilter) {
    setFilter(next);
    setListLength(LIST_PAGE);
  }

  return (
    <main class="library">
      <header class="library__header">
        <h1 class="library__title">{t('libraryTitle')}</h1>
        <LibraryFile writable={library?.writable ?? null} onImported={() => act(async () => undefined)} />
      </header>
      <div class="library__controls" role="search">
        <input ref={searchBox} class="library__search" type="search" value={query} placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} autoFocus
          onInput={(event) => search((event.target as HTMLInputElement).value)} />
        <label>
          {t('filterLabel')}{' '}
          <select value={filter} onChange={(event) => chooseFilter((event.target as HTMLSelectElement).value as ReadFilter)}>
            <option value="all">{t('filterAll')}</option>
            <option value="unread">{t('filterUnread')}</option>
            <option value="read">{t('filterRead')}</option>
          </select>
        </label>
      </div>
      {undo && (
        <p class="library__notice" role="status">
          {t('deletedNotice', undo.title)}{' '}
          <button ref={undoButton} type="button" class="button button--quiet"
            onClick={() => act(async (db, { restoreArticle }) => { await restoreArticle(db, undo); setUndo(null); searchBox.current?.focus(); })}>{t('undo')}</button>
        </p>
      )}
      {rows && rows.length === 0 && <p class="library__empty">{query.trim() ? t('noResults', query) : t('emptyLibrary')}</p>}
      <ul class="library__list" aria-label={t('libraryTitle')}>
        {rows?.map(({ article, snippet }) => (
          <LibraryItem key={article.id} article={article} snippet={snippet}
            onMarkRead={(read) => act((db, { markRead }) => markRead(db, article.id, read))}
            onDelete={() => act(async (db, { deleteArticle }) => setUndo((await deleteArticle(db, article.id)) ?? null))}
            onTags={(tags) => act((db, { setTags }) => setTags(db, article.id, tags))} />
        ))}
      </ul>
      {hasOlder && (
        <button type="button" class="button button--quiet library__more" onClick={() => setListLength((length) => length + LIST_PAGE)}>{t('showOlder')}</button>
      )}
    </main>
  );
}

/** Search hits as list rows, kept to the read filter. */
async function searchRows(db: ReadableDb, query: string, filter: ReadFilter): Promise<Row[]> {
  const hits = await searchArticles(db, query, { limit: 20 });
  // One read of the hits' rows, without their HTML (an article's largest part, not shown here).
  const articles = await getListedArticles(db, hits.map((hit) => hit.id));
  return hits
    .flatMap((hit, i) => (articles[i] ? [{ article: articles[i], snippet: hit.snippet }] : []))
    .filter(({ article }) => filter === 'all' || (filter === 'read') === (article.readAt !== null));
}
