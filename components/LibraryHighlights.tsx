import { useEffect, useState } from 'preact/hooks';
import type { ReadableDb } from '@/lib/db/read/connection';
import type { ListedHighlight } from '@/lib/db/read/highlights';
import { t } from '@/lib/ui/i18n';
import {
  HIGHLIGHTS_PAGE,
  highlightPath,
  readRecentHighlights,
  shownColor,
  type HighlightsShown,
} from '@/lib/ui/library-highlights';
import { formatSavedDate } from './LibraryItem';
import { panelId, tabId } from './LibraryTabs';
import { useFocusOnAdded } from './useFocusOnAdded';

export interface LibraryHighlightsProps {
  /** The library's reads; undefined while it opens. */
  reads: ReadableDb | undefined;
  /** The tab is shown: highlights are read each time it is (fresh after a change elsewhere),
   * never while the articles show. */
  active: boolean;
}

/** The "Highlights" tab: every highlight across the library, newest first, with "Show older". */
export function LibraryHighlights({ reads, active }: LibraryHighlightsProps) {
  const [length, setLength] = useState(HIGHLIGHTS_PAGE);
  const [shown, setShown] = useState<HighlightsShown | null>(null);
  const [failed, setFailed] = useState(false);
  const { list, willAdd } = useFocusOnAdded(shown?.highlights.length, '.library-highlight__title');
  useEffect(() => {
    if (!active || !reads) return;
    let current = true;
    readRecentHighlights(reads, { length }).then(
      (read) => current && setShown(read),
      (error: unknown) => {
        console.error('Lede: the highlights could not be read', error);
        if (current) setFailed(true);
      },
    );
    return () => void (current = false);
  }, [reads, active, length]);
  function showOlder() {
    willAdd(length);
    setLength((current) => current + HIGHLIGHTS_PAGE);
  }
  const highlights = active ? shown?.highlights : undefined;
  return (
    <section role="tabpanel" id={panelId('highlights')} aria-labelledby={tabId('highlights')} hidden={!active}>
      {failed && (
        <p class="library__notice" role="alert">
          {t('libraryUnreadable')}
        </p>
      )}
      {highlights?.length === 0 && <p class="library-highlights__empty">{t('libraryHighlightsEmpty')}</p>}
      <ul ref={list} class="library-highlights__list" aria-label={t('libraryHighlightsList')}>
        {highlights?.map((highlight) => (
          <HighlightEntry key={highlight.id} highlight={highlight} />
        ))}
      </ul>
      {active && shown?.hasOlder && (
        <button type="button" class="button button--quiet library__more" onClick={showOlder}>
          {t('libraryHighlightsShowOlder')}
        </button>
      )}
    </section>
  );
}

/** One highlight: the quote in its colour, the note, and where it comes from, linked to its place in the reader. */
function HighlightEntry({ highlight }: { highlight: ListedHighlight }) {
  const { article } = highlight;
  return (
    <li class="library-highlight">
      <blockquote class="library-highlight__quote">
        <mark class={`library-highlight__mark library-highlight__mark--${shownColor(highlight)}`}>
          {highlight.text}
        </mark>
      </blockquote>
      {highlight.note && <p class="library-highlight__note">{t('libraryHighlightsNote', highlight.note)}</p>}
      <p class="library-highlight__source">
        <a class="library-highlight__title" href={highlightPath(highlight)}>
          {article.title}
        </a>
        <span class="library-highlight__meta">
          {[article.siteName, t('libraryHighlightsMadeOn', formatSavedDate(highlight.createdAt))]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join('')}
        </span>
      </p>
    </li>
  );
}
