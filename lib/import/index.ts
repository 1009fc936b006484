// One entry for every import: what kind of file the reader picked is told from its contents
// (never from its name alone: "export.csv" says nothing of which service wrote it), then the
// service's parser reads it. A file nothing recognises is refused, with a reason code.
import { readBookmarksHtml, looksLikeBookmarks } from './bookmarks';
import { readCsv } from './csv';
import { readInstapaperCsv, looksLikeInstapaperCsv } from './instapaper';
import { readLedeLibrary, looksLikeLedeLibrary } from './lede-library';
import { looksLikeOmnivore, looksLikeOmnivoreJson, readOmnivore, readOmnivoreJson } from './omnivore';
import { looksLikePocketCsv, looksLikePocketHtml, readPocketExport, readPocketHtml } from './pocket';
import { looksLikeReadwiseCsv, readReadwiseCsv } from './readwise';
import type { ImportContext, ImportFile, ParsedImport, ZipEntry } from './types';
import { looksLikeWallabag, readWallabagJson } from './wallabag';
import { isZip, readZip, textOf } from './zip';

export type * from './types';

/** The largest file an import reads: a 10,000-article Omnivore export with its HTML is ~300 MB
 * unpacked, a 10,000-row Pocket CSV ~1.5 MB. Past it the reader is told, and nothing is read. */
export const IMPORT_LIMITS = { fileBytes: 200 * 1024 * 1024, unpackedBytes: 512 * 1024 * 1024, zipEntries: 60_000 };

/** Pocket's zip: part_000000.csv … and annotations/part_000000.json … (any folder above them). */
const POCKET_CSV_PART = /(^|\/)part_\d+\.csv$/i;
const POCKET_ANNOTATION_PART = /(^|\/)annotations\/part_\d+\.json$/i;

/** What a picked file is and what it holds: items in file order, or why it was refused. */
export function parseImport(file: ImportFile, ctx: ImportContext): ParsedImport {
  if (file.bytes.byteLength > IMPORT_LIMITS.fileBytes) return { ok: false, reason: 'too-large' };
  if (isZip(file.bytes)) return parseZip(file.bytes, ctx);
  return parseText(textOf({ path: file.name, bytes: file.bytes }), ctx);
}

function parseZip(bytes: Uint8Array, ctx: ImportContext): ParsedImport {
  const zip = readZip(bytes, { maxEntries: IMPORT_LIMITS.zipEntries, maxBytes: IMPORT_LIMITS.unpackedBytes });
  if (!zip.ok) return zip;
  const { entries } = zip;
  if (looksLikeOmnivore(entries)) return readOmnivore(entries, ctx);
  const csvParts = inNameOrder(entries.filter((entry) => POCKET_CSV_PART.test(entry.path)));
  if (csvParts.length > 0) {
    const annotationParts = inNameOrder(entries.filter((entry) => POCKET_ANNOTATION_PART.test(entry.path)));
    return readPocketExport({ csvParts: csvParts.map(textOf), annotationParts: annotationParts.map(textOf) }, ctx);
  }
  // a zip the reader made around one export file
  if (entries.length === 1) return parseText(textOf(entries[0]!), ctx);
  return { ok: false, reason: 'unknown-format' };
}

function parseText(text: string, ctx: ImportContext): ParsedImport {
  const start = text.trimStart().slice(0, 512);
  if (start.startsWith('{') || start.startsWith('[')) return parseJson(text, ctx);
  if (start.startsWith('<')) {
    if (looksLikeBookmarks(start)) return readBookmarksHtml(text, ctx);
    if (looksLikePocketHtml(text)) return readPocketHtml(text, ctx);
    return { ok: false, reason: 'unknown-format' };
  }
  // a CSV's first record: its header (no export quotes a line end into a column name)
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const { header } = readCsv(firstLine);
  if (looksLikePocketCsv(header)) return readPocketExport({ csvParts: [text], annotationParts: [] }, ctx);
  if (looksLikeInstapaperCsv(header)) return readInstapaperCsv(text, ctx);
  if (looksLikeReadwiseCsv(header)) return readReadwiseCsv(text, ctx);
  return { ok: false, reason: 'unknown-format' };
}

function parseJson(text: string, ctx: ImportContext): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (looksLikeLedeLibrary(value)) return readLedeLibrary(value);
  if (looksLikeWallabag(value)) return readWallabagJson(text, ctx);
  if (looksLikeOmnivoreJson(value)) return readOmnivoreJson(text, ctx);
  return { ok: false, reason: 'unknown-format' };
}

function inNameOrder(entries: ZipEntry[]): ZipEntry[] {
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
