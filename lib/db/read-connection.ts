// A page opened to search reads before it writes: it opens the database with IndexedDB's own
// API, without loading Dexie (~100 KB of script to load and run, then its schema checks:
// 30-60 ms of a cold open). Dexie keeps owning the schema: when the database does not exist
// yet or needs an upgrade, this opens it through Dexie, loaded then.
import type { LedeDb, LedeDbOptions } from './schema';
import { DEFAULT_DB_NAME, nativeVersion, SCHEMA_VERSION } from './schema-version';

/** What search reads: a Dexie database, or a bare connection at the current schema. */
export type SearchableDb = LedeDb | IDBDatabase;

/** The stores search reads; a connection without them is not one to search. */
const SEARCHED_STORES = ['meta', 'runPages', 'pendingDocs', 'articles'] as const;

/** The database for searching: a bare connection when it exists at the current schema,
 * otherwise Dexie's (which creates or upgrades it). */
export async function openForSearch(options: LedeDbOptions = {}): Promise<SearchableDb> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const current = factory ? await openIfCurrent(factory, options.name ?? DEFAULT_DB_NAME) : undefined;
  if (current) return current;
  const { openLedeDb } = await import('./schema');
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
      const isCurrent = connection.version >= nativeVersion(SCHEMA_VERSION) && SEARCHED_STORES.every((store) => connection.objectStoreNames.contains(store));
      if (!isCurrent) {
        connection.close();
        return resolve(undefined);
      }
      // Another page upgrading the database (a new Lede) must not wait for this connection.
      connection.onversionchange = () => connection.close();
      resolve(connection);
    };
  });
}
