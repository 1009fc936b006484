import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteArticle, getListedArticles, listArticles, markRead, restoreArticle, setTags, type LedeDb, type ListedArticle, type ReadFilter, type SavedArticle } from '@/lib/db';
import { t } from '@/lib/i18n';
import { searchArticles, type SnippetSegment } from '@/lib/search';
import { LibraryFile } from './LibraryFile';
import { LibraryItem } from './LibraryItem';

/** How many articles the list shows without a search. */
const LIST_LIMIT = 200;

type Row = { article: ListedArticle; snippet?: SnippetSegment[] };

/** The saved articles, newest first, with instant search, read filter, tags, delete with undo, export and import. */
export function LibraryApp({ db: opening }: { db: Promise<LedeDb> }) {
  const [db, setDb] = useState<LedeDb | null>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ReadFilter>('all');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [undo, setUndo] = useState<SavedArticle | null>(null);
  const latest = useRef(0);
  // A deleted item takes the keyboard focus with it: focus goes to "Undo", then back to search.
  const undoButton = useRef<HTMLButtonElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => (undo ? undoButton.current?.focus() : undefined), [undo]);
  useEffect(() => void opening.then(setDb), [opening]);
  useEffect(() => void (db && refresh(db)), [db, query, filter]);
  useEffect(() => void (document.title = t('libraryTitle')), []);

  /** Shows the list (or the search results); an older answer never replaces a newer one. */
  async function refresh(library: LedeDb) {
    const ticket = ++latest.current;
    const next = query.trim() ? await searchRows(library, query, filter) : (await listArticles(library, { filter, limit: LIST_LIMIT })).map((article) => ({ article }));
    if (ticket === latest.current) setRows(next);
  }
  async function act(work: (library: LedeDb) => Promise<unknown>) {
    if (!db) return;
    await work(db);
    await refresh(db);
  }

  return (
    <main class="library">
      <header class="library__header">
        <h1 class="library__title">{t('libraryTitle')}</h1>
        <LibraryFile db={db} onImported={() => act(async () => undefined)} />
      </header>
      <div class="library__controls" role="search">
        <input ref={searchBox} class="library__search" type="search" value={query} placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} autoFocus
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
        <label>
          {t('filterLabel')}{' '}
          <select value={filter} onChange={(event) => setFilter((event.target as HTMLSelectElement).value as ReadFilter)}>
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
            onClick={() => act(async (library) => { await restoreArticle(library, undo); setUndo(null); searchBox.current?.focus(); })}>{t('undo')}</button>
        </p>
      )}
      {rows && rows.length === 0 && <p class="library__empty">{query.trim() ? t('noResults', query) : t('emptyLibrary')}</p>}
      <ul class="library__list" aria-label={t('libraryTitle')}>
        {rows?.map(({ article, snippet }) => (
          <LibraryItem key={article.id} article={article} snippet={snippet}
            onMarkRead={(read) => act((library) => markRead(library, article.id, read))}
            onDelete={() => act(async (library) => setUndo((await deleteArticle(library, article.id)) ?? null))}
            onTags={(tags) => act((library) => setTags(library, article.id, tags))} />
        ))}
      </ul>
    </main>
  );
}

/** Search hits as list rows, kept to the read filter. */
async function searchRows(db: LedeDb, query: string, filter: ReadFilter): Promise<Row[]> {
  const hits = await searchArticles(db, query, { limit: 20 });
  // One read of the hits' rows, without their HTML (an article's largest part, not shown here).
  const articles = await getListedArticles(db, hits.map((hit) => hit.id));
  return hits
    .flatMap((hit, i) => (articles[i] ? [{ article: articles[i], snippet: hit.snippet }] : []))
    .filter(({ article }) => filter === 'all' || (filter === 'read') === (article.readAt !== null));
}
