// Wallabag's JSON export ("Export → JSON" on a list, or the API's entries): one array of
// entries, each with the article's HTML, its tags and its annotations (highlights with a note).
import { importedItem, isoFromDate, webAddress } from './fields';
import type { ImportContext, ImportedContent, ImportedHighlight, ImportedItem, ParsedImport } from './types';

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** Wallabag writes flags as 0/1 (older versions and the API) or true/false. */
const flag = (value: unknown): boolean => value === true || value === 1 || value === '1';

/** Wallabag's export: an array whose entries carry its `is_archived` flag and a url. */
export function looksLikeWallabag(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const first: unknown = value[0];
  return isRow(first) && 'is_archived' in first && 'url' in first;
}

export function readWallabagJson(source: string, ctx: ImportContext): ParsedImport {
  let rows: unknown;
  try {
    rows = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!Array.isArray(rows) || (rows.length > 0 && !looksLikeWallabag(rows))) {
    return { ok: false, reason: 'unknown-format' };
  }
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const row of rows) {
    const item = isRow(row) ? toItem(row, ctx) : null;
    if (item) items.push(item);
    else skipped += 1;
  }
  if (items.length === 0) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'wallabag-json', items, skipped };
}

/** ISO 8601 from a date as Wallabag writes it, or null. */
export function wallabagDate(value: unknown): string | null {
  if (typeof value === 'number') return isoFromDate(value);
  return typeof value === 'string' ? isoFromDate(withOffsetColon(value.trim())) : null;
}

/** Wallabag writes PHP's ISO 8601 ("2024-03-05T10:00:00+0100"): an offset without the colon,
 * which ECMAScript's date format does not define. V8 reads it anyway; other engines need not. */
export function withOffsetColon(date: string): string {
  return date.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2})(\d{2})$/, '$1:$2');
}

function toItem(row: Row, ctx: ImportContext): ImportedItem | null {
  const url = webAddress(text(row.url));
  if (!url) return null;
  const html = text(row.content);
  return importedItem({
    url,
    title: text(row.title),
    tags: tagNames(row.tags),
    state: flag(row.is_archived) ? 'archived' : 'unread',
    starred: flag(row.is_starred),
    savedAt: wallabagDate(row.created_at) ?? ctx.now,
    highlights: Array.isArray(row.annotations) ? row.annotations.flatMap(highlightOf) : [],
    ...(html.trim() ? { content: contentOf(html, row) } : {}),
  });
}

/** Tags as labels (the export) or as {label, slug} objects (the API and some versions). */
function tagNames(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  return tags.map((tag: unknown) => (isRow(tag) ? text(tag.label) : text(tag)));
}

function contentOf(html: string, row: Row): ImportedContent {
  const authors = Array.isArray(row.published_by) ? row.published_by.map(text) : [text(row.published_by)];
  const byline = authors
    .map((author) => author.trim())
    .filter(Boolean)
    .join(', ');
  return { html, byline: byline || null, publishedAt: wallabagDate(row.published_at), lang: langOf(row.language) };
}

/** Wallabag keeps the page's own language, sometimes as a locale ("fr_FR"): BCP 47 has a hyphen. */
function langOf(value: unknown): string | null {
  const lang = text(value).trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) ? lang : null;
}

/** An annotation: `quote` is the highlighted text, `text` the reader's note on it. */
function highlightOf(annotation: unknown): ImportedHighlight[] {
  if (!isRow(annotation)) return [];
  const quote = text(annotation.quote).trim();
  if (!quote) return [];
  const note = text(annotation.text).trim();
  const createdAt = wallabagDate(annotation.created_at);
  return [{ text: quote, ...(note ? { note } : {}), ...(createdAt ? { createdAt } : {}) }];
}
