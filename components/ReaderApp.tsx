import { useLayoutEffect, useState } from 'preact/hooks';
import type { HighlightRow, SavedArticle } from '@/lib/db/types';
import type { ReadableDb } from '@/lib/db/read/connection';
import { getArticle } from '@/lib/db/read/articles';
import { keptPictures } from '@/lib/db/read/images';
import { articleHighlights } from '@/lib/db/read/highlights';
import { t } from '@/lib/ui/i18n';
import { libraryWrites } from '@/lib/ui/library-writes';
import { offerDownload } from '@/lib/ui/offer-download';
import { toReaderArticle } from '@/lib/ui/saved-article';
import type { SettingsStorage } from '@/lib/ui/settings';
import { ArticleView } from './ArticleView';
import { Highlighter } from './Highlighter';
import { ListenControl } from './ListenControl';
import { ReadingControls } from './ReadingControls';
import { StatusPanel } from './StatusPanel';
import { useReadingSettings } from './useReadingSettings';
import { useReadingProgress } from './useReadingProgress';

/** `unreadable`: the database could not be opened or read (not the same as a deleted article). */
type ReaderState =
  | { phase: 'loading' }
  | { phase: 'missing' }
  | { phase: 'unreadable' }
  | {
      phase: 'ready';
      article: ReturnType<typeof toReaderArticle>;
      pictures: ReadonlyMap<string, string>;
      /** As saved: its id, how far it was read (the reader page returns there), its fields for an export. */
      saved: SavedArticle;
      highlights: HighlightRow[];
    };

/** A saved article, read from the library database: works offline, same typography as the popup. */
export function ReaderApp({
  db,
  id,
  settingsStorage,
}: {
  db: Promise<ReadableDb>;
  id: number;
  settingsStorage: SettingsStorage;
}) {
  const [state, setState] = useState<ReaderState>({ phase: 'loading' });
  const [settings, setSettings] = useReadingSettings(settingsStorage);
  /** The article body once all of it is in: highlights are made on it. */
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  // how far it is read: back there on opening, kept as the reader scrolls (Dexie loads then)
  useReadingProgress(state.phase === 'ready' ? state.saved : null, async (articleId, progress) => {
    const { db: writable, writes } = await libraryWrites();
    return writes.setProgress(writable, articleId, progress);
  });
  // a layout effect: the read starts right after the first render, not a frame later, and a
  // database that fails to open is handled as soon as it fails
  useLayoutEffect(() => {
    const urls: string[] = [];
    void db
      .then(async (library) => {
        if (!Number.isInteger(id) || id <= 0) return undefined;
        const [saved, kept, marked] = await Promise.all([
          getArticle(library, id),
          keptPictures(library, id),
          articleHighlights(library, id),
        ]);
        return saved && { saved, kept, highlights: marked };
      })
      .then(
        (found) => {
          if (!found) return setState({ phase: 'missing' });
          // the pictures kept offline, as addresses the page can show; freed when it closes
          const pictures = new Map([...found.kept].map(([url, blob]) => [url, URL.createObjectURL(blob)]));
          urls.push(...pictures.values());
          const { saved } = found;
          setState({ phase: 'ready', article: toReaderArticle(saved), pictures, saved, highlights: found.highlights });
          document.title = found.saved.title;
        },
        (error: unknown) => {
          console.error('Lede: the saved article could not be read', error);
          setState({ phase: 'unreadable' });
        },
      );
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, [db, id]);

  return (
    <div class="reader">
      <div class="toolbar">
        <a class="toolbar__brand" href="/library.html">
          Lede
        </a>
        {state.phase === 'ready' && (
          <button type="button" class="button button--quiet" onClick={() => void exportNote(db, state.saved)}>
            {t('exportArticleMarkdown')}
          </button>
        )}
        {state.phase === 'ready' && <span class="toolbar__hint">{t('highlightHint')}</span>}
        {state.phase === 'ready' && body && (
          <ListenControl body={body} lang={state.article.lang ?? ''} preferenceStorage={settingsStorage} />
        )}
      </div>
      <ReadingControls settings={settings} onChange={setSettings} />
      {state.phase === 'loading' && <StatusPanel kind="loading" />}
      {state.phase === 'missing' && <StatusPanel kind="failure" message={t('readerMissing')} />}
      {state.phase === 'unreadable' && <StatusPanel kind="failure" message={t('libraryUnreadable')} />}
      {state.phase === 'ready' && (
        <ArticleView
          article={state.article}
          pictures={state.pictures}
          highlights={state.highlights}
          onBodyReady={setBody}
        />
      )}
      {state.phase === 'ready' && body && (
        <Highlighter body={body} articleId={state.saved.id} highlights={state.highlights} />
      )}
    </div>
  );
}

/** The article as a Markdown note (front matter, summary, its highlights as they are now, the text). */
async function exportNote(db: Promise<ReadableDb>, saved: SavedArticle): Promise<void> {
  const [highlights, { articleMarkdown, noteFileName }] = await Promise.all([
    db.then((library) => articleHighlights(library, saved.id)),
    import('@/lib/export/markdown'),
  ]);
  const note = articleMarkdown(saved, highlights, { fullText: true });
  offerDownload(new Blob([note], { type: 'text/markdown' }), noteFileName(saved));
}
