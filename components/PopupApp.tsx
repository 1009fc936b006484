import { useEffect, useState } from 'preact/hooks';
import type { ExtractOutcome } from '@/lib/extract/types';
import { FAILURE_MESSAGE_KEYS, t } from '@/lib/i18n';
import { loadActiveArticle, type PopupApi } from '@/lib/popup-session';
import { ArticleView } from './ArticleView';
import { StatusPanel } from './StatusPanel';

type PopupState = { phase: 'loading' } | { phase: 'done'; outcome: ExtractOutcome };

/** The popup: reads the active tab, then shows the article or says plainly why not. */
export function PopupApp({ api }: { api: PopupApi }) {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });
  const load = (force: boolean) => {
    setState({ phase: 'loading' });
    void loadActiveArticle(api, { force }).then((outcome) => setState({ phase: 'done', outcome }));
  };
  useEffect(() => load(false), []);

  if (state.phase === 'loading') return <StatusPanel kind="loading" />;
  const { outcome } = state;
  if (outcome.ok) return <ArticleView article={outcome.article} />;
  return (
    <StatusPanel
      kind="failure"
      message={t(FAILURE_MESSAGE_KEYS[outcome.reason])}
      onShowAnyway={outcome.canForce ? () => load(true) : undefined}
    />
  );
}
