import { useEffect, useState } from 'preact/hooks';
import type { ReadableDb } from '@/lib/db/read/connection';
import { failedLinks, queueCounts, type FailedLink, type QueueCounts } from '@/lib/db/read/queue';
import { t } from '@/lib/ui/i18n';
import { FETCH_FAILURE_MESSAGE_KEYS } from '@/lib/ui/messages-for-codes';
import type { FetchControls } from '@/lib/ui/fetch-controls';

/** How often the counts are read again while links wait. */
const REFRESH_MS = 2_000;
const FAILED_SHOWN = 100;

/** The saved links still without their text: how many, why some failed, and the reader's
 * controls (allow fetching, pause, try again). Shows nothing when no link waits or failed. */
export function FetchPanel({
  reads,
  controls,
  changed,
}: {
  reads: ReadableDb;
  controls: FetchControls;
  changed: number;
}) {
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const [paused, setPaused] = useState(false);
  const [allowed, setAllowed] = useState(true);
  const [failed, setFailed] = useState<FailedLink[] | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([queueCounts(reads), controls.isPaused(), controls.mayFetch()]).then(
      ([next, isPaused, mayFetch]) => {
        if (!live) return;
        setCounts(next);
        setPaused(isPaused);
        setAllowed(mayFetch);
      },
    );
    return () => void (live = false);
  }, [reads, changed, tick]);
  // while links wait, the counts follow the background's work
  useEffect(() => {
    if (!counts?.waiting) return;
    const timer = setTimeout(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearTimeout(timer);
  }, [counts]);

  if (!counts || counts.waiting + counts.failed === 0) return null;
  const togglePause = async () => {
    await controls.pause(!paused);
    setPaused(!paused);
  };
  const allow = async () => {
    if (await controls.askToFetch()) setAllowed(true);
  };
  const retry = async () => {
    await controls.retryFailed();
    setFailed(null);
    setTick((n) => n + 1);
  };
  return (
    <section class="library__fetch" aria-live="polite">
      <p role="status">
        {t(
          'fetchProgress',
          String(counts.done),
          String(counts.waiting + counts.failed + counts.done),
          String(counts.failed),
        )}{' '}
        {paused && t('fetchPaused')}
      </p>
      {!allowed && counts.waiting > 0 && (
        <p>
          {t('fetchPermissionWhy')}{' '}
          <button type="button" class="button" onClick={() => void allow()}>
            {t('fetchAllow')}
          </button>
        </p>
      )}
      <p class="library__fetch-actions">
        {counts.waiting > 0 && (
          <button type="button" class="button button--quiet" onClick={() => void togglePause()}>
            {t(paused ? 'fetchResume' : 'fetchPause')}
          </button>
        )}
        {counts.failed > 0 && (
          <button type="button" class="button button--quiet" onClick={() => void retry()}>
            {t('fetchRetry')}
          </button>
        )}
      </p>
      {counts.failed > 0 && (
        <details onToggle={(event) => (event.currentTarget as HTMLDetailsElement).open && void showFailed()}>
          <summary>{t('fetchShowFailed')}</summary>
          <ul class="library__failed">
            {failed?.map((link) => (
              <li key={link.articleId}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}
                </a>
                {' — '}
                <span class="library__failed-reason">{t(FETCH_FAILURE_MESSAGE_KEYS[link.reason])}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );

  async function showFailed() {
    setFailed(await failedLinks(reads, FAILED_SHOWN));
  }
}
