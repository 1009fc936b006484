import { useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/ui/i18n';
import { LIBRARY_TABS, type LibraryTab } from '@/lib/ui/library-address';

const TAB_LABELS: Readonly<Record<LibraryTab, MessageKey>> = {
  articles: 'libraryHighlightsTabArticles',
  highlights: 'libraryHighlightsTabHighlights',
};

/** The ids that tie each tab to its panel (aria-controls, aria-labelledby). */
export const tabId = (tab: LibraryTab) => `library-tab-${tab}`;
export const panelId = (tab: LibraryTab) => `library-panel-${tab}`;

/** Where each key moves from the tab at `index` (WAI-ARIA's tabs pattern: the arrows go round). */
const KEY_MOVES: Readonly<Record<string, (index: number) => number>> = {
  ArrowRight: (index) => (index + 1) % LIBRARY_TABS.length,
  ArrowLeft: (index) => (index - 1 + LIBRARY_TABS.length) % LIBRARY_TABS.length,
  Home: () => 0,
  End: () => LIBRARY_TABS.length - 1,
};

export interface LibraryTabsProps {
  selected: LibraryTab;
  onSelect: (tab: LibraryTab) => void;
}

/** The tabs above the library: one Tab stop (the selected tab), arrow keys to switch, and the
 * selection following the focus, so a keyboard reaches the highlights with one key. */
export function LibraryTabs({ selected, onSelect }: LibraryTabsProps) {
  const tablist = useRef<HTMLDivElement>(null);
  function onKeyDown(event: KeyboardEvent) {
    const move = Object.hasOwn(KEY_MOVES, event.key) ? KEY_MOVES[event.key] : undefined;
    if (!move) return;
    event.preventDefault();
    const tab = LIBRARY_TABS[move(LIBRARY_TABS.indexOf(selected))]!;
    onSelect(tab);
    tablist.current?.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus();
  }
  return (
    <div
      ref={tablist}
      role="tablist"
      aria-label={t('libraryHighlightsTabs')}
      class="library__tabs"
      onKeyDown={onKeyDown}
    >
      {LIBRARY_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          class="library__tab"
          aria-selected={tab === selected}
          aria-controls={panelId(tab)}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(TAB_LABELS[tab])}
        </button>
      ))}
    </div>
  );
}
