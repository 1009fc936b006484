// Index pages kept in memory after a query reads them. A page never changes once written (a
// merge writes new runs under new ids and deletes the old ones), and which pages make up the
// index is read from the state row inside each query's own transaction: a cached page can go
// unused, but never be wrong, whatever another page or tab saved or deleted meanwhile.
import { LruMap } from './lru';
import type { PageRow } from './pages';

/** Memory the cache may hold, in bytes of page arrays and keys: the pages of a 10,000-article
 * library's most searched words, well under an extension page's budget. */
const CACHE_BYTES = 48 * 2 ** 20;

export type PageKey = [run: number, first: string];
const keyString = ([run, first]: PageKey) => `${run}\u0000${first}`;
const pageBytes = (page: PageRow) =>
  page.keys.length * 2 + page.keyEnds.byteLength + page.starts.byteLength + page.entries.byteLength;

export class PageCache {
  private readonly pages = new LruMap<string, PageRow>(CACHE_BYTES, pageBytes);

  /** The pages of `keys` that exist, in the order of `keys`, from memory or else by `readPages`
   * (one bulk read). */
  async read(
    keys: readonly PageKey[],
    readPages: (keys: PageKey[]) => Promise<(PageRow | undefined)[]>,
  ): Promise<PageRow[]> {
    const pages = keys.map((key) => this.pages.get(keyString(key)));
    const missing = keys.filter((_, i) => !pages[i]);
    if (missing.length > 0) {
      const read = await readPages(missing);
      let next = 0;
      pages.forEach((page, i) => {
        if (!page) pages[i] = read[next++];
      });
      for (const page of read) if (page) this.pages.add(keyString([page.run, page.first]), page);
    }
    return pages.filter((page): page is PageRow => page !== undefined);
  }
}
