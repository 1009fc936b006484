// A query's reads go to IndexedDB directly, in one read-only transaction (a consistent
// snapshot), not through Dexie. A library page opened to search runs them before anything
// else, while every function is still cold: Dexie's transaction, zone and promise machinery
// then costs tens of milliseconds to compile and run. Writes keep Dexie (the schema, upgrades,
// transactions over many tables).
import type { SearchableDb } from '../db/read-connection';

/** One read-only transaction over some tables of the open database. */
export class ReadSnapshot {
  private constructor(private readonly transaction: IDBTransaction) {}

  /** On a Dexie database, opens it first when needed (Dexie opens it on first use). */
  static async of(db: SearchableDb, tables: readonly string[]): Promise<ReadSnapshot> {
    if (!('backendDB' in db)) return new ReadSnapshot(db.transaction([...tables], 'readonly'));
    if (!db.isOpen()) await db.open();
    return new ReadSnapshot(db.backendDB().transaction([...tables], 'readonly'));
  }

  get<T>(table: string, key: IDBValidKey): Promise<T | undefined> {
    return result(this.transaction.objectStore(table).get(key));
  }

  /** One request per key, all sent at once; undefined where there is no such row. */
  getMany<T>(table: string, keys: readonly IDBValidKey[]): Promise<(T | undefined)[]> {
    const store = this.transaction.objectStore(table);
    return Promise.all(keys.map((key) => result<T | undefined>(store.get(key))));
  }

  getAll<T>(table: string): Promise<T[]> {
    return result(this.transaction.objectStore(table).getAll());
  }
}

/** The request's result. Promise continuations run before the transaction would close, so a
 * query may chain requests with await (as long as it awaits nothing else). */
function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}
