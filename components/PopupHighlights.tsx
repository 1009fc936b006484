import { useEffect, useState } from 'preact/hooks';
import { articleHighlights } from '@/lib/db/read/highlights';
import type { HighlightRow } from '@/lib/db/types';
import type { LedeDb } from '@/lib/db/write/schema';
import { setProgress } from '@/lib/db/write/articles';
import { addHighlight, changeHighlight, removeHighlight } from '@/lib/db/write/highlights';
import { removeMarks, showHighlights } from '@/lib/highlights/marks';
import { Highlighter } from './Highlighter';

/** Highlights in the popup, once the article shown is saved: its highlights marked on the
 * article (made in the reader, or earlier here), and new ones made as in the reader. Loaded
 * apart from the popup's first code: only a saved article needs it. */
export function PopupHighlights({ db, body, articleId }: { db: LedeDb; body: HTMLElement; articleId: number }) {
  const [rows, setRows] = useState<HighlightRow[] | null>(null);
  useEffect(() => {
    let current = true;
    let shown: HighlightRow[] = [];
    void articleHighlights(db, articleId).then((stored) => {
      if (!current) return;
      shown = showHighlights(body, stored);
      setRows(stored);
    });
    // unsaved again (its highlights went with it): their marks go too
    return () => {
      current = false;
      for (const row of shown) removeMarks(body, row.id);
    };
  }, [db, body, articleId]);
  if (!rows) return null;
  const writable = async () => ({ db, writes: { setProgress, addHighlight, changeHighlight, removeHighlight } });
  return <Highlighter body={body} articleId={articleId} highlights={rows} writable={writable} />;
}
