// Field readers every importer shares: dates in the shapes exports write them, tags, addresses.
import type { ImportedItem } from './types';

/** ISO 8601 from Unix seconds (Pocket's time_added, bookmarks' ADD_DATE), or null when not a time. */
export function isoFromUnixSeconds(value: string | number | null | undefined): string | null {
  const seconds = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  if (!Number.isFinite(seconds) || seconds <= 0 || String(value).trim() === '') return null;
  // some exports write milliseconds: a "second" count past the year 5000 is one
  const ms = seconds > 1e11 ? seconds : seconds * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** ISO 8601 from a date as exports write it ("2024-03-05T10:00:00.000Z", "2024-03-05 10:00:00",
 * "Tue, 05 Mar 2024 10:00:00 GMT", Unix seconds), or null. A time without a zone is read as UTC. */
export function isoFromDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || /^\s*\d{9,13}(\.\d+)?\s*$/.test(value)) return isoFromUnixSeconds(value);
  const text = value.trim();
  if (!text) return null;
  const zoneless = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text);
  const date = new Date(zoneless ? `${text.replace(' ', 'T')}Z` : text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Tags trimmed, empty ones dropped, repeats (ignoring case) kept once, in order. */
export function cleanTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue;
    seen.add(tag.toLocaleLowerCase());
    kept.push(tag);
  }
  return kept;
}

/** The address trimmed when it is an absolute http(s) URL; null otherwise (a row to skip). */
export function webAddress(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

/** An item with the defaults an export leaves unsaid: no tags, unread, not starred, no highlights. */
export function importedItem(
  fields: Pick<ImportedItem, 'url' | 'savedAt'> & Partial<Omit<ImportedItem, 'url' | 'savedAt'>>,
): ImportedItem {
  const title = fields.title?.replace(/\s+/g, ' ').trim();
  return {
    url: fields.url,
    title: title || fields.url,
    tags: cleanTags(fields.tags ?? []),
    state: fields.state ?? 'unread',
    starred: fields.starred ?? false,
    savedAt: fields.savedAt,
    highlights: fields.highlights ?? [],
    ...(fields.content ? { content: fields.content } : {}),
  };
}
