import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRow } from '@/lib/db/types';
import { marksOf, quoteOfRange, recolorMarks, removeMarks, showHighlights } from '@/lib/highlights/marks';
import { textViewCache } from '@/lib/highlights/text-view-cache';
import { t } from '@/lib/ui/i18n';
import type { LibraryWrites } from '@/lib/ui/library-writes';
import { WRITE_PROBLEM_MESSAGE_KEYS } from '@/lib/ui/messages-for-codes';
import { COLOR_NAMES } from './HighlightBar';

/** What the last action did: said to screen readers; a problem is shown to every reader. */
export interface HighlightStatus {
  text: string;
  problem?: boolean;
}

/**
 * A saved article's highlights on its rendered body, and their writes: made from a selection,
 * recoloured, annotated, removed, each written to the library and then shown on the body.
 * Each write says what happened (`status`) and gives back whether it was done; one that fails
 * leaves the page as it was.
 */
export function useHighlightWrites(options: {
  body: HTMLElement;
  articleId: number;
  highlights: readonly HighlightRow[];
  writable: () => Promise<LibraryWrites>;
}) {
  const { body, articleId, writable } = options;
  const rows = useRef(new Map(options.highlights.map((row) => [row.id, row])));
  const lastColor = useRef<HighlightColor>(HIGHLIGHT_COLORS[0]);
  const [status, setStatus] = useState<HighlightStatus>({ text: '' });
  const say = (text: string) => setStatus({ text });
  const warn = (text: string) => setStatus({ text, problem: true });
  // the body's text, flattened once per change of the body, not once per highlight
  const text = useMemo(() => textViewCache(body), [body]);
  useEffect(() => () => text.dispose(), [text]);

  // what a highlight is, for a pointer's tooltip and a screen reader reaching it with Tab: its
  // colour (otherwise seen only) and its note
  const describe = (id: number) => {
    const row = rows.current.get(id);
    const mark = marksOf(body, id)[0];
    if (!row || !mark) return;
    const color = t(COLOR_NAMES[row.color ?? HIGHLIGHT_COLORS[0]]);
    mark.title = row.note ? t('highlightMarkTitleNote', color, row.note) : t('highlightMarkTitle', color);
  };
  useEffect(() => {
    for (const id of rows.current.keys()) describe(id);
  }, [body]);

  /** Runs a write; one that threw (not a full disk, which is a value) is said, and is not done. */
  const attempt = async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await write();
    } catch (error) {
      console.error('Lede: a highlight could not be written', error);
      warn(t('highlightWriteFailed'));
      return undefined;
    }
  };

  /** Highlights the selection; its id, or undefined when nothing was made. */
  const create = (range: Range, color = lastColor.current) =>
    attempt(async () => {
      const quote = quoteOfRange(body, range, text.current());
      if (!quote) return undefined;
      const { db, writes } = await writable();
      const result = await writes.addHighlight(db, { articleId, ...quote, color });
      if (!result.ok) return void warn(t(WRITE_PROBLEM_MESSAGE_KEYS[result.reason]));
      if (result.id === undefined) return void warn(t('highlightGone'));
      const row: HighlightRow = { id: result.id, articleId, ...quote, color, createdAt: Date.now() };
      rows.current.set(row.id, row);
      lastColor.current = color;
      showHighlights(body, [row], text.current());
      describe(row.id);
      say(t('highlightDone'));
      return row.id;
    });

  /** Changes a highlight's colour or note; whether it was changed. */
  const change = (id: number, update: { color?: HighlightColor; note?: string }) =>
    attempt(async () => {
      const { db, writes } = await writable();
      const result = await writes.changeHighlight(db, id, update);
      if (!result.ok) return void warn(t(WRITE_PROBLEM_MESSAGE_KEYS[result.reason]));
      const row = rows.current.get(id);
      if (row) rows.current.set(id, { ...row, ...update });
      if (update.color) {
        recolorMarks(body, id, update.color);
        lastColor.current = update.color;
      }
      describe(id);
      if (update.note !== undefined) say(t('highlightNoteSaved'));
      return true;
    });

  /** Removes a highlight and its marks; whether it was removed. */
  const remove = (id: number) =>
    attempt(async () => {
      const { db, writes } = await writable();
      await writes.removeHighlight(db, id);
      removeMarks(body, id);
      rows.current.delete(id);
      say(t('highlightRemoved'));
      return true;
    });

  return {
    rows: rows.current,
    status,
    /** The reader has read the problem shown: it goes. */
    dismiss: () => setStatus({ text: '' }),
    create,
    change,
    remove,
    /** Makes the body's text view when the page is idle (a selection was made: h may follow). */
    prepare: () => text.prepareWhenIdle(),
  };
}
