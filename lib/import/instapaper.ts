// Instapaper's CSV export (Settings → Export): one row per saved link, its folder saying whether
// the reader had read it, liked it, or filed it in a folder of their own.
import { exportTable, hasColumns, rowItems } from './csv';
import { importedItem, isoFromUnixSeconds, webAddress } from './fields';
import type { ImportContext, ImportedItem, ParsedImport } from './types';

/** `URL,Title,Selection,Folder,Timestamp`; exports since 2023 add `Tags`. */
const COLUMNS = {
  url: 'URL',
  title: 'Title',
  selection: 'Selection', // the text the reader selected when saving: kept as a highlight
  folder: 'Folder', // see FOLDERS
  savedAt: 'Timestamp', // Unix seconds
  tags: 'Tags', // a JSON array of strings, `["a","b"]`
} as const;
/** No other service's CSV has these together: what tells an Instapaper export apart. */
const MARKS = [COLUMNS.url, COLUMNS.folder, COLUMNS.savedAt];

/** Instapaper's own folders (compared without case). Any other name is a folder the reader made:
 * Lede has no folders, so it becomes a tag of that name, and the link stays unread. */
const FOLDERS = new Map<string, Pick<ImportedItem, 'state' | 'starred'>>([
  ['unread', { state: 'unread', starred: false }],
  ['archive', { state: 'archived', starred: false }],
  ['starred', { state: 'unread', starred: true }],
]);

export function looksLikeInstapaperCsv(header: string[]): boolean {
  return hasColumns(header, MARKS);
}

export function readInstapaperCsv(text: string, ctx: ImportContext): ParsedImport {
  const table = exportTable(text, looksLikeInstapaperCsv);
  if (!table.ok) return table;
  const { items, skipped } = rowItems(table, (row) => {
    const url = webAddress(table.get(row, COLUMNS.url));
    if (!url) return null;
    const folder = (table.get(row, COLUMNS.folder) ?? '').trim();
    const known = FOLDERS.get(folder.toLowerCase());
    const selection = (table.get(row, COLUMNS.selection) ?? '').trim();
    return importedItem({
      url,
      title: table.get(row, COLUMNS.title),
      tags: [...(known || !folder ? [] : [folder]), ...tagList(table.get(row, COLUMNS.tags))],
      state: known?.state ?? 'unread',
      starred: known?.starred ?? false,
      savedAt: isoFromUnixSeconds(table.get(row, COLUMNS.savedAt)) ?? ctx.now,
      highlights: selection ? [{ text: selection }] : [],
    });
  });
  if (!items.length) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'instapaper-csv', items, skipped };
}

/** The strings of a Tags cell; none for an empty cell or one that is not a JSON array, since a
 * link is worth importing without its tags. */
function tagList(cell: string | undefined): string[] {
  if (!cell?.trim()) return [];
  try {
    const parsed: unknown = JSON.parse(cell);
    return Array.isArray(parsed) ? parsed.filter((tag): tag is string => typeof tag === 'string') : [];
  } catch {
    return [];
  }
}
