// Highlights made in Lede: added from a selection in the reader or the popup, their colour and
// note changed, removed (and put back by an undo). Imported highlights arrive with their
// articles (import-items.ts). Wrong arguments throw; a highlight or article gone in the
// meantime (deleted in another tab) is a value, not an error. Their text and notes are part of
// the article's search document: each change that touches them indexes the article again in
// the same transaction (search-docs.ts).
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRow, type StorageFull, type TextAnchor } from '../types';
import { settleIndex } from './changes';
import { isQuotaError, unlessStorageFull } from './quota';
import type { LedeDb } from './schema';
import { reindexArticles, searchDocTables } from './search-docs';

/** A highlight's text is a passage, not the article: longer selections are refused. */
export const MAX_HIGHLIGHT_CHARS = 10_000;
/** A note is a thought, not an essay (and it is indexed for search). */
export const MAX_NOTE_CHARS = 10_000;

export interface NewHighlight {
  articleId: number;
  text: string;
  anchor?: TextAnchor;
  color?: HighlightColor;
  note?: string;
  /** When it was made; now by default (an undo passes the original time). */
  createdAt?: number;
}

export type AddHighlightResult = { ok: true; id: number } | { ok: true; id: undefined } | StorageFull;

/** Adds a highlight to a saved article; `id` is undefined when the article is no longer saved. */
export async function addHighlight(db: LedeDb, highlight: NewHighlight): Promise<AddHighlightResult> {
  const row = checkedHighlight(highlight);
  let mergeDue = false;
  const result = await unlessStorageFull(() =>
    db.transaction('rw', searchDocTables(db), async () => {
      if (!(await db.articles.get(row.articleId))) return { ok: true as const, id: undefined };
      const id = await db.highlights.add(row as HighlightRow);
      ({ mergeDue } = await reindexArticles(db, [row.articleId]));
      return { ok: true as const, id };
    }),
  );
  await settleIndex(db, { mergeDue });
  return result;
}

export interface HighlightChange {
  color?: HighlightColor;
  /** The new note; an empty one removes it. */
  note?: string;
}

export type ChangeHighlightResult = { ok: true; found: boolean } | StorageFull;

/** Changes a highlight's colour or note. */
export async function changeHighlight(db: LedeDb, id: number, change: HighlightChange): Promise<ChangeHighlightResult> {
  if (!Number.isInteger(id)) throw new TypeError('highlight id must be a whole number');
  const update: Partial<HighlightRow> = {};
  if (change.color !== undefined) update.color = checkedColor(change.color);
  if (change.note !== undefined) update.note = checkedNote(change.note);
  // only a note is searched: a colour change leaves the index (and its tables) alone
  const tables = change.note === undefined ? [db.highlights] : searchDocTables(db);
  let mergeDue = false;
  const result = await unlessStorageFull(() =>
    db.transaction('rw', tables, async () => {
      const row = await db.highlights.get(id);
      if (!row) return { ok: true as const, found: false };
      const next = { ...row, ...update };
      if (!next.note) delete next.note; // an emptied note is no note
      await db.highlights.put(next);
      if (next.note !== row.note) ({ mergeDue } = await reindexArticles(db, [row.articleId]));
      return { ok: true as const, found: true };
    }),
  );
  await settleIndex(db, { mergeDue });
  return result;
}

/** Removes a highlight; returns it as it was (for an undo through addHighlight), or undefined.
 * Its words leave the article's search document in the same transaction. On a full disk, where
 * even that document cannot be written, the highlight is still removed (a delete needs no
 * room): its words stay findable until the article is indexed again (its next save or change),
 * which is better than a highlight the reader cannot get rid of. */
export async function removeHighlight(db: LedeDb, id: number): Promise<HighlightRow | undefined> {
  if (!Number.isInteger(id)) throw new TypeError('highlight id must be a whole number');
  let mergeDue = false;
  const remove = (options: { reindex: boolean }) =>
    db.transaction('rw', options.reindex ? searchDocTables(db) : [db.highlights], async () => {
      const row = await db.highlights.get(id);
      if (!row) return undefined;
      await db.highlights.delete(id);
      if (options.reindex) ({ mergeDue } = await reindexArticles(db, [row.articleId]));
      return row;
    });
  try {
    const removed = await remove({ reindex: true });
    await settleIndex(db, { mergeDue });
    return removed;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return remove({ reindex: false });
  }
}

function checkedHighlight(highlight: NewHighlight): Omit<HighlightRow, 'id'> {
  const { articleId, text, anchor, color, note, createdAt = Date.now() } = highlight;
  if (!Number.isInteger(articleId) || articleId <= 0) throw new TypeError('articleId must be a positive whole number');
  if (typeof text !== 'string' || text.trim() === '') throw new TypeError('a highlight needs text');
  if (text.length > MAX_HIGHLIGHT_CHARS)
    throw new RangeError(`a highlight holds at most ${MAX_HIGHLIGHT_CHARS} characters`);
  if (!Number.isFinite(createdAt)) throw new TypeError('createdAt must be a time in milliseconds');
  const row: Omit<HighlightRow, 'id'> = {
    articleId,
    text,
    createdAt,
    color: checkedColor(color ?? HIGHLIGHT_COLORS[0]),
  };
  if (anchor !== undefined) row.anchor = checkedAnchor(anchor);
  const checkedNoteText = note === undefined ? '' : checkedNote(note);
  if (checkedNoteText) row.note = checkedNoteText;
  return row;
}

function checkedColor(color: HighlightColor): HighlightColor {
  if (!HIGHLIGHT_COLORS.includes(color)) throw new TypeError(`unknown highlight colour ${String(color)}`);
  return color;
}

function checkedNote(note: string): string {
  if (typeof note !== 'string') throw new TypeError('a note must be text');
  if (note.length > MAX_NOTE_CHARS) throw new RangeError(`a note holds at most ${MAX_NOTE_CHARS} characters`);
  return note.trim();
}

function checkedAnchor(anchor: TextAnchor): TextAnchor {
  const { block, prefix, suffix } = anchor;
  if (!Number.isInteger(block) || block < 0) throw new TypeError('anchor.block must be a block index');
  if (typeof prefix !== 'string' || typeof suffix !== 'string') throw new TypeError('anchor context must be text');
  return { block, prefix, suffix };
}
