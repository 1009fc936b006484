import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HighlightColor, HighlightRow } from '@/lib/db/types';
import { HIGHLIGHT_COLORS } from '@/lib/db/types';
import { marksOf, quoteOfRange, recolorMarks, removeMarks, showHighlights } from '@/lib/highlights/marks';
import { textViewCache } from '@/lib/highlights/text-view-cache';
import { highlightIdOf, highlightKeyAction, selectionIn } from '@/lib/ui/highlight-keys';
import { t } from '@/lib/ui/i18n';
import { libraryWrites, type LibraryWrites } from '@/lib/ui/library-writes';
import { WRITE_PROBLEM_MESSAGE_KEYS } from '@/lib/ui/messages-for-codes';
import { COLOR_NAMES, HighlightBar, type BarTarget } from './HighlightBar';

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
  const rows = useRef(new Map(highlights.map((row) => [row.id, row])));
  const lastColor = useRef<HighlightColor>(HIGHLIGHT_COLORS[0]);
  const [bar, setBar] = useState<Bar | null>(null);
  // what happened, said to screen readers; a problem is shown to every reader
  const [status, setStatus] = useState<{ text: string; problem?: boolean }>({ text: '' });
  const say = (text: string) => setStatus({ text });
  const warn = (text: string) => setStatus({ text, problem: true });
  // the body's text, flattened once per change of the body, not once per highlight
  const text = useMemo(() => textViewCache(body), [body]);
  useEffect(() => () => text.dispose(), [text]);
  const barRef = useRef(bar);
  barRef.current = bar;

  // what a highlight is, for a pointer's tooltip and a screen reader reaching it with Tab: its
  // colour (otherwise seen only) and its note
  const describe = (id: number) => {
    const row = rows.current.get(id);
    const mark = marksOf(body, id)[0];
    if (!row || !mark) return;
    const color = t(COLOR_NAMES[row.color ?? HIGHLIGHT_COLORS[0]]);
    mark.title = row.note ? t('highlightMarkTitleNote', color, row.note) : t('highlightMarkTitle', color);
  };
  // a write that threw (not a full disk, which is a value): said, and the page left as it was
  const failed = (error: unknown) => {
    console.error('Lede: a highlight could not be written', error);
    warn(t('highlightWriteFailed'));
  };
  const place = (rect: DOMRect) => ({
    top: rect.bottom + scrollY + 6,
    left: Math.max(8, Math.min(rect.left + scrollX, scrollX + innerWidth - 340)),
  });
  const openHighlight = (id: number, editingNote = false) => {
    const mark = marksOf(body, id)[0];
    if (mark) setBar({ kind: 'highlight', id, editingNote, at: place(mark.getBoundingClientRect()) });
  };
  const create = async (range: Range, { color = lastColor.current, thenNote = false } = {}) => {
    const quote = quoteOfRange(body, range, text.current());
    if (!quote) return;
    const { db, writes } = await writable();
    const result = await writes.addHighlight(db, { articleId, ...quote, color });
    if (!result.ok) return warn(t(WRITE_PROBLEM_MESSAGE_KEYS[result.reason]));
    if (result.id === undefined) return warn(t('highlightGone'));
    const row: HighlightRow = { id: result.id, articleId, ...quote, color, createdAt: Date.now() };
    rows.current.set(row.id, row);
    lastColor.current = color;
    showHighlights(body, [row], text.current());
    describe(row.id);
    getSelection()?.removeAllRanges();
    say(t('highlightDone'));
    if (thenNote) openHighlight(row.id, true);
    else setBar(null);
  };
  const change = async (id: number, update: { color?: HighlightColor; note?: string }) => {
    const { db, writes } = await writable();
    const result = await writes.changeHighlight(db, id, update);
    if (!result.ok) return warn(t(WRITE_PROBLEM_MESSAGE_KEYS[result.reason]));
    const row = rows.current.get(id);
    if (row) rows.current.set(id, { ...row, ...update });
    if (update.color) {
      recolorMarks(body, id, update.color);
      lastColor.current = update.color;
    }
    describe(id);
    return true;
  };
  const close = () => {
    const open = barRef.current;
    setBar(null);
    if (open?.kind === 'highlight') marksOf(body, open.id)[0]?.focus();
  };

  useEffect(() => {
    for (const id of rows.current.keys()) describe(id);
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
        text.prepareWhenIdle(); // ready by the time h is pressed
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
      if (action.kind === 'highlight') void create(action.range).catch(failed);
      else if (action.kind === 'note') void create(action.range, { thenNote: true }).catch(failed);
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

  const open = bar && (bar.kind === 'selection' || rows.current.has(bar.id)) ? bar : null;
  const target: BarTarget | null = !open
    ? null
    : open.kind === 'selection'
      ? { kind: 'selection' }
      : {
          kind: 'highlight',
          color: rows.current.get(open.id)!.color ?? 'yellow',
          note: rows.current.get(open.id)!.note ?? '',
        };
  return (
    <>
      {open && target && (
        <HighlightBar
          key={open.kind === 'highlight' ? `h${open.id}` : 'selection'}
          target={target}
          at={open.at}
          editingNote={open.editingNote}
          onColor={(color) => {
            if (open.kind === 'selection') void create(open.range, { color }).catch(failed);
            else
              void change(open.id, { color })
                .then(() => setBar({ ...open }))
                .catch(failed);
          }}
          onEditNote={() => {
            if (open.kind === 'selection') void create(open.range, { thenNote: true }).catch(failed);
            else setBar({ ...open, editingNote: true });
          }}
          onNote={(note) => {
            if (open.kind !== 'highlight') return;
            void change(open.id, { note })
              .then((done) => {
                if (done) say(t('highlightNoteSaved'));
                close();
              })
              .catch(failed);
          }}
          onRemove={() => {
            if (open.kind !== 'highlight') return;
            void writable()
              .then(({ db, writes }) => writes.removeHighlight(db, open.id))
              .then(() => {
                removeMarks(body, open.id);
                rows.current.delete(open.id);
                setBar(null);
                say(t('highlightRemoved'));
              })
              .catch(failed);
          }}
          onClose={close}
        />
      )}
      <p class={status.problem ? 'highlighter__problem' : 'visually-hidden'} role="status">
        {status.text}
      </p>
    </>
  );
}
