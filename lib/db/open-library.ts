// The library as a page that mostly reads holds it: reads through a connection opened without
// Dexie when the database is current (read/connection.ts), and Dexie, with the write code,
// loaded on the first write only. A library page opened to search, or the reader, never loads
// them unless the user marks, tags, deletes, imports or exports.
import { openForReading, ReadConnection, type ReadableDb } from './read/connection';
import type { LedeDb, LedeDbOptions } from './write/schema';

export interface Library {
  /** What reads take (read/articles.ts, searchArticles). */
  readonly reads: ReadableDb;
  /** Dexie's database for writes, opened on the first call. */
  writable(): Promise<LedeDb>;
}

/** Opens the library for reading now and for writing on first need. */
export async function openLibrary(options: LedeDbOptions = {}): Promise<Library> {
  const reads = await openForReading(options);
  if (!(reads instanceof ReadConnection)) return { reads, writable: async () => reads };
  let opening: Promise<LedeDb> | undefined;
  const open = async () => (await import('./write/schema')).openLedeDb(options);
  return {
    reads,
    // A failed open is not remembered: the next write tries again (and reports what failed).
    writable: () =>
      (opening ??= open().catch((error: unknown) => {
        opening = undefined;
        throw error;
      })),
  };
}
