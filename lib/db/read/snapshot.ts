// Reads go to IndexedDB directly, in one read-only transaction (a consistent snapshot), not
// through Dexie. A page opened to read or search runs them before anything else, while every
// function is still cold: Dexie's transaction, zone and promise machinery then costs tens of
// milliseconds to compile and run. Writes keep Dexie (the schema, upgrades, transactions over
// many tables).
import { ReadConnection, type ReadableDb } from './connection';

/** Where a newest-first read starts and how much it takes. */
export interface RangeRead {
  /** Only index keys that start with this value (compound indexes); all keys by default. */
  prefix?: IDBValidKey;
  offset: number;
  limit: number;
}

/** One read-only transaction over some tables of the open database. */
export class ReadSnapshot {
  private constructor(
    private readonly transaction: IDBTransaction,
    private readonly keyRange: typeof IDBKeyRange,
  ) {}

  /** On a Dexie database, opens it first when needed (Dexie opens it on first use). */
  static async of(db: ReadableDb, tables: readonly string[]): Promise<ReadSnapshot> {
    if (db instanceof ReadConnection)
      return new ReadSnapshot(db.connection.transaction([...tables], 'readonly'), db.keyRange);
    if (!db.isOpen()) await db.open();
    return new ReadSnapshot(db.backendDB().transaction([...tables], 'readonly'), db.keyRange);
  }

  get<T>(table: string, key: IDBValidKey): Promise<T | undefined> {
    return result(this.transaction.objectStore(table).get(key));
  }

  /** The first row whose `index` holds `key`, by primary key; undefined when none does. */
  getByIndex<T>(table: string, index: string, key: IDBValidKey): Promise<T | undefined> {
    return result(this.transaction.objectStore(table).index(index).get(key));
  }

  /** One request per key, all sent at once; undefined where there is no such row. */
  getMany<T>(table: string, keys: readonly IDBValidKey[]): Promise<(T | undefined)[]> {
    const store = this.transaction.objectStore(table);
    return Promise.all(keys.map((key) => result<T | undefined>(store.get(key))));
  }

  /** Every row whose `index` holds `key`, by primary key. */
  allByIndex<T>(table: string, index: string, key: IDBValidKey): Promise<T[]> {
    return result(this.transaction.objectStore(table).index(index).getAll(key));
  }

  /** How many rows of `table` have an `index` key between `lower` and `upper` (both included). */
  count(table: string, index: string, lower: IDBValidKey, upper: IDBValidKey): Promise<number> {
    return result(this.transaction.objectStore(table).index(index).count(this.keyRange.bound(lower, upper)));
  }

  /** At most `limit` rows of `table` with an `index` key between `lower` and `upper`, in key order. */
  between<T>(table: string, index: string, range: { lower: IDBValidKey; upper: IDBValidKey; limit: number }) {
    const keys = this.keyRange.bound(range.lower, range.upper);
    return result<T[]>(this.transaction.objectStore(table).index(index).getAll(keys, range.limit));
  }

  /** Whether `table` holds any row: one key read, not a count. */
  async hasRows(table: string): Promise<boolean> {
    return (await result<IDBValidKey[]>(this.transaction.objectStore(table).getAllKeys(null, 1))).length > 0;
  }

  getAll<T>(table: string): Promise<T[]> {
    return result(this.transaction.objectStore(table).getAll());
  }

  /** Rows in descending order of `index`, skipping `offset` and taking at most `limit`. */
  descending<T>(table: string, index: string, read: RangeRead): Promise<T[]> {
    if (read.limit === 0) return Promise.resolve([]);
    // [p] sorts before every [p, …] and [p, []] after every [p, number | string | Date].
    const range = read.prefix === undefined ? null : this.keyRange.bound([read.prefix], [read.prefix, []]);
    const source = this.transaction.objectStore(table).index(index) as IDBIndex & Partial<AllRecordsReader>;
    // One request where the browser has IndexedDB 3's getAllRecords (Chromium 141+): a cursor
    // takes a round trip per row, 134 ms for the library's first 51 rows of 10,000 against 45 ms
    // (bench:search's cold open). Where it is missing (Firefox), and past the first rows
    // ("Show older" skips what is shown), the cursor.
    if (typeof source.getAllRecords === 'function' && read.offset === 0)
      return result<{ value: T }[]>(source.getAllRecords({ query: range, count: read.limit, direction: 'prev' })).then(
        (records) => records.map((record) => record.value),
      );
    return descendingByCursor(source.openCursor(range, 'prev'), read);
  }
}

/** IndexedDB 3's getAllRecords, not yet in TypeScript's DOM types. */
interface AllRecordsReader {
  getAllRecords(options: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }): IDBRequest;
}

/** The rows a descending cursor gives, skipping `offset` and taking at most `limit` (≥ 1). */
function descendingByCursor<T>(
  request: IDBRequest<IDBCursorWithValue | null>,
  { offset, limit }: RangeRead,
): Promise<T[]> {
  const rows: T[] = [];
  let skipped = offset === 0;
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(rows);
      if (!skipped) {
        skipped = true;
        return cursor.advance(offset);
      }
      rows.push(cursor.value as T);
      if (rows.length < limit) cursor.continue();
      else resolve(rows);
    };
  });
}

/** The request's result. Promise continuations run before the transaction would close, so a
 * read may chain requests with await (as long as it awaits nothing else). */
function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}
