// Readwise Reader's CSV export (Preferences → Export library): one row per document, its
// location in Reader saying whether the reader had finished it.
import { exportTable, hasColumns, rowItems } from './csv';
import { importedItem, isoFromDate, webAddress } from './fields';
import type { ImportContext, ImportedItem, ParsedImport } from './types';

/** `Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen`. ID, Reading progress
 * and Seen are Reader's own bookkeeping, with nothing in Lede to hold them. */
const COLUMNS = {
  url: 'URL',
  title: 'Title',
  tags: 'Document tags', // a Python list: `['a', 'b']`, `["it's"]`, `[]`
  savedAt: 'Saved date', // ISO-like: "2024-03-05 10:00:00.123456+00:00"
  location: 'Location', // see LOCATIONS
} as const;
/** No other service's CSV has these together: what tells a Reader export apart. */
const MARKS = [COLUMNS.url, COLUMNS.savedAt, COLUMNS.location];

/** Reader's locations. Inbox, later, shortlist and the feed are all still to read; an unknown
 * location stays unread too, so nothing is archived by mistake. */
const LOCATIONS = new Map<string, ImportedItem['state']>([
  ['new', 'unread'],
  ['later', 'unread'],
  ['shortlist', 'unread'],
  ['feed', 'unread'],
  ['archive', 'archived'],
]);

export function looksLikeReadwiseCsv(header: string[]): boolean {
  return hasColumns(header, MARKS);
}

export function readReadwiseCsv(text: string, ctx: ImportContext): ParsedImport {
  const table = exportTable(text, looksLikeReadwiseCsv);
  if (!table.ok) return table;
  const { items, skipped } = rowItems(table, (row) => {
    const url = webAddress(table.get(row, COLUMNS.url));
    if (!url) return null;
    const location = (table.get(row, COLUMNS.location) ?? '').trim().toLowerCase();
    return importedItem({
      url,
      title: table.get(row, COLUMNS.title),
      tags: pythonList(table.get(row, COLUMNS.tags) ?? ''),
      state: LOCATIONS.get(location) ?? 'unread',
      savedAt: isoFromDate(table.get(row, COLUMNS.savedAt)) ?? ctx.now,
    });
  });
  if (!items.length) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'readwise-csv', items, skipped };
}

/** The strings of a Python list's text: quoted in '…' or "…" (commas inside kept, backslash
 * escapes undone), or bare words between commas. One pass, slices joined, for any cell size. */
function pythonList(cell: string): string[] {
  const text = cell.trim().replace(/^\[/, '').replace(/\]$/, '');
  const items: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ',' || c.trim() === '') {
      i += 1;
    } else if (c === "'" || c === '"') {
      const parts: string[] = [];
      let from = i + 1;
      for (i = from; i < text.length && text[i] !== c; i += 1) {
        if (text[i] !== '\\') continue;
        parts.push(text.slice(from, i));
        from = i + 1; // the escaped character is kept as written
        i += 1;
      }
      parts.push(text.slice(from, i));
      items.push(parts.join(''));
      i += 1;
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      items.push(text.slice(i, end));
      i = end;
    }
  }
  return items;
}
