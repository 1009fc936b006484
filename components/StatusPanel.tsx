import { t } from '@/lib/ui/i18n';

type StatusPanelProps = { kind: 'loading' } | { kind: 'failure'; message: string; onShowAnyway?: () => void };

/** What the popup shows while it reads, or instead of an article. */
export function StatusPanel(props: StatusPanelProps) {
  if (props.kind === 'loading') {
    return (
      <main class="status" aria-busy="true">
        <p class="status__message" role="status">
          {t('loading')}
        </p>
        <div class="skeleton" aria-hidden="true">
          <div class="skeleton__line skeleton__line--title" />
          <div class="skeleton__line" />
          <div class="skeleton__line" />
          <div class="skeleton__line skeleton__line--short" />
        </div>
      </main>
    );
  }
  return (
    <main class="status">
      <p class="status__message" role="alert">
        {props.message}
      </p>
      {props.onShowAnyway && (
        <button type="button" class="button" onClick={props.onShowAnyway}>
          {t('showAnyway')}
        </button>
      )}
    </main>
  );
}
