// What queries read, kept in memory between them (a cache of IndexedDB, never a second index).
// Pages and key lists never change once written, so they are kept whatever happens
// (page-cache.ts). The waiting articles and the candidates' text change with saves, deletes
// and merges, so they are kept for one state of the index only: every query reads the state
// row first, in its own transaction, and a state stamped differently (another save, delete or
// merge, in this page or any other) empties them before anything is served.
import type { ArticleRow } from '../db/types';
import type { SearchDocRow } from './document';
import { foldAligned } from '../text/fold';
import { LruMap } from './lru';
import { keyListCache, pageCache } from './page-cache';
import type { SearchStateRow } from './state';

/** What ranking and snippets need of a candidate article. */
export interface CandidateText {
  title: string;
  url: string;
  text: string;
  /** foldAligned(text): folding is most of the cost of finding matches. */
  foldedText: string;
}

/** Memory for candidates' text, in UTF-16 bytes: a few thousand articles. */
const ARTICLE_CACHE_BYTES = 32 * 2 ** 20;

const stampOf = (state: SearchStateRow) => `${state.generation}:${state.nextRunId}`;
const textBytes = (article: CandidateText) => (article.title.length + article.url.length + article.text.length * 2) * 2;

export class SearchCache {
  readonly pages = pageCache();
  readonly keyLists = keyListCache();
  private stamp = '';
  private pending: SearchDocRow[] | undefined;
  private highlighted: boolean | undefined;
  private readonly articles = new LruMap<number, CandidateText>(ARTICLE_CACHE_BYTES, textBytes);

  /** Which index the cache belongs to: run ids start again in a database created anew. */
  constructor(readonly indexId: number) {}

  /** Forgets what belongs to an earlier state of the index; returns the state's stamp. */
  enter(state: SearchStateRow): string {
    const stamp = stampOf(state);
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.pending = undefined;
      this.highlighted = undefined;
      this.articles.clear();
    }
    return stamp;
  }

  /** The waiting articles' rows of the state `stamp`, read by `read` unless known. A query
   * that read an older state than the latest one seen does not store what it read. */
  async pendingDocs(stamp: string, read: () => Promise<SearchDocRow[]>): Promise<SearchDocRow[]> {
    if (stamp === this.stamp && this.pending) return this.pending;
    const docs = await read();
    if (stamp === this.stamp) this.pending = docs;
    return docs;
  }

  /** Whether the library has any highlight, in the state `stamp` (every change to highlights
   * indexes their article again, a new state): without one, no hit's snippet is looked for in
   * highlights. */
  async hasHighlights(stamp: string, read: () => Promise<boolean>): Promise<boolean> {
    if (stamp === this.stamp && this.highlighted !== undefined) return this.highlighted;
    const highlighted = await read();
    if (stamp === this.stamp) this.highlighted = highlighted;
    return highlighted;
  }

  /** Candidates' text by id (undefined for an article that no longer exists). */
  async candidates(
    stamp: string,
    ids: readonly number[],
    read: (ids: number[]) => Promise<(ArticleRow | undefined)[]>,
  ): Promise<(CandidateText | undefined)[]> {
    const current = stamp === this.stamp;
    const found = ids.map((id) => (current ? this.articles.get(id) : undefined));
    const missing = ids.filter((_, i) => !found[i]);
    if (missing.length === 0) return found;
    const rows = await read(missing);
    const byId = new Map<number, CandidateText>();
    for (const row of rows) {
      if (!row) continue;
      const text: CandidateText = {
        title: row.title,
        url: row.canonicalUrl ?? row.url,
        text: row.text,
        foldedText: foldAligned(row.text),
      };
      byId.set(row.id, text);
      if (stamp === this.stamp) this.articles.add(row.id, text);
    }
    return ids.map((id, i) => found[i] ?? byId.get(id));
  }
}

const caches = new WeakMap<object, SearchCache>();

/** The cache of one open database, for the index `state` belongs to. */
export function searchCacheFor(db: object, state: SearchStateRow): SearchCache {
  let cache = caches.get(db);
  if (!cache || cache.indexId !== state.indexId) caches.set(db, (cache = new SearchCache(state.indexId)));
  return cache;
}
