import { useState, useEffect } from 'preact/hooks';
import type { LedeDb } from '@/lib/db/write';
import { isArticleCut } from '@/lib/extract/guard';
import type { ExtractOutcome } from '@/lib/extract/types';
import { t } from '@/lib/ui/i18n';
import { FAILURE_MESSAGE_KEYS } from '@/lib/ui/messages-for-codes';
import type { ActiveTabApi } from '@/lib/browser/tabs';
import { loadActiveArticle } from '@/lib/browser/popup-session';
import type { SettingsStorage } from '@/lib/ui/settings';
import { ArticleView } from './ArticleView';
import { ReadingControls } from './ReadingControls';
import type { SaveBar as SaveBarComponent } from './SaveBar';
import type { PopupHighlights as PopupHighlightsComponent } from './PopupHighlights';
import { StatusPanel } from './StatusPanel';
import { useReadingSettings } from './useReadingSettings';

type PopupState = { phase: 'loading'; reading: AbortController } | { phase: 'done'; outcome: ExtractOutcome };

/** A reading of the tab under way, and how to stop it. */
export interface Reading {
  outcome: Promise<ExtractOutcome>;
  reading: AbortController;
}

export interface PopupAppProps {
  api: ActiveTabApi;
  settingsStorage: SettingsStorage;
  /** The tab's extraction, started before the popup's code loaded (entrypoints/popup/main.tsx). */
  firstReading: Reading;
  /** Loads and opens the library database; the popup asks once, after it shows. */
  openLibrary: () => Promise<LedeDb>;
  /** Opens an extension page (reader or library) in a new tab. */
  openPage: (path: string) => void;
  /** Told of each save (the extension keeps its pictures offline when the reader asked). */
  onSaved?: (db: LedeDb, articleId: number) => void;
}

/** The popup: reads the active tab, then shows the article or says plainly why not. */
export function PopupApp({ api, settingsStorage, firstReading, openLibrary, openPage, onSaved }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ phase: 'loading', reading: firstReading.reading });
  // The Save bar and Dexie load beside the article, not before it; without a database
  // (storage disabled or broken) the article still shows, only without the Save bar.
  const [saving, setSaving] = useState<{ SaveBar: typeof SaveBarComponent; db: LedeDb } | null>(null);
  useEffect(() => {
    void Promise.all([import('./SaveBar'), openLibrary()]).then(
      ([{ SaveBar }, db]) => setSaving({ SaveBar, db }),
      (error) => console.error('Lede: the library could not be opened', error),
    );
  }, []);
  // a saved article can be highlighted here as in the reader (the code loads once it is saved)
  const [savedId, setSavedId] = useState<number | null>(null);
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const [Highlighting, setHighlighting] = useState<typeof PopupHighlightsComponent | null>(null);
  useEffect(() => {
    if (savedId !== null && !Highlighting)
      void import('./PopupHighlights').then(({ PopupHighlights }) => setHighlighting(() => PopupHighlights));
  }, [savedId]);
  const [settings, setSettings] = useReadingSettings(settingsStorage);
  const [showControls, setShowControls] = useState(false);
  const show = ({ outcome, reading }: Reading) => {
    setState({ phase: 'loading', reading });
    void outcome.then((done) => setState({ phase: 'done', outcome: done }));
  };
  const readAgain = (options: { force: boolean }) => {
    const reading = new AbortController();
    show({ outcome: loadActiveArticle(api, { ...options, signal: reading.signal }), reading });
  };
  useEffect(() => show(firstReading), []);

  const outcome = state.phase === 'done' ? state.outcome : null;
  return (
    <>
      <div class="toolbar">
        <span class="toolbar__brand">Lede</span>
        <button
          type="button"
          class="button button--quiet"
          aria-expanded={showControls}
          aria-label={t('settingsButton')}
          onClick={() => setShowControls(!showControls)}
        >
          Aa
        </button>
      </div>
      {showControls && <ReadingControls settings={settings} onChange={setSettings} />}
      {state.phase === 'loading' && <StatusPanel kind="loading" onCancel={() => state.reading.abort()} />}
      {outcome?.ok && saving && (
        <saving.SaveBar
          db={saving.db}
          article={outcome.article}
          openPage={openPage}
          onSavedChange={setSavedId}
          {...(onSaved ? { onSaved: (id: number) => onSaved(saving.db, id) } : {})}
        />
      )}
      {outcome?.ok && isArticleCut(outcome.degraded) && (
        <p class="status__message status__message--note" role="note">
          {t('articleCut')}
        </p>
      )}
      {outcome?.ok && <ArticleView article={outcome.article} onBodyReady={setBody} />}
      {outcome?.ok && saving && body && savedId !== null && Highlighting && (
        <Highlighting db={saving.db} body={body} articleId={savedId} />
      )}
      {outcome && !outcome.ok && (
        <StatusPanel
          kind="failure"
          message={t(FAILURE_MESSAGE_KEYS[outcome.reason])}
          action={
            outcome.reason === 'cancelled'
              ? { label: t('readAgain'), run: () => readAgain({ force: false }) }
              : outcome.canForce
                ? { label: t('showAnyway'), run: () => readAgain({ force: true }) }
                : undefined
          }
        />
      )}
    </>
  );
}
