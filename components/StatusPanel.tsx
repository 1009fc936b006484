import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';

/** After this long, reading the page says it is still at it and offers to stop. */
const SLOW_READING_MS = 1000;

type StatusPanelProps =
  | { kind: 'loading'; onCancel?: () => void }
  | { kind: 'failure'; message: string; action?: { label: string; run: () => void } };

/** What the popup shows while it reads, or instead of an article. */
export function StatusPanel(props: StatusPanelProps) {
  if (props.kind === 'loading') return <Loading onCancel={props.onCancel} />;
  return (
    <main class="status">
      <p class="status__message" role="alert">
        {props.message}
      </p>
      {props.action && (
        <button type="button" class="button" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
    </main>
  );
}

/** The skeleton; past a second, "still reading…" and a Cancel button (a huge or hostile page). */
function Loading({ onCancel }: { onCancel?: () => void }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_READING_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <main class="status" aria-busy="true">
      <p class="status__message" role="status">
        {slow ? t('stillReading') : t('loading')}
      </p>
      {slow && onCancel && (
        <button type="button" class="button" onClick={onCancel}>
          {t('cancelReading')}
        </button>
      )}
      <div class="skeleton" aria-hidden="true">
        <div class="skeleton__line skeleton__line--title" />
        <div class="skeleton__line" />
        <div class="skeleton__line" />
        <div class="skeleton__line skeleton__line--short" />
      </div>
    </main>
  );
}
