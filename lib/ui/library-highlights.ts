// What the library's "Highlights" tab shows: every highlight across the library, newest first,
// a page at a time, each leading to its place in the reader.
import type { ReadableDb } from '../db/read/connection';
import { recentHighlights, type ListedHighlight } from '../db/read/highlights';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRow } from '../db/types';
import { readerPath } from './saved-article';

/** Highlights shown at first, and how many more each "Show older highlights" adds. */
export const HIGHLIGHTS_PAGE = 50;

export interface HighlightsShown {
  highlights: ListedHighlight[];
  /** The library has older highlights than those shown. */
  hasOlder: boolean;
}

/** The newest `length` highlights, read again whole (as the article list is): a highlight
 * made or removed in another tab meanwhile neither doubles nor hides one. */
export async function readRecentHighlights(db: ReadableDb, { length }: { length: number }): Promise<HighlightsShown> {
  // one more than is shown says whether there are older ones
  const rows = await recentHighlights(db, { limit: length + 1 });
  return { highlights: rows.slice(0, length), hasOlder: rows.length > length };
}

/** The reader page at the highlight: the reader scrolls to the element with this fragment's id. */
export function highlightPath({ id, articleId }: Pick<HighlightRow, 'id' | 'articleId'>): string {
  return `${readerPath(articleId)}#highlight-${id}`;
}

/** The colour a highlight is shown in: imported highlights have none and are yellow, as in the reader. */
export const shownColor = ({ color }: Pick<HighlightRow, 'color'>): HighlightColor => color ?? HIGHLIGHT_COLORS[0];
