// Importing a file the reader picked into the library: Lede's own library file through
// importLibrary (lossless: summaries, text, read dates), any other service's export through its
// parser and importItems. Returns what happened as codes and counts; the page words them.
import { importItems, type ImportCounts } from '../db/write/import-items';
import { importLibrary, type ImportResult } from '../db/write/library-file';
import type { LedeDb } from '../db/write/schema';
import type { StorageFull } from '../db/types';
import { parseImport } from './index';
import type { HtmlParser, ImportFile, ImportFormat, ImportRefusal } from './types';
import { textOf } from './zip';

export type FileImportOutcome =
  | { kind: 'library'; result: ImportResult }
  | { kind: 'items'; format: ImportFormat; result: ({ ok: true } & ImportCounts) | (StorageFull & ImportCounts) }
  | { kind: 'refused'; reason: ImportRefusal };

export interface FileImportOptions {
  parseHtml: HtmlParser;
  /** Milliseconds since 1970. */
  now: number;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export async function importFile(db: LedeDb, file: ImportFile, options: FileImportOptions): Promise<FileImportOutcome> {
  const parsed = parseImport(file, { now: new Date(options.now).toISOString(), parseHtml: options.parseHtml });
  if (!parsed.ok) return { kind: 'refused', reason: parsed.reason };
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  if (parsed.format === 'lede-library')
    return {
      kind: 'library',
      result: await importLibrary(db, textOf({ path: file.name, bytes: file.bytes }), progress),
    };
  const result = await importItems(db, parsed.items, { now: options.now, ...progress });
  return { kind: 'items', format: parsed.format, result };
}
