import { useEffect, useRef, useState } from 'preact/hooks';
import type { Library } from '@/lib/db/open-library';
import type { LedeDb } from '@/lib/db/write/schema';
import type { DeletedArticle } from '@/lib/db/types';
import { t } from '@/lib/ui/i18n';
import { LIST_PAGE, type LibraryRows, type LibraryView } from '@/lib/ui/library-view';
import { LibraryFile } from './LibraryFile';
import { FetchPanel } from './FetchPanel';
import { OfflinePictures, type OfflinePicturesControls } from './OfflinePictures';
import type { FetchControls } from '@/lib/ui/fetch-controls';
import { LibraryItem } from './LibraryItem';
import { LibrarySearch } from './LibrarySearch';
import type { LibraryTab } from '@/lib/ui/library-address';
import { LibraryTabs, panelId, tabId } from './LibraryTabs';
import { LibraryHighlights } from './LibraryHighlights';
import { useFocusOnAdded } from './useFocusOnAdded';
import { useHighlightCounts } from './useHighlightCounts';
import { useLibraryRows } from './useLibraryRows';

type Writes = typeof import('@/lib/db/write/articles');

/** The write code, with Dexie: loaded on the first write, so a page opened to read or search
 * shows its list or results without it. */
const loadWrites = (): Promise<Writes> => import('@/lib/db/write/articles');

export interface LibraryAppProps {
  library: Promise<Library>;
  /** The view the page opens with (library.html?q=… opens on a search) and its rows, which the
   * page started reading before drawing itself; without it, the list, read once the library opens. */
  opening?: { view: LibraryView; rows: Promise<LibraryRows> };
  /** Told of every change of the search, e.g. to keep it in the page's address. */
  onQueryChange?: (query: string) => void;
  /** The tab the page opens on (library.html?tab=highlights); the articles without it. */
  firstTab?: LibraryTab;
  /** Told of every change of tab, e.g. to keep it in the page's address. */
  onTabChange?: (tab: LibraryTab) => void;
  /** The fetch queue's controls (the extension page's: lib/ui/fetch-controls.ts); without
   * them the page shows no fetch panel. */
  fetchControls?: (writable: () => Promise<LedeDb>) => FetchControls;
  /** The "Keep pictures for offline reading" setting (the extension page's); none in tests. */
  pictureControls?: OfflinePicturesControls;
}

/** The saved articles, newest first, with instant search, read filter, tags, delete with undo, export and import;
 * and, in a tab of its own, every highlight. */
export function LibraryApp({
  library: libraryOpening,
  opening,
  onQueryChange,
  firstTab = 'articles',
  onTabChange,
  fetchControls,
  pictureControls,
}: LibraryAppProps) {
  const { library, view, setView, shown, failed, slow, reread } = useLibraryRows(libraryOpening, opening);
  const [undo, setUndo] = useState<DeletedArticle | null>(null);
  const [tab, setTab] = useState<LibraryTab>(firstTab);
  // A deleted item takes the keyboard focus with it: focus goes to "Undo", then back to search.
  const undoButton = useRef<HTMLButtonElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const { list, willAdd } = useFocusOnAdded(shown?.rows.length, '.item__title');
  useEffect(() => (undo ? undoButton.current?.focus() : undefined), [undo]);
  useEffect(() => void (document.title = t('libraryTitle')), []);
  /** Dexie's database for writes, once the library is open: an import or a mark chosen while
   * the page still opens is not lost. */
  const writable = () => libraryOpening.then((opened) => opened.writable());
  const [controls] = useState(() => fetchControls?.(writable));
  /** Bumped when the queue may have changed (an import): the fetch panel reads it again. */
  const [queueChanged, setQueueChanged] = useState(0);
  /** A write, then the rows read again. */
  async function act(work: (db: LedeDb, writes: Writes) => Promise<unknown>) {
    const [db, writes] = await Promise.all([writable(), loadWrites()]);
    await work(db, writes);
    await reread();
  }
  function showOlder() {
    willAdd(view.listLength);
    setView((current) => ({ ...current, listLength: current.listLength + LIST_PAGE }));
  }
  function search(query: string) {
    setView((current) => ({ ...current, query }));
    onQueryChange?.(query);
  }
  const rows = shown?.rows;
  const query = view.query;
  const highlightCounts = useHighlightCounts(library?.reads, rows);

  return (
    <main class="library">
      <header class="library__header">
        <h1 class="library__title">{t('libraryTitle')}</h1>
        <LibraryFile
          writable={writable}
          onImported={() => {
            void act(async () => undefined);
            void controls?.wake().catch((error: unknown) => console.error('Lede: could not start fetching', error));
            setQueueChanged((n) => n + 1);
          }}
        />
        {pictureControls && <OfflinePictures controls={pictureControls} />}
      </header>
      {controls && library && <FetchPanel reads={library.reads} controls={controls} changed={queueChanged} />}
      <div class="library__controls">
        <LibraryTabs
          selected={tab}
          onSelect={(next) => {
            setTab(next);
            onTabChange?.(next);
          }}
        />
        <LibrarySearch
          view={view}
          inputRef={searchBox}
          hidden={tab !== 'articles'}
          onSearch={search}
          onFilter={(filter) => setView((current) => ({ ...current, filter, listLength: LIST_PAGE }))}
        />
      </div>
      {undo && (
        <p class="library__notice" role="status">
          {t('deletedNotice', undo.title)}{' '}
          <button
            ref={undoButton}
            type="button"
            class="button button--quiet"
            onClick={() =>
              act(async (db, { restoreArticle }) => {
                await restoreArticle(db, undo);
                setUndo(null);
                searchBox.current?.focus();
              })
            }
          >
            {t('undo')}
          </button>
        </p>
      )}
      {failed && (
        <p class="library__notice" role="alert">
          {t('libraryUnreadable')}
        </p>
      )}
      {slow && !shown && !failed && (
        <p class="library__notice" role="status">
          {t('libraryOpening')}
        </p>
      )}
      <div role="tabpanel" id={panelId('articles')} aria-labelledby={tabId('articles')} hidden={tab !== 'articles'}>
        {rows && rows.length === 0 && (
          <p class="library__empty">{query.trim() ? t('noResults', query) : t('emptyLibrary')}</p>
        )}
        <ul ref={list} class="library__list" aria-label={t('libraryTitle')}>
          {rows?.map(({ article, snippet }) => (
            <LibraryItem
              key={article.id}
              article={article}
              snippet={snippet}
              highlights={highlightCounts.get(article.id)}
              onMarkRead={(read) => act((db, { markRead }) => markRead(db, article.id, read))}
              onDelete={() =>
                act(async (db, { deleteArticle }) => setUndo((await deleteArticle(db, article.id)) ?? null))
              }
              onTags={(tags) => act((db, { setTags }) => setTags(db, article.id, tags))}
            />
          ))}
        </ul>
        {shown?.hasOlder && (
          <button type="button" class="button button--quiet library__more" onClick={showOlder}>
            {t('showOlder')}
          </button>
        )}
      </div>
      <LibraryHighlights reads={library?.reads} active={tab === 'highlights'} />
    </main>
  );
}
