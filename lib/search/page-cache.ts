// Index pages and key lists kept in memory after a query reads them. Neither ever changes once
// written (a merge writes new runs under new ids and deletes the old ones), and which of them
// make up the index is read from the state row inside each query's own transaction: a cached
// row can go unused, but never be wrong, whatever another page or tab saved or deleted meanwhile.
import type { KeyListRow } from './key-lists';
import { LruMap } from './lru';
import type { PageRow } from './pages';

/** Memory each cache may hold, in bytes of arrays and keys: the pages of a 10,000-article
 * library's most searched words, and the key lists around the words typed with a typo (a
 * 10,000-article library's whole key list is a few MB), well under an extension page's budget. */
const CACHE_BYTES = { pages: 48 * 2 ** 20, keyLists: 8 * 2 ** 20 } as const;

export type PageKey = [run: number, first: string];
const keyString = ([run, first]: PageKey) => `${run}\u0000${first}`;
const pageBytes = (page: PageRow) =>
  page.keys.length * 2 + page.keyEnds.byteLength + page.starts.byteLength + page.entries.byteLength;
const keyListBytes = (list: KeyListRow) => list.keys.length * 2 + list.keyEnds.byteLength + list.articles.byteLength;

/** Rows keyed [run, first key] that never change: pages, key lists. */
export class RunRowCache<Row extends { run: number; first: string }> {
  private readonly rows: LruMap<string, Row>;

  constructor(maxBytes: number, bytesOf: (row: Row) => number) {
    this.rows = new LruMap<string, Row>(maxBytes, bytesOf);
  }

  /** The rows of `keys` that exist, in the order of `keys`, from memory or else by `readRows`
   * (one bulk read). */
  async read(keys: readonly PageKey[], readRows: (keys: PageKey[]) => Promise<(Row | undefined)[]>): Promise<Row[]> {
    const rows = keys.map((key) => this.rows.get(keyString(key)));
    const missing = keys.filter((_, i) => !rows[i]);
    if (missing.length > 0) {
      const read = await readRows(missing);
      let next = 0;
      rows.forEach((row, i) => {
        if (!row) rows[i] = read[next++];
      });
      for (const row of read) if (row) this.rows.add(keyString([row.run, row.first]), row);
    }
    return rows.filter((row): row is Row => row !== undefined);
  }
}

export const pageCache = () => new RunRowCache<PageRow>(CACHE_BYTES.pages, pageBytes);
export const keyListCache = () => new RunRowCache<KeyListRow>(CACHE_BYTES.keyLists, keyListBytes);
