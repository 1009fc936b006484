import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteArticle, getArticleByUrl, saveArticle, type LedeDb } from '@/lib/db/write';
import type { WriteProblem } from '@/lib/db/types';
import type { Article } from '@/lib/extract/types';
import { t } from '@/lib/ui/i18n';
import { WRITE_PROBLEM_MESSAGE_KEYS } from '@/lib/ui/messages-for-codes';
import { readerPath } from '@/lib/ui/saved-article';
import { prepareWordBreaker } from '@/lib/text/words';

type SaveState =
  | { phase: 'checking' }
  | { phase: 'unsaved' }
  | { phase: 'saved'; id: number }
  | { phase: 'error'; problem: WriteProblem };

export interface SaveBarProps {
  db: LedeDb;
  article: Article;
  /** Opens an extension page (reader or library) in a new tab. */
  openPage: (path: string) => void;
  onSaved?: (articleId: number) => void;
  /** Told whenever the article becomes saved (found saved, or saved now) or stops being saved. */
  onSavedChange?: (articleId: number | null) => void;
}

/** Save ↔ Saved (remove), "Open in reader tab" and "Library" for the article in the popup. */
export function SaveBar({ db, article, openPage, onSaved, onSavedChange }: SaveBarProps) {
  const [state, setState] = useState<SaveState>({ phase: 'checking' });
  const savedId = state.phase === 'saved' ? state.id : null;
  useEffect(() => onSavedChange?.(savedId), [savedId]);
  // Save works while the check below is still running (a click then must not be lost), and
  // once the reader saved or removed, the check's older answer no longer applies.
  const acted = useRef(false);
  // what a save will need, made while the reader reads rather than when they click. (Kept here:
  // a helper module only the popup's app imports lands in the app's chunk, and this component's
  // chunk, shared with the library page, would then load the popup's entry into the library.)
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(prepareWordBreaker, { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }, []);
  useEffect(() => {
    let current = true;
    acted.current = false;
    setState({ phase: 'checking' });
    const stillWanted = () => current && !acted.current;
    void getArticleByUrl(db, article.url).then(
      (saved) => {
        if (!stillWanted()) return;
        // a link saved from the context menu has no text yet: the article now read completes it
        if (saved && saved.text) setState({ phase: 'saved', id: saved.id });
        else if (saved) void save();
        else setState({ phase: 'unsaved' });
      },
      () => {
        if (stillWanted()) setState({ phase: 'unsaved' });
      },
    );
    return () => {
      current = false;
    };
  }, [article.url]);

  async function save(): Promise<number | null> {
    acted.current = true;
    const result = await saveArticle(db, article).catch(() => null);
    if (result?.ok) {
      setState({ phase: 'saved', id: result.id });
      onSaved?.(result.id);
      return result.id;
    }
    setState({ phase: 'error', problem: result ? result.reason : 'write-failed' });
    return null;
  }
  async function remove(id: number) {
    acted.current = true;
    await deleteArticle(db, id);
    setState({ phase: 'unsaved' });
  }
  async function openReader() {
    const id = state.phase === 'saved' ? state.id : await save();
    if (id !== null) openPage(readerPath(id));
  }

  return (
    <div class="savebar" role="toolbar" aria-label={t('articleLabel')}>
      {state.phase === 'saved' ? (
        <button
          type="button"
          class="button"
          aria-pressed="true"
          title={t('removeSaved')}
          onClick={() => void remove(state.id)}
        >
          ✓ {t('saved')}
        </button>
      ) : (
        <button type="button" class="button" onClick={() => void save()}>
          {t('save')}
        </button>
      )}
      <button type="button" class="button button--quiet" onClick={() => void openReader()}>
        {t('openReader')}
      </button>
      <button type="button" class="button button--quiet" onClick={() => openPage('/library.html')}>
        {t('openLibrary')}
      </button>
      {state.phase === 'error' && (
        <p class="savebar__error" role="alert">
          {t(WRITE_PROBLEM_MESSAGE_KEYS[state.problem])}
        </p>
      )}
    </div>
  );
}
