// Runs inside Chromium: saves synthetic articles through the real API into the real IndexedDB,
// times queries, and does the same with MiniSearch holding the same articles in memory.
import MiniSearch from 'minisearch';
import { openLedeDb, saveArticle, type LedeDb } from '../../../lib/db/write';
import { searchArticles } from '../../../lib/search';
import { foldedForm } from '../../../lib/text/fold';
import { words } from '../../../lib/text/words';
import { syntheticArticle, type BenchQuery } from '../search-corpus';

import { BENCH_DB_NAME } from './shared';
const RESULTS_SHOWN = 20;

let db: LedeDb | undefined;
let miniSearch: MiniSearch | undefined;

async function database(): Promise<LedeDb> {
  return (db ??= await openLedeDb({ name: BENCH_DB_NAME }));
}

/** Saves articles [from, to) one at a time, as a reader would; returns each save's ms. */
async function save(from: number, to: number, seed: number): Promise<number[]> {
  const target = await database();
  const times: number[] = [];
  for (let index = from; index < to; index++) {
    const article = syntheticArticle(index, seed);
    const started = performance.now();
    const result = await saveArticle(target, {
      ...article,
      byline: null,
      siteName: 'News Example',
      dir: 'ltr',
      publishedTime: null,
      excerpt: null,
      readingMinutes: Math.ceil(article.wordCount / 220),
      leadImage: null,
      summary: article.text.split('. ').slice(0, 3),
    });
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`not saved: ${result.reason}`);
  }
  return times;
}

async function storageUsage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? Number.NaN;
}

/** Each query once, in order; ms per query and the number of hits. */
async function ledeQueries(queries: BenchQuery[]): Promise<{ ms: number; hits: number }[]> {
  const target = await database();
  const timings: { ms: number; hits: number }[] = [];
  for (const query of queries) {
    const started = performance.now();
    const hits = await searchArticles(target, query.text, { limit: RESULTS_SHOWN });
    timings.push({ ms: performance.now() - started, hits: hits.length });
  }
  return timings;
}

/** MiniSearch with the same tokens (Intl.Segmenter, folded), title boost and last-word prefix. */
function buildMiniSearch(count: number, seed: number): number {
  const started = performance.now();
  miniSearch = new MiniSearch({
    fields: ['title', 'text'],
    storeFields: ['title'],
    tokenize: (text) => words(text).map((word) => word.text),
    processTerm: (term) => foldedForm(term),
    searchOptions: { boost: { title: 3 }, prefix: (_term, i, terms) => i === terms.length - 1 },
  });
  for (let index = 0; index < count; index++) {
    const { title, text } = syntheticArticle(index, seed);
    miniSearch.add({ id: index, title, text });
  }
  return performance.now() - started;
}

function miniSearchQueries(queries: BenchQuery[]): { ms: number; hits: number }[] {
  return queries.map((query) => {
    const started = performance.now();
    const hits = miniSearch!.search(query.text).slice(0, RESULTS_SHOWN);
    return { ms: performance.now() - started, hits: hits.length };
  });
}

const api = { save, storageUsage, ledeQueries, buildMiniSearch, miniSearchQueries };
/** What the bench driver calls through page.evaluate. */
export type BenchApi = typeof api;
Object.assign(globalThis, { bench: api });
