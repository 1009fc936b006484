// What every importer reads out of another service's export (issue 14): one item per saved
// link, in file order, with the reader's own marks (tags, archived, starred, highlights) and
// dates kept. Parsers are pure: they take the file's text or its zip entries and return items or
// a refusal code; writing to the library is lib/db's business.

/** The export formats Lede reads. */
export const IMPORT_FORMATS = [
  'pocket-csv', // Pocket's 2024+ export: a zip of part_000000.csv … (and annotations/part_*.json)
  'pocket-html', // Pocket's legacy ril_export.html
  'instapaper-csv',
  'omnivore', // Omnivore's zip (metadata_*.json, content/*.html, highlights/*.md) or one root JSON
  'readwise-csv', // Readwise Reader's CSV
  'wallabag-json',
  'bookmarks-html', // any browser's bookmarks file (Netscape HTML)
  'lede-library', // Lede's own JSON export
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A highlight as the service kept it. */
export interface ImportedHighlight {
  text: string;
  note?: string;
  /** ISO 8601. */
  createdAt?: string;
}

/** The article itself, when the export carries it (Omnivore, Wallabag): no fetch needed. */
export interface ImportedContent {
  html: string;
  byline?: string | null;
  /** ISO 8601. */
  publishedAt?: string | null;
  lang?: string | null;
}

/** One saved link. */
export interface ImportedItem {
  /** As written in the export (absolute http(s)); rows without one are skipped, not refused. */
  url: string;
  /** The export's title; the URL when the export has none. */
  title: string;
  /** Trimmed, without empty or repeated tags, in the export's order. */
  tags: string[];
  state: 'unread' | 'archived';
  starred: boolean;
  /** ISO 8601: when the reader saved it in the other service (the import's time when unknown). */
  savedAt: string;
  highlights: ImportedHighlight[];
  content?: ImportedContent;
}

/** Why a file was refused as a whole. Nothing is imported from a refused file. */
export const IMPORT_REFUSALS = [
  'unknown-format', // not an export Lede knows (a photo, a spreadsheet of something else)
  'malformed', // the right kind of file, but broken: cut short, not valid JSON/CSV/zip
  'no-items', // a valid export holding no saved link
  'too-large', // over the size Lede reads in one import
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

export type ParsedImport =
  | { ok: true; format: ImportFormat; items: ImportedItem[]; skipped: number }
  | { ok: false; reason: ImportRefusal; detail?: string };

/** A file as the reader picked it: its name and its bytes (a zip) or text. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** One file inside a zip: its path and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** Parses an HTML string into an inert Document (DOMParser in the extension, jsdom in Node). */
export type HtmlParser = (html: string) => Document;

/** What a parser needs besides the file. */
export interface ImportContext {
  /** ISO 8601 time of the import: the `savedAt` of items whose export says no date. */
  now: string;
  parseHtml: HtmlParser;
}
