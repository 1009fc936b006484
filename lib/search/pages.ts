// The merged inverted index, stored as pages. Each bucket of BUCKET_SIZE article ids has a few
// sorted runs of different sizes (see lib/db/write/search-merge.ts). A run is cut into pages, each holding the
// postings of consecutive index keys, packed in typed arrays. Pages never change once written
// (a merge writes new runs), so a page read once can be kept in memory (page-cache.ts).
// Why pages: IndexedDB in Chromium costs ~0.2 ms per record read or written, so a row per word
// makes a save of ~450 distinct words cost ~100 ms; a page serves hundreds of words.
import type { SearchDocRow } from './document';

/** Article ids per bucket: entries store an id as its offset in the bucket (Uint16). */
export const BUCKET_SIZE = 4096;
/** Target bytes of postings and keys per page; one key's postings are never split. A query
 * reads one page per word and run, mostly for a few of its keys: at 10,000 articles a page's
 * first query read its pages in 37 ms with 24 KB pages, 27 ms with 12 KB (half the bytes) and
 * 24 ms with 6 KB, while every halving doubles the records a merge writes (~0.2 ms each). */
const PAGE_BYTES = 12_000;
/** Entries are [id − bucket × BUCKET_SIZE, weighted frequency, article length], as Uint16:
 * larger lengths are clamped (BM25 saturates long before). */
export const ENTRY_WIDTH = 3;
const MAX_ENTRY_VALUE = 0xffff;

export interface PageRow {
  /** The run's id (see state.ts); pages are keyed [run, first]. */
  run: number;
  bucket: number;
  /** Its first key. */
  first: string;
  /** Its sorted index keys, concatenated: one string to store and read, not hundreds. */
  keys: string;
  /** Key i is keys[keyEnds[i - 1] .. keyEnds[i]) (from 0 for the first). */
  keyEnds: Uint32Array;
  /** Postings of key i are entries[starts[i] .. starts[i + 1]). */
  starts: Uint32Array;
  entries: Uint16Array;
}

/** A run's postings while it is rebuilt: index key → flat entries. */
export type RunPostings = Map<string, number[]>;

export const bucketOf = (id: number) => Math.floor(id / BUCKET_SIZE);

/** Adds the postings of articles (all in `bucket`) to a run being rebuilt. */
export function addDocuments(postings: RunPostings, bucket: number, docs: readonly SearchDocRow[]): void {
  for (const doc of docs) {
    const offset = doc.id - bucket * BUCKET_SIZE;
    const length = Math.min(doc.length, MAX_ENTRY_VALUE);
    doc.terms.forEach((key, i) => {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(offset, doc.counts[i]!, length);
    });
  }
}

/** Adds the postings of stored pages to a run being rebuilt, except those of `dropped` ids. */
export function addPages(postings: RunPostings, pages: readonly PageRow[], dropped: (id: number) => boolean): void {
  for (const page of pages) {
    const base = page.bucket * BUCKET_SIZE;
    for (let i = 0; i < page.keyEnds.length; i++) {
      const key = pageKey(page, i);
      let list = postings.get(key);
      for (let e = page.starts[i]!; e < page.starts[i + 1]!; e += ENTRY_WIDTH) {
        if (dropped(base + page.entries[e]!)) continue;
        if (!list) postings.set(key, (list = []));
        list.push(page.entries[e]!, page.entries[e + 1]!, page.entries[e + 2]!);
      }
    }
  }
}

/** The page's key number `index`. */
export function pageKey(page: PageRow, index: number): string {
  return page.keys.slice(index === 0 ? 0 : page.keyEnds[index - 1], page.keyEnds[index]);
}

/** Index of the page's first key that is ≥ `key`. */
export function pageLowerBound(page: PageRow, key: string): number {
  let low = 0;
  let high = page.keyEnds.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pageKey(page, middle) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Article ids present in a run's postings. */
export function runIds(postings: RunPostings, bucket: number): Set<number> {
  const ids = new Set<number>();
  for (const list of postings.values())
    for (let e = 0; e < list.length; e += ENTRY_WIDTH) ids.add(bucket * BUCKET_SIZE + list[e]!);
  return ids;
}

/** Cuts a run into pages of about PAGE_BYTES. */
export function encodeRun(run: number, bucket: number, postings: RunPostings): PageRow[] {
  const keys = [...postings.keys()].sort();
  const pages: PageRow[] = [];
  for (let start = 0; start < keys.length;) {
    let end = start;
    for (let bytes = 0; end < keys.length && (end === start || bytes < PAGE_BYTES); end++) {
      bytes += (postings.get(keys[end]!)!.length + keys[end]!.length) * 2;
    }
    const terms = keys.slice(start, end);
    const starts = new Uint32Array(terms.length + 1);
    terms.forEach((term, i) => (starts[i + 1] = starts[i]! + postings.get(term)!.length));
    const entries = new Uint16Array(starts[terms.length]!);
    terms.forEach((term, i) => entries.set(postings.get(term)!, starts[i]!));
    const keyEnds = new Uint32Array(terms.length);
    terms.forEach((term, i) => (keyEnds[i] = (i === 0 ? 0 : keyEnds[i - 1]!) + term.length));
    pages.push({ run, bucket, first: terms[0]!, keys: terms.join(''), keyEnds, starts, entries });
    start = end;
  }
  return pages;
}

/** Index of the first element of sorted `list` that is ≥ `key` (UTF-16 order, as IndexedDB). */
export function lowerBound(list: readonly string[], key: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
