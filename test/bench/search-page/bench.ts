// Runs inside Chromium: saves synthetic articles through the real API into the real IndexedDB,
// times queries, and does the same with MiniSearch holding the same articles in memory.
import MiniSearch from 'minisearch';
import {
  importItems,
  listArticles,
  openLedeDb,
  saveArticle,
  type ImportCounts,
  type LedeDb,
} from '../../../lib/db/write';
import { parseImport } from '../../../lib/import';
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

// bench:import: a Pocket export parsed and imported in the page, then searched by title. Its
// own database (same schema, another name): the extension's fetch queue never sees its links.
const IMPORT_DB_NAME = 'lede-bench-import';
let importDb: LedeDb | undefined;
/** The imported articles' ids by address, as listArticles lists them. */
let importedIds = new Map<string, number>();

/** The page's JS heap as performance.memory tells it (coarse and cached for minutes unless
 * Chromium runs with --enable-precise-memory-info); null where there is none. */
function jsHeapUsed(): number | null {
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
}

export interface ImportRun {
  decodeMs: number;
  parseMs: number;
  /** Items parseImport read, and the rows it skipped. */
  items: number;
  parseSkipped: number;
  importMs: number;
  counts: ImportCounts;
  /** Each batch's ms (from the previous batch's end), and the ms after the last one. */
  batchMs: number[];
  afterBatchesMs: number;
  /** performance.memory's heap at each import batch: the largest seen. */
  heapPeak: number | null;
}

/** Parses a Pocket export (its zip, base64) and imports it into a fresh library. */
async function importPocket(zipBase64: string, now: number): Promise<ImportRun> {
  importDb?.close();
  await new Promise<void>((done, fail) => {
    const request = indexedDB.deleteDatabase(IMPORT_DB_NAME);
    request.onsuccess = () => done();
    request.onerror = () => fail(request.error);
  });
  importDb = await openLedeDb({ name: IMPORT_DB_NAME });
  let started = performance.now();
  const bytes = Uint8Array.from(atob(zipBase64), (c) => c.charCodeAt(0));
  const decodeMs = performance.now() - started;
  let heapPeak = jsHeapUsed();
  const sampleHeap = () => {
    const used = jsHeapUsed();
    if (used !== null) heapPeak = Math.max(heapPeak ?? 0, used);
  };
  started = performance.now();
  const parsed = parseImport(
    { name: 'pocket.zip', bytes },
    { now: new Date(now).toISOString(), parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') },
  );
  const parseMs = performance.now() - started;
  sampleHeap();
  if (!parsed.ok) throw new Error(`parseImport refused the export: ${parsed.reason} ${parsed.detail ?? ''}`);
  started = performance.now();
  const batchMs: number[] = [];
  let batchEnd = started;
  const result = await importItems(importDb, parsed.items, {
    now,
    onProgress: () => {
      sampleHeap();
      batchMs.push(performance.now() - batchEnd);
      batchEnd = performance.now();
    },
  });
  const importMs = performance.now() - started;
  const afterBatchesMs = performance.now() - batchEnd;
  if (!result.ok) throw new Error('importItems: storage full');
  const { added, merged, skipped, queued } = result;
  return {
    decodeMs,
    parseMs,
    items: parsed.items.length,
    parseSkipped: parsed.skipped,
    importMs,
    counts: { added, merged, skipped, queued },
    batchMs,
    afterBatchesMs,
    heapPeak,
  };
}

/** Every imported article listed (listArticles), and what the library holds. */
async function listImported(limit: number) {
  const target = importDb!;
  const started = performance.now();
  const listed = await listArticles(target, { limit });
  const listMs = performance.now() - started;
  importedIds = new Map(listed.map((article) => [article.url, article.id]));
  return {
    listMs,
    listed: listed.length,
    stored: await target.articles.count(),
    highlights: await target.highlights.count(),
    queued: await target.fetchQueue.count(),
  };
}

/** Each query once, in order: its ms, its hits (the 20 shown) and whether the article listed
 * at `url` is among them. */
async function importSearches(
  queries: { text: string; url: string }[],
): Promise<{ ms: number; hits: number; found: boolean }[]> {
  const target = importDb!;
  const timings: { ms: number; hits: number; found: boolean }[] = [];
  for (const query of queries) {
    const id = importedIds.get(query.url);
    const started = performance.now();
    const hits = await searchArticles(target, query.text, { limit: RESULTS_SHOWN });
    const ms = performance.now() - started;
    timings.push({ ms, hits: hits.length, found: id !== undefined && hits.some((hit) => hit.id === id) });
  }
  return timings;
}

const api = {
  save,
  storageUsage,
  ledeQueries,
  buildMiniSearch,
  miniSearchQueries,
  importPocket,
  listImported,
  importSearches,
  jsHeapUsed,
};
/** What the bench driver calls through page.evaluate. */
export type BenchApi = typeof api;
Object.assign(globalThis, { bench: api });
