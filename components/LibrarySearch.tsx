import type { Ref } from 'preact';
import type { ReadFilter } from '@/lib/db/types';
import { t } from '@/lib/ui/i18n';
import type { LibraryView } from '@/lib/ui/library-view';

export interface LibrarySearchProps {
  view: LibraryView;
  /** The search box, for the page to give it the focus back (after an undo). */
  inputRef: Ref<HTMLInputElement>;
  /** Hidden, not removed, while another tab shows: the search and the focus stay as they were. */
  hidden: boolean;
  onSearch: (query: string) => void;
  onFilter: (filter: ReadFilter) => void;
}

/** The library's search box (instant, without accents) and its read filter. */
export function LibrarySearch({ view, inputRef, hidden, onSearch, onFilter }: LibrarySearchProps) {
  return (
    <div class="library__search-bar" role="search" hidden={hidden}>
      <input
        ref={inputRef}
        class="library__search"
        type="search"
        value={view.query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        autoFocus
        onInput={(event) => onSearch((event.target as HTMLInputElement).value)}
      />
      <label>
        {t('filterLabel')}{' '}
        <select
          value={view.filter}
          onChange={(event) => onFilter((event.target as HTMLSelectElement).value as ReadFilter)}
        >
          <option value="all">{t('filterAll')}</option>
          <option value="unread">{t('filterUnread')}</option>
          <option value="read">{t('filterRead')}</option>
        </select>
      </label>
    </div>
  );
}
