import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/lib/db/types';
import { t, type MessageKey } from '@/lib/ui/i18n';

export const COLOR_NAMES: Record<HighlightColor, MessageKey> = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
};

/** What the bar is for: a selection to highlight, or a highlight already made. */
export type BarTarget = { kind: 'selection' } | { kind: 'highlight'; color: HighlightColor; note: string };

export interface HighlightBarProps {
  target: BarTarget;
  /** Page coordinates of the bar's top left corner (under the selection or the mark). */
  at: { top: number; left: number };
  /** Opens with the note field (the `n` key, or "Add a note"). */
  editingNote: boolean;
  onColor: (color: HighlightColor) => void;
  onNote: (note: string) => void;
  onEditNote: () => void;
  onRemove: () => void;
  onClose: () => void;
}

/** The floating bar under a selection or a highlight: colours, note, remove. Keyboard: Tab
 * moves through it, Escape closes it, Ctrl+Enter saves the note. */
export function HighlightBar({
  target,
  at,
  editingNote,
  onColor,
  onNote,
  onEditNote,
  onRemove,
  onClose,
}: HighlightBarProps) {
  const [note, setNote] = useState(target.kind === 'highlight' ? target.note : '');
  const noteField = useRef<HTMLTextAreaElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (editingNote) noteField.current?.focus();
  }, [editingNote]);
  // a mark opened from the keyboard: the focus comes into the bar
  useEffect(() => {
    if (target.kind === 'highlight' && !editingNote) bar.current?.querySelector<HTMLElement>('button')?.focus();
  }, [target.kind]);
  return (
    <div
      ref={bar}
      class="highlight-bar"
      role="toolbar"
      aria-label={t('highlightBar')}
      style={{ top: `${at.top}px`, left: `${at.left}px` }}
      // a click in the bar must not drop the selection it is about
      onMouseDown={(event) => (event.target as HTMLElement).localName !== 'textarea' && event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      {HIGHLIGHT_COLORS.map((color) => {
        const name = t(COLOR_NAMES[color]);
        const current = target.kind === 'highlight' && target.color === color;
        return (
          <button
            key={color}
            type="button"
            class={`highlight-bar__color highlight--${color}`}
            aria-label={target.kind === 'selection' ? t('highlightIn', name) : t('highlightColorIs', name)}
            aria-pressed={target.kind === 'highlight' ? current : undefined}
            onClick={() => onColor(color)}
          />
        );
      })}
      {!editingNote && (
        <button type="button" class="button button--quiet" onClick={onEditNote}>
          {target.kind === 'highlight' && target.note ? t('highlightEditNote') : t('highlightAddNote')}
        </button>
      )}
      {target.kind === 'highlight' && !editingNote && (
        <button type="button" class="button button--quiet" onClick={onRemove}>
          {t('highlightRemove')}
        </button>
      )}
      {target.kind === 'highlight' && target.note && !editingNote && <p class="highlight-bar__note">{target.note}</p>}
      {editingNote && (
        <form
          class="highlight-bar__form"
          onSubmit={(event) => {
            event.preventDefault();
            onNote(noteField.current?.value ?? note);
          }}
        >
          <textarea
            ref={noteField}
            aria-label={t('highlightNote')}
            value={note}
            rows={3}
            onInput={(event) => setNote((event.target as HTMLTextAreaElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                // the field's own value: the last keystroke may not have re-rendered yet
                onNote((event.target as HTMLTextAreaElement).value);
              }
            }}
          />
          <button type="submit" class="button">
            {t('highlightSaveNote')}
          </button>
          <button type="button" class="button button--quiet" onClick={onClose}>
            {t('highlightCancel')}
          </button>
        </form>
      )}
    </div>
  );
}
