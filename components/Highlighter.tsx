import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor, HighlightRow } from '@/lib/db/types';
import { marksOf } from '@/lib/highlights/marks';
import { highlightIdOf, highlightKeyAction, selectionIn } from '@/lib/ui/highlight-keys';
import { t } from '@/lib/ui/i18n';
import { libraryWrites, type LibraryWrites } from '@/lib/ui/library-writes';
import { HighlightBar, type BarTarget } from './HighlightBar';
import { useHighlightWrites } from './useHighlightWrites';

export interface HighlighterProps {
  /** The rendered article body, all of it in (its stored highlights already marked). */
  body: HTMLElement;
  articleId: number;
  /** The article's highlights when the page opened. */
  highlights: readonly HighlightRow[];
  /** The library's writes; the page's own by default (tests pass theirs). */
  writable?: () => Promise<LibraryWrites>;
}

type Bar = { at: { top: number; left: number }; editingNote: boolean } & (
  { kind: 'selection'; range: Range } | { kind: 'highlight'; id: number }
);

/** Highlights and notes on a saved article: select text, then a colour in the bar under it or
 * the `h` key; `n` (or "Add a note") highlights and opens the note. A highlight clicked, or
 * focused and Enter pressed, opens its bar: colour, note, remove. */
export function Highlighter({ body, articleId, highlights, writable = libraryWrites }: HighlighterProps) {
  const { rows, status, dismiss, create, change, remove, prepare } = useHighlightWrites({
    body,
    articleId,
    highlights,
    writable,
  });
  const [bar, setBar] = useState<Bar | null>(null);
  const barRef = useRef(bar);
  barRef.current = bar;

  const place = (rect: DOMRect) => ({
    top: rect.bottom + scrollY + 6,
    left: Math.max(8, Math.min(rect.left + scrollX, scrollX + innerWidth - 340)),
  });
  const openHighlight = (id: number, editingNote = false) => {
    const mark = marksOf(body, id)[0];
    if (mark) setBar({ kind: 'highlight', id, editingNote, at: place(mark.getBoundingClientRect()) });
  };
  /** Highlights the selection, then opens its note or closes the bar. */
  const highlight = async (range: Range, options: { color?: HighlightColor; thenNote?: boolean } = {}) => {
    const id = await create(range, options.color);
    if (id === undefined) return;
    getSelection()?.removeAllRanges();
    if (options.thenNote) openHighlight(id, true);
    else setBar(null);
  };
  const close = () => {
    const open = barRef.current;
    setBar(null);
    if (open?.kind === 'highlight') marksOf(body, open.id)[0]?.focus();
  };

  useEffect(() => {
    // opened from the library's list of highlights (reader.html?id=…#highlight-7): go there
    const linked = /^#highlight-(\d+)$/.exec(location.hash);
    const mark = linked ? marksOf(body, Number(linked[1]))[0] : undefined;
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });

    const onSelection = () => {
      const range = selectionIn(body);
      const open = barRef.current;
      if (range) {
        setBar({ kind: 'selection', range, editingNote: false, at: place(range.getBoundingClientRect()) });
        prepare(); // the body's text ready by the time h is pressed
      } else if (open?.kind === 'selection') setBar(null);
    };
    const onClick = (event: MouseEvent) => {
      const id = highlightIdOf(event.target);
      if (id !== undefined && !selectionIn(body)) openHighlight(id);
    };
    const onKey = (event: KeyboardEvent) => {
      const action = highlightKeyAction(event, body);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'highlight') void highlight(action.range);
      else if (action.kind === 'note') void highlight(action.range, { thenNote: true });
      else openHighlight(action.id, action.kind === 'note-on-mark');
    };
    document.addEventListener('selectionchange', onSelection);
    body.dataset.highlighter = 'ready'; // its keys work from now on (the e2e tests wait for it)
    body.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('selectionchange', onSelection);
      body.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [body, articleId]);

  const open = bar && (bar.kind === 'selection' || rows.has(bar.id)) ? bar : null;
  const row = open?.kind === 'highlight' ? rows.get(open.id) : undefined;
  const target: BarTarget | null = !open
    ? null
    : open.kind === 'selection'
      ? { kind: 'selection' }
      : { kind: 'highlight', color: row?.color ?? 'yellow', note: row?.note ?? '' };
  return (
    <>
      {open && target && (
        <HighlightBar
          key={open.kind === 'highlight' ? `h${open.id}` : 'selection'}
          target={target}
          at={open.at}
          editingNote={open.editingNote}
          onColor={(color) => {
            if (open.kind === 'selection') void highlight(open.range, { color });
            else void change(open.id, { color }).then((done) => done && setBar({ ...open }));
          }}
          onEditNote={() => {
            if (open.kind === 'selection') void highlight(open.range, { thenNote: true });
            else setBar({ ...open, editingNote: true });
          }}
          onNote={(note) => {
            if (open.kind === 'highlight') void change(open.id, { note }).then(close);
          }}
          onRemove={() => {
            if (open.kind === 'highlight') void remove(open.id).then((done) => done && setBar(null));
          }}
          onClose={close}
        />
      )}
      <div class={status.problem ? 'highlighter__problem' : 'visually-hidden'}>
        <p role="status">{status.text}</p>
        {status.problem && (
          <button type="button" class="button button--quiet" onClick={dismiss}>
            {t('highlightDismiss')}
          </button>
        )}
      </div>
    </>
  );
}
