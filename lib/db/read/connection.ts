// A page opened to read (the library list, a search, the reader) reads before it writes: it
// opens the database with IndexedDB's own API, without loading Dexie (~100 KB of script to
// load and run, then its schema checks: 30-60 ms of a cold open). Dexie keeps owning the
// schema: when the database does not exist yet or needs an upgrade, this opens it through
// Dexie, loaded then.
import type { LedeDb, LedeDbOptions } from '../write/schema';
import { DEFAULT_DB_NAME, nativeVersion, SCHEMA_VERSION } from '../schema-version';

/** A bare IndexedDB connection at the current schema, and the key range class of the same
 * IndexedDB implementation (the browser's, or fake-indexeddb's in Node). */
export class ReadConnection {
  constructor(
    readonly connection: IDBDatabase,
    readonly keyRange: typeof IDBKeyRange,
  ) {}

  close(): void {
    this.connection.close();
  }
}

/** What reads take: a Dexie database, or a bare connection at the current schema. */
export type ReadableDb = LedeDb | ReadConnection;

/** The stores reads use; a connection without them is not one to read. */
const READ_STORES = ['meta', 'runPages', 'runKeys', 'pendingDocs', 'articles', 'articleHtml', 'highlights'] as const;

/** The database for reading: a bare connection when it exists at the current schema,
 * otherwise Dexie's (which creates or upgrades it). */
export async function openForReading(options: LedeDbOptions = {}): Promise<ReadableDb> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  const current = factory && keyRange ? await openIfCurrent(factory, options.name ?? DEFAULT_DB_NAME) : undefined;
  if (current) return new ReadConnection(current, keyRange);
  const { openLedeDb } = await import('../write/schema');
  return openLedeDb(options);
}

/** The existing database at its current version, or undefined when it is missing, older than
 * this code's schema, or cannot be opened (Dexie then says why). */
function openIfCurrent(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(undefined); // e.g. storage blocked: Dexie's open reports it
    }
    // Only a database that does not exist gets here (no version was asked for): creating it
    // is Dexie's job, so the creation is cancelled and the open fails.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onsuccess = () => {
      const connection = request.result;
      const isCurrent =
        connection.version >= nativeVersion(SCHEMA_VERSION) &&
        READ_STORES.every((store) => connection.objectStoreNames.contains(store));
      if (!isCurrent) {
        connection.close();
        return resolve(undefined);
      }
      // Another page upgrading the database (a new Lede) must not wait for this connection.
      // (An extension update closes Lede's own pages, so this page is not left reading.)
      connection.onversionchange = () => connection.close();
      resolve(connection);
    };
  });
}
