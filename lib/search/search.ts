// Full-text search over the saved articles, read from the index in IndexedDB inside one
// read-only transaction (a consistent snapshot, even while another page saves; see
// lib/db/read/snapshot.ts). What it read before is served from memory when the state row says
// it is still current (search-cache.ts).
import type { ReadableDb } from '../db/read/connection';
import { ReadSnapshot } from '../db/read/snapshot';
import { toListedArticle } from '../db/records';
import type { ArticleRow, HighlightRow, ListedArticle } from '../db/types';
import { TITLE_WEIGHT, type SearchDocRow } from './document';
import { hitSnippets, type SnippetSource } from './hit-snippets';
import type { KeyListRow } from './key-lists';
import { pagesToRead, voidPostings, wordPostings } from './lookup';
import type { PageRow } from './pages';
import { bestArticles, byScore, phraseBonus, scoreWord } from './rank';
import { adjacentPairs, findMatches, type SnippetSegment } from './snippet';
import { searchCacheFor } from './search-cache';
import { emptySearchState, SEARCH_STATE_KEY, type SearchStateRow } from './state';
import { queryWords } from './tokenize';
import { typoPostings } from './typo-lookup';

export interface SearchOptions {
  /** Most hits returned; 20 by default. */
  limit?: number;
}

export interface SearchHit {
  id: number;
  score: number;
  title: string;
  url: string;
  /** Text around the matched words; highlighted pieces are the matches. */
  snippet: SnippetSegment[];
  /** Set when the snippet is one of the article's highlights or notes, not its text: the
   * query's words are only there. */
  snippetFrom?: SnippetSource;
  /** The article as listed (no HTML), when this query read its row rather than finding its
   * text in memory: a page listing the hits then needs no second read (a cold open's case). */
  listed?: ListedArticle;
}

const DEFAULT_LIMIT = 20;
const SEARCHED_TABLES = ['meta', 'runPages', 'runKeys', 'pendingDocs', 'articles', 'highlights'] as const;
const MAX_LIMIT = 1_000;
/** Articles re-ranked by phrase adjacency (read from their text): the best by word scores,
 * a few more than are shown, as each costs a record read. */
const CANDIDATES = { minimum: 30, perHit: 1.5 } as const;

/** Saved articles matching `query`, best first; [] when nothing matches. */
export async function searchArticles(db: ReadableDb, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  if (typeof query !== 'string') throw new TypeError('query must be a string');
  const { limit = DEFAULT_LIMIT } = options;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limit}`);
  }
  const parsed = queryWords(query);
  if (parsed.length === 0) return [];
  const snapshot = await ReadSnapshot.of(db, SEARCHED_TABLES);
  const stored = await snapshot.get<SearchStateRow>('meta', SEARCH_STATE_KEY);
  const state = stored ?? emptySearchState();
  if (state.articleCount === 0) return [];
  const cache = searchCacheFor(db, state);
  const stamp = cache.enter(state);
  // The state row alone first, then the index pages and the waiting articles together (a
  // page's first query reads the waiting articles whole, up to a few hundred KB): asked for
  // beside the state row, they held the page requests back (at 10,000 articles, 17 ms → 5 ms
  // before the pages are asked for).
  const pagesRead = cache.pages.read(pagesToRead(state, parsed), (keys) => snapshot.getMany<PageRow>('runPages', keys));
  const [pages, pendingDocs, hasHighlights] = await Promise.all([
    pagesRead,
    cache.pendingDocs(stamp, () => snapshot.getAll<SearchDocRow>('pendingDocs')),
    cache.hasHighlights(stamp, () => snapshot.hasRows('highlights')),
  ]);
  const corpus = { articleCount: state.articleCount, averageLength: state.totalLength / state.articleCount };
  const voidIds = voidPostings(
    state,
    pendingDocs.map((doc) => doc.id),
  );
  const idLimit = 1 + Math.max(0, ...state.runs.map((run) => run.maxId), ...pendingDocs.map((doc) => doc.id));
  const asTyped = parsed.map((word) => wordPostings(word, pages, pendingDocs, voidIds));
  const typos = await typoPostings(parsed, asTyped, {
    state,
    pending: pendingDocs,
    voidIds,
    keyLists: (keys) => cache.keyLists.read(keys, (missing) => snapshot.getMany<KeyListRow>('runKeys', missing)),
    pages: (keys) => cache.pages.read(keys, (missing) => snapshot.getMany<PageRow>('runPages', missing)),
  });
  const words = parsed.map((_, i) => scoreWord(corpus, { ...asTyped[i]!, typo: typos[i]! }, idLimit));
  const candidates = bestArticles(
    words,
    parsed.length > 1 ? Math.max(CANDIDATES.minimum, Math.ceil(limit * CANDIDATES.perHit)) : limit,
  );
  const rowsRead = new Map<number, ArticleRow>();
  const articles = await cache.candidates(
    stamp,
    candidates.map(({ id }) => id),
    async (ids) => {
      const rows = await snapshot.getMany<ArticleRow>('articles', ids);
      for (const row of rows) if (row) rowsRead.set(row.id, row);
      return rows;
    },
  );
  const hits = candidates.flatMap(({ id, score }, i) => {
    const article = articles[i];
    if (!article) return [];
    const matches = findMatches(article.text, parsed, article.foldedText);
    const pairs = adjacentPairs(article.text, matches, parsed.length);
    adjacentPairs(article.title, findMatches(article.title, parsed), parsed.length).forEach(
      (count, pair) => (pairs[pair]! += TITLE_WEIGHT * count),
    );
    return [{ id, score: score + phraseBonus(pairs, words), article, matches }];
  });
  const shown = hits.sort(byScore).slice(0, limit);
  const snippets = await hitSnippets(shown, {
    words: parsed,
    typoKeys: typos.map((terms) => terms.map((term) => term.term)),
    readHighlights: async (ids) => {
      if (!hasHighlights) return new Map();
      const lists = await Promise.all(
        ids.map((id) => snapshot.allByIndex<HighlightRow>('highlights', 'articleId', id)),
      );
      return new Map(ids.map((id, i) => [id, lists[i]!]));
    },
  });
  return shown.map(({ id, score, article }, i): SearchHit => {
    const row = rowsRead.get(id);
    return {
      id,
      score,
      title: article.title,
      url: article.url,
      ...snippets[i]!,
      ...(row ? { listed: toListedArticle(row) } : {}),
    };
  });
}
