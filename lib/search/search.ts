// Full-text search over the saved articles, read from the index in IndexedDB inside one
// read-only transaction (a consistent snapshot, even while another page saves; see
// lib/db/read-snapshot.ts). What it read before is served from memory when the state row says
// it is still current (search-cache.ts).
import type { ReadableDb } from '../db/read-connection';
import { ReadSnapshot } from '../db/read-snapshot';
import type { ArticleRow } from '../db/types';
import { TITLE_WEIGHT, type SearchDocRow } from './document';
import { pagesToRead, voidPostings, wordPostings } from './lookup';
import type { PageRow } from './pages';
import { bestArticles, byScore, phraseBonus, scoreWord } from './rank';
import { adjacentPairs, buildSnippet, findMatches, type SnippetSegment } from './snippet';
import { hasSearchCache, searchCacheFor } from './search-cache';
import { emptySearchState, SEARCH_STATE_KEY, type SearchStateRow } from './state';
import { queryWords } from './tokenize';

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
}

const DEFAULT_LIMIT = 20;
const SEARCHED_TABLES = ['meta', 'runPages', 'pendingDocs', 'articles'] as const;
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
  // A page's first query has nothing cached: it reads the waiting articles at once, beside
  // the state row, rather than one round trip later (cold open waits on it).
  const firstQuery = !hasSearchCache(db);
  const readPending = () => snapshot.getAll<SearchDocRow>('pendingDocs');
  const [stored, prefetched] = await Promise.all([snapshot.get<SearchStateRow>('meta', SEARCH_STATE_KEY), firstQuery ? readPending() : undefined]);
  const state = stored ?? emptySearchState();
  if (state.articleCount === 0) return [];
  const cache = searchCacheFor(db, state);
  const stamp = cache.enter(state);
  const [pendingDocs, pages] = await Promise.all([
    cache.pendingDocs(stamp, async () => prefetched ?? (await readPending())),
    cache.pages.read(pagesToRead(state, parsed), (keys) => snapshot.getMany<PageRow>('runPages', keys)),
  ]);
  const corpus = { articleCount: state.articleCount, averageLength: state.totalLength / state.articleCount };
  const voidIds = voidPostings(state, pendingDocs.map((doc) => doc.id));
  const idLimit = 1 + Math.max(0, ...state.runs.map((run) => run.maxId), ...pendingDocs.map((doc) => doc.id));
  const words = parsed.map((word) => scoreWord(corpus, wordPostings(word, pages, pendingDocs, voidIds), idLimit));
  const candidates = bestArticles(words, parsed.length > 1 ? Math.max(CANDIDATES.minimum, Math.ceil(limit * CANDIDATES.perHit)) : limit);
  const articles = await cache.candidates(stamp, candidates.map(({ id }) => id), (ids) => snapshot.getMany<ArticleRow>('articles', ids));
  const hits = candidates.flatMap(({ id, score }, i) => {
    const article = articles[i];
    if (!article) return [];
    const matches = findMatches(article.text, parsed, article.foldedText);
    const pairs = adjacentPairs(article.text, matches, parsed.length);
    adjacentPairs(article.title, findMatches(article.title, parsed), parsed.length).forEach((count, pair) => (pairs[pair]! += TITLE_WEIGHT * count));
    return [{ id, score: score + phraseBonus(pairs, words), article, matches }];
  });
  return hits
    .sort(byScore)
    .slice(0, limit)
    .map(({ id, score, article, matches }) => ({ id, score, title: article.title, url: article.url, snippet: buildSnippet(article.text, parsed, matches) }));
}
