// Pocket's exports: the zip of CSV parts it writes since 2024 (highlights in annotations/*.json
// beside them), and the legacy ril_export.html older exports and other apps still hand over.
import { exportTable, hasColumns, rowItems } from './csv';
import { importedItem, isoFromUnixSeconds, webAddress } from './fields';
import type { ImportContext, ImportedHighlight, ImportedItem, ParsedImport } from './types';

/** The columns of part_000000.csv …: `title,url,time_added,cursor,tags,status`. Some exports
 * lack `cursor` (a paging token, never read), so nothing counts on a column's place. */
const CSV_COLUMNS = {
  url: 'url',
  title: 'title',
  savedAt: 'time_added', // Unix seconds
  tags: 'tags', // joined by TAG_SEPARATOR
  status: 'status', // "unread", or ARCHIVED_STATUS once read
} as const;
/** No other service's CSV has both: what tells a Pocket part apart. */
const CSV_MARKS = [CSV_COLUMNS.url, CSV_COLUMNS.savedAt];
const TAG_SEPARATOR = '|';
const ARCHIVED_STATUS = 'archive';

/** annotations/part_*.json: `[{ url, title, highlights: [{ quote, created_at }] }]`, created_at
 * in Unix seconds; an entry's url is the CSV row's url it belongs to. */
const ANNOTATION_FIELDS = { url: 'url', highlights: 'highlights', text: 'quote', createdAt: 'created_at' } as const;

/** ril_export.html's sections: one `<h1>` before each `<ul>` of links. Links under a heading not
 * listed here (none seen) stay unread, so nothing is archived by mistake. */
const HTML_SECTIONS = new Map<string, ImportedItem['state']>([
  ['unread', 'unread'],
  ['read archive', 'archived'],
]);
/** The legacy file's title, or the attribute only Pocket puts on its links. */
const HTML_MARK = /<title>\s*Pocket Export\s*<\/title>|\btime_added="/i;

/** The texts of one Pocket zip, each list in its entries' name order; a lone CSV part (someone
 * unzipped the export) is `{ csvParts: [text], annotationParts: [] }`. */
export interface PocketExport {
  csvParts: string[];
  annotationParts: string[];
}

export function looksLikePocketCsv(header: string[]): boolean {
  return hasColumns(header, CSV_MARKS);
}

export function looksLikePocketHtml(text: string): boolean {
  return HTML_MARK.test(text);
}

export function readPocketExport(parts: PocketExport, ctx: ImportContext): ParsedImport {
  const highlights = highlightsByUrl(parts.annotationParts);
  if (!highlights) return { ok: false, reason: 'malformed', detail: 'an annotations part is not a JSON list' };
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const part of parts.csvParts) {
    const table = exportTable(part, looksLikePocketCsv);
    if (!table.ok) return table;
    const read = rowItems(table, (row) => {
      const url = webAddress(table.get(row, CSV_COLUMNS.url));
      if (!url) return null;
      const status = (table.get(row, CSV_COLUMNS.status) ?? '').trim().toLowerCase();
      return importedItem({
        url,
        title: table.get(row, CSV_COLUMNS.title),
        tags: (table.get(row, CSV_COLUMNS.tags) ?? '').split(TAG_SEPARATOR),
        state: status === ARCHIVED_STATUS ? 'archived' : 'unread',
        savedAt: isoFromUnixSeconds(table.get(row, CSV_COLUMNS.savedAt)) ?? ctx.now,
        highlights: [...(highlights.get(url) ?? [])],
      });
    });
    for (const item of read.items) items.push(item);
    skipped += read.skipped;
  }
  if (!items.length) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'pocket-csv', items, skipped };
}

export function readPocketHtml(text: string, ctx: ImportContext): ParsedImport {
  if (!looksLikePocketHtml(text)) return { ok: false, reason: 'unknown-format' };
  const items: ImportedItem[] = [];
  let skipped = 0;
  let state: ImportedItem['state'] = 'unread';
  // headings and links in document order: each link belongs to the last heading above it
  for (const element of ctx.parseHtml(text).querySelectorAll('h1, a[href]')) {
    if (element.localName === 'h1') {
      state = HTML_SECTIONS.get((element.textContent ?? '').trim().toLowerCase()) ?? 'unread';
      continue;
    }
    const url = webAddress(element.getAttribute('href'));
    if (!url) {
      skipped += 1;
      continue;
    }
    const tags = (element.getAttribute('tags') ?? '').split(',');
    const savedAt = isoFromUnixSeconds(element.getAttribute('time_added')) ?? ctx.now;
    items.push(importedItem({ url, title: element.textContent ?? '', tags, state, savedAt }));
  }
  if (!items.length) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'pocket-html', items, skipped };
}

/** The highlights of every annotated url, in file order; null when a part is not a JSON list. */
function highlightsByUrl(parts: string[]): Map<string, ImportedHighlight[]> | null {
  const byUrl = new Map<string, ImportedHighlight[]>();
  for (const part of parts) {
    const entries = jsonOf(part);
    if (!Array.isArray(entries)) return null;
    for (const entry of entries) {
      const url = fieldOf(entry, ANNOTATION_FIELDS.url);
      const found = fieldOf(entry, ANNOTATION_FIELDS.highlights);
      if (typeof url !== 'string' || !Array.isArray(found)) continue;
      const list = byUrl.get(url.trim()) ?? [];
      for (const highlight of found) {
        const text = fieldOf(highlight, ANNOTATION_FIELDS.text);
        if (typeof text !== 'string' || !text.trim()) continue;
        const created = fieldOf(highlight, ANNOTATION_FIELDS.createdAt);
        const createdAt =
          typeof created === 'number' || typeof created === 'string' ? isoFromUnixSeconds(created) : null;
        list.push(createdAt ? { text, createdAt } : { text });
      }
      byUrl.set(url.trim(), list);
    }
  }
  return byUrl;
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function fieldOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
