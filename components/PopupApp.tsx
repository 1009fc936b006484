import { useState, useEffect } from 'preact/hooks';
import type { LedeDb } from '@/lib/db';
import type { ExtractOutcome } from '@/lib/extract/types';
import { FAILURE_MESSAGE_KEYS, t } from '@/lib/i18n';
import { loadActiveArticle, type PopupApi } from '@/lib/popup-session';
import type { SettingsStorage } from '@/lib/settings';
import { ArticleView } from './ArticleView';
import { ReadingControls } from './ReadingControls';
import { SaveBar } from './SaveBar';
import { StatusPanel } from './StatusPanel';
import { useReadingSettings } from './useReadingSettings';

type PopupState = { phase: 'loading' } | { phase: 'done'; outcome: ExtractOutcome };

export interface PopupAppProps {
  api: PopupApi;
  settingsStorage: SettingsStorage;
  /** The library database, opened once the popup shows. */
  db: Promise<LedeDb>;
  /** Opens an extension page (reader or library) in a new tab. */
  openPage: (path: string) => void;
}

/** The popup: reads the active tab, then shows the article or says plainly why not. */
export function PopupApp({ api, settingsStorage, db, openPage }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });
  const [library, setLibrary] = useState<LedeDb | null>(null);
  useEffect(() => void db.then(setLibrary, () => setLibrary(null)), [db]);
  const [settings, setSettings] = useReadingSettings(settingsStorage);
  const [showControls, setShowControls] = useState(false);
  const load = (force: boolean) => {
    setState({ phase: 'loading' });
    void loadActiveArticle(api, { force }).then((outcome) => setState({ phase: 'done', outcome }));
  };
  useEffect(() => load(false), []);

  const outcome = state.phase === 'done' ? state.outcome : null;
  return (
    <>
      <div class="toolbar">
        <span class="toolbar__brand">Lede</span>
        <button type="button" class="button button--quiet" aria-expanded={showControls} aria-label={t('settingsButton')} onClick={() => setShowControls(!showControls)}>
          Aa
        </button>
      </div>
      {showControls && <ReadingControls settings={settings} onChange={setSettings} />}
      {!outcome && <StatusPanel kind="loading" />}
      {outcome?.ok && library && <SaveBar db={library} article={outcome.article} openPage={openPage} />}
      {outcome?.ok && <ArticleView article={outcome.article} />}
      {outcome && !outcome.ok && (
        <StatusPanel kind="failure" message={t(FAILURE_MESSAGE_KEYS[outcome.reason])} onShowAnyway={outcome.canForce ? () => load(true) : undefined} />
      )}
    </>
  );
}
