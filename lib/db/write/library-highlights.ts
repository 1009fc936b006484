// Highlights in a library file: each article carries its own (text, note, colour, anchor, time),
// without ids, which mean nothing in another browser. A file from before Lede kept highlights has
// none and imports as it always did; a damaged highlight makes the file's article damaged, which
// validate.ts reports like any other field (nothing is imported), so what comes in is what went out.
import { HIGHLIGHT_COLORS, type ExportedHighlight, type HighlightRow } from '../types';
import { MAX_HIGHLIGHT_CHARS, MAX_NOTE_CHARS } from './highlights';
import type { LedeDb } from './schema';

/** The highlights of each article (by its id) as a file holds them: oldest first, no ids. */
export function highlightsByArticle(rows: readonly HighlightRow[]): Map<number, ExportedHighlight[]> {
  const sorted = [...rows].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  const byArticle = new Map<number, ExportedHighlight[]>();
  for (const { id: _id, articleId, ...highlight } of sorted) {
    const own = byArticle.get(articleId);
    if (own) own.push(knownHighlight(highlight));
    else byArticle.set(articleId, [knownHighlight(highlight)]);
  }
  return byArticle;
}

/** An article of the file and the id it was imported as. */
export interface ImportedArticleHighlights {
  articleId: number;
  highlights: readonly ExportedHighlight[];
}

/** Adds the file's highlights to the articles they came with, inside the caller's transaction,
 * except those an article already has (same text and note): a file imported onto an article
 * saved here, or imported twice, doubles nothing. Returns how many were added. */
export async function importHighlights(db: LedeDb, imported: readonly ImportedArticleHighlights[]): Promise<number> {
  const marked = imported.filter((entry) => entry.highlights.length > 0);
  if (marked.length === 0) return 0;
  const ids = [...new Set(marked.map((entry) => entry.articleId))];
  const have = new Set((await db.highlights.where('articleId').anyOf(ids).toArray()).map(highlightKey));
  const rows: Omit<HighlightRow, 'id'>[] = [];
  for (const { articleId, highlights } of marked) {
    for (const highlight of highlights) {
      const row = { ...highlight, articleId };
      if (have.has(highlightKey(row))) continue;
      have.add(highlightKey(row));
      rows.push(row);
    }
  }
  await db.highlights.bulkAdd(rows as HighlightRow[]);
  return rows.length;
}

/** The latest time a Date holds (ECMAScript's limit): the time is shown as a date. */
const MAX_TIME = 8.64e15;

const highlightKey = (row: Pick<HighlightRow, 'articleId' | 'text' | 'note'>) =>
  `${row.articleId}\u0000${row.text}\u0000${row.note ?? ''}`;

/** The `highlights` of a file's article: a list of highlights, each with its text and time, and
 * a note, colour and anchor of the right kind when it has them. */
export function isHighlightList(value: unknown): value is ExportedHighlight[] {
  return Array.isArray(value) && value.every(isHighlight);
}

function isHighlight(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { text, note, color, anchor, createdAt } = value as Record<string, unknown>;
  return (
    typeof text === 'string' &&
    text.trim() !== '' &&
    text.length <= MAX_HIGHLIGHT_CHARS &&
    (note === undefined || (typeof note === 'string' && note.length <= MAX_NOTE_CHARS)) &&
    (color === undefined || HIGHLIGHT_COLORS.includes(color as never)) &&
    (anchor === undefined || isAnchor(anchor)) &&
    typeof createdAt === 'number' &&
    Math.abs(createdAt) <= MAX_TIME
  );
}

function isAnchor(value: unknown): boolean {
  const anchor = value as Record<string, unknown> | null;
  return (
    typeof anchor === 'object' &&
    anchor !== null &&
    Number.isInteger(anchor.block) &&
    (anchor.block as number) >= 0 &&
    typeof anchor.prefix === 'string' &&
    typeof anchor.suffix === 'string'
  );
}

/** Only the fields Lede knows (a file edited by hand may carry more); an empty note is no note. */
export function knownHighlight({ text, note, color, anchor, createdAt }: ExportedHighlight): ExportedHighlight {
  return {
    text,
    ...(note ? { note } : {}),
    ...(color ? { color } : {}),
    ...(anchor ? { anchor: { block: anchor.block, prefix: anchor.prefix, suffix: anchor.suffix } } : {}),
    createdAt,
  };
}
