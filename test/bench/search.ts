// `npx tsx test/bench/search.ts [--sizes 1000,10000]`: Lede's search on real IndexedDB in
// Chromium, against MiniSearch holding the same articles in memory, in the same run.
// Everything runs in the extension's own origin on the database Lede's pages open (see
// search-extension.ts). Per library size: save ms per article, database size, query latency
// (first run, and the median of 3 runs per query; with accents, without, as-you-type prefix,
// with a typo), MiniSearch's warm latency on the same queries, and cold opens of the real
// library page.
// Figures only, no pass/fail: targets at 10,000 articles are printed beside them.
// Lede's search keeps what queries read from IndexedDB in the page's memory (index pages,
// which never change, and the waiting articles and candidates' text, valid for one state row,
// which every query reads first): a query's first run reads the pages of its words it has not
// met before (each base query runs first with accents, so that variant pays for them); the
// median of 3 runs is warm, as MiniSearch's figures are. A cold open starts with nothing
// cached: the WXT-built library.html?q=… in a new page (or a new browser), timed from the
// page's navigation start to the first frame drawn after its result rows, with their
// highlighted snippets, are in the page (search-cold.ts). bench/cold.html, which only opens
// the database, searches and lists the hits, shows what the page around the search costs.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { findChromium, launchWithExtension, type LedeBrowser } from '../e2e/harness';
import { benchQueries, type BenchQuery } from './search-corpus';
import {
  openEmptyPage,
  openLibrary,
  openSearchAlone,
  watchLibraryPage,
  type LibraryOpen,
  type SearchAlone,
} from './search-cold';
import { BENCH_PAGES, buildBenchExtension } from './search-extension';
import type { BenchApi } from './search-page/bench';
import { LIBRARY_SHOWN } from './search-page/shared';
import { median, percentile } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('sizes') ?? '1000,10000').split(',').map(Number);
const SEED = 20_240_601;
const SAVE_CHUNK = 500;
/** Base queries; each runs with accents, without, cut short, and with a typo when it has a
 * word long enough (about 4 × this many queries). */
const BASE_QUERIES = 40;
/** Cold opens of each kind: medians of this many, as new pages vary by tens of ms. */
const COLD_RUNS = 9;
/** Each query runs this many times; its median damps noise from other processes. */
const PASSES = 3;
const TARGETS = { p95Ms: 50, miniSearchRatio: 2, coldMs: 300, saveMs: 50 } as const;

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('bench:search needs Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
const log = (message: string) =>
  process.stderr.write(`[${((performance.now() - benchStarted) / 1000).toFixed(0)}s] ${message}\n`);
/** The bench page's window, as bench.ts leaves it. */
type BenchWindow = { bench: BenchApi };

/** Chromium with Lede (and the bench pages) loaded, on `profileDir`; library pages watched. */
async function launch(extensionDir: string, profileDir: string): Promise<LedeBrowser> {
  const lede = await launchWithExtension(chromiumPath!, { extensionDir, profileDir });
  await lede.context.addInitScript(watchLibraryPage, LIBRARY_SHOWN);
  return lede;
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(url);
  return page;
}

/** Per query, the median of its runs over several passes. */
const perQueryMedian = (passes: number[][]) => passes[0]!.map((_, i) => median(passes.map((pass) => pass[i]!)));
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const p50p95 = (values: number[]) => `${fmt(median(values))} / ${fmt(percentile(values, 95))}`;

interface SizeResult {
  size: number;
  save: number[];
  usageBytes: number;
  first: { query: BenchQuery; ms: number; hits: number }[];
  repeat: number[];
  miniSearch: number[];
  miniSearchBuildMs: number;
  cold: {
    /** The real library page opened on a search (library.html?q=…), in the running browser. */
    libraryQuery: LibraryOpen[];
    /** The real library page opened on its newest-first list. */
    libraryList: LibraryOpen[];
    /** library.html?q=… as the first page of a new browser on the same profile. */
    libraryNewBrowser: LibraryOpen[];
    /** bench/cold.html: the database opened and searched with nothing else in the page. */
    searchAlone: SearchAlone[];
    /** bench/empty.html: navigation → script start of an extension page with nothing in it. */
    emptyPage: number[];
  };
}

async function runSize(extensionDir: string, size: number): Promise<SizeResult> {
  const profile = await mkdtemp(join(tmpdir(), 'lede-search-profile-'));
  try {
    let lede = await launch(extensionDir, profile);
    const origin = `chrome-extension://${lede.extensionId}`;
    const page = await openPage(lede.context, `${origin}/${BENCH_PAGES}/index.html`);
    await page.waitForFunction(() => 'bench' in globalThis);
    const save: number[] = [];
    for (let from = 0; from < size; from += SAVE_CHUNK) {
      const to = Math.min(size, from + SAVE_CHUNK);
      save.push(
        ...(await page.evaluate(([a, b, seed]) => (globalThis as unknown as BenchWindow).bench.save(a, b, seed), [
          from,
          to,
          SEED,
        ] as const)),
      );
      log(
        `${size}: saved ${save.length} (median ${fmt(median(save.slice(-SAVE_CHUNK)))} ms for the last ${SAVE_CHUNK})`,
      );
    }
    const usageBytes = await page.evaluate(() => (globalThis as unknown as BenchWindow).bench.storageUsage());
    const queries = benchQueries(BASE_QUERIES, SEED);
    const ledeQueries = (q: BenchQuery[]) =>
      page.evaluate((list) => (globalThis as unknown as BenchWindow).bench.ledeQueries(list), q);
    const miniSearchQueries = (q: BenchQuery[]) =>
      page.evaluate((list) => (globalThis as unknown as BenchWindow).bench.miniSearchQueries(list), q);
    await ledeQueries(benchQueries(5, SEED + 1)); // warms the code, with other queries
    const firstPass = await ledeQueries(queries);
    const repeats = [firstPass.map((t) => t.ms)];
    for (let pass = 1; pass < PASSES; pass++) repeats.push((await ledeQueries(queries)).map((t) => t.ms));
    log(`${size}: queries done; building MiniSearch`);
    const miniSearchBuildMs = await page.evaluate(
      ([count, seed]) => (globalThis as unknown as BenchWindow).bench.buildMiniSearch(count, seed),
      [size, SEED] as const,
    );
    await miniSearchQueries(queries); // warm-up pass: "MiniSearch warm"
    const miniSearchPasses: number[][] = [];
    for (let pass = 0; pass < PASSES; pass++)
      miniSearchPasses.push((await miniSearchQueries(queries)).map((t) => t.ms));
    await page.close();
    // cold opens: each on a query of its own (the accented form of a base query), never one
    // a page of this browser has searched before
    const accented = queries.filter((query) => query.kind === 'accents');
    const coldQuery = (run: number) => encodeURIComponent(accented[run]!.text);
    const cold: SizeResult['cold'] = {
      libraryQuery: [],
      libraryList: [],
      libraryNewBrowser: [],
      searchAlone: [],
      emptyPage: [],
    };
    for (let run = 0; run < COLD_RUNS; run++) {
      cold.libraryQuery.push(await openLibrary(lede.context, `${origin}/library.html?q=${coldQuery(run)}`, log));
      cold.libraryList.push(await openLibrary(lede.context, `${origin}/library.html`, log));
      cold.searchAlone.push(
        await openSearchAlone(lede.context, `${origin}/${BENCH_PAGES}/cold.html?q=${coldQuery(run + COLD_RUNS)}`, log),
      );
      cold.emptyPage.push(await openEmptyPage(lede.context, `${origin}/${BENCH_PAGES}/empty.html`, log));
    }
    await lede.close();
    for (let run = 0; run < COLD_RUNS; run++) {
      lede = await launch(extensionDir, profile);
      cold.libraryNewBrowser.push(
        await openLibrary(lede.context, `${origin}/library.html?q=${coldQuery(run + 2 * COLD_RUNS)}`, log),
      );
      await lede.close();
    }
    const first = firstPass.map((timing, i) => ({ query: queries[i]!, ...timing }));
    return {
      size,
      save,
      usageBytes,
      first,
      repeat: perQueryMedian(repeats),
      miniSearch: perQueryMedian(miniSearchPasses),
      miniSearchBuildMs,
      cold,
    };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function report(r: SizeResult): void {
  const firstMs = r.first.map((t) => t.ms);
  const byKind = (kind: BenchQuery['kind']) => r.first.filter((t) => t.query.kind === kind).map((t) => t.ms);
  const byWords = (words: number) => r.first.filter((t) => t.query.words === words).map((t) => t.ms);
  const ratio = percentile(r.repeat, 95) / percentile(r.miniSearch, 95);
  console.log(`\n## ${r.size.toLocaleString('en')} articles (~800 words, half Vietnamese, half English)\n`);
  console.log('| measure | value | target at 10,000 |\n|---|---:|---:|');
  console.log(
    `| save, ms per article (p50 / p95 / mean) | ${p50p95(r.save)} / ${fmt(r.save.reduce((a, b) => a + b, 0) / r.save.length)} | ≤ ${TARGETS.saveMs} |`,
  );
  console.log(`| save, last 500 (p50 / p95) | ${p50p95(r.save.slice(-500))} | |`);
  console.log(
    `| save, p99 / max (the saves that merge the index) | ${fmt(percentile(r.save, 99))} / ${fmt(Math.max(...r.save))} | |`,
  );
  console.log(`| database size (storage.estimate usage) | ${(r.usageBytes / 2 ** 20).toFixed(1)} MiB | |`);
  console.log(
    `| query, first run, all ${firstMs.length} (p50 / p95 ms) | ${p50p95(firstMs)} | p95 ≤ ${TARGETS.p95Ms} |`,
  );
  const asTyped = r.first.filter((t) => t.query.kind !== 'typo').map((t) => t.ms);
  console.log(`| query, first run, all but typo (p50 / p95 ms) | ${p50p95(asTyped)} | |`);
  for (const kind of ['accents', 'no-accents', 'prefix', 'typo'] as const)
    console.log(`| query, ${kind} | ${p50p95(byKind(kind))} | |`);
  const typoHits = r.first.filter((t) => t.query.kind === 'typo').map((t) => t.hits);
  console.log(
    `| query, typo: hits (median; queries with none) | ${median(typoHits)}; ${typoHits.filter((hits) => hits === 0).length} of ${typoHits.length} | |`,
  );
  for (const words of [1, 2, 3])
    console.log(`| query, ${words} word${words > 1 ? 's' : ''} | ${p50p95(byWords(words))} | |`);
  console.log(`| query, median of ${PASSES} runs per query (p50 / p95) | ${p50p95(r.repeat)} | |`);
  console.log(`| MiniSearch warm, median of ${PASSES} runs per query (p50 / p95) | ${p50p95(r.miniSearch)} | |`);
  console.log(`| Lede / MiniSearch, p95 of medians | ${ratio.toFixed(1)}× | ≤ ${TARGETS.miniSearchRatio}× |`);
  console.log(`| MiniSearch index build (in memory) | ${(r.miniSearchBuildMs / 1000).toFixed(1)} s | |`);
  const libraryRows: [string, LibraryOpen[], number | null][] = [
    ['library.html?q=…, new page', r.cold.libraryQuery, TARGETS.coldMs],
    ['library.html?q=…, new browser', r.cold.libraryNewBrowser, null],
    ['library.html (newest first), new page', r.cold.libraryList, null],
  ];
  for (const [label, runs, target] of libraryRows) {
    const rows = `${Math.min(...runs.map((c) => c.rows))}–${Math.max(...runs.map((c) => c.rows))} rows, ${median(runs.map((c) => c.marks))} marks`;
    console.log(
      `| cold open, ${label}: navigation → shown (median of ${runs.length}; ${rows}) | ${fmt(median(runs.map((c) => c.shown)))} ms | ${target ? `≤ ${target}` : ''} |`,
    );
    console.log(
      `| … p95 shown; navigation → script start / app drawn | ${fmt(
        percentile(
          runs.map((c) => c.shown),
          95,
        ),
      )}; ${fmt(median(runs.map((c) => c.scriptStarted)))} / ${fmt(median(runs.map((c) => c.drawn)))} ms | |`,
    );
  }
  const alone = r.cold.searchAlone;
  const parts = `${fmt(median(alone.map((c) => c.scriptStarted)))} / ${fmt(median(alone.map((c) => c.openMs)))} / ${fmt(median(alone.map((c) => c.searchMs)))}`;
  console.log(
    `| search alone (bench/cold.html), new page: navigation → shown (median of ${alone.length}) | ${fmt(median(alone.map((c) => c.sinceNavigation)))} ms | |`,
  );
  console.log(`| … navigation → script start / open db / first search + render | ${parts} ms | |`);
  console.log(
    `| baseline: empty extension page (bench/empty.html), navigation → script start (median of ${r.cold.emptyPage.length}) | ${fmt(median(r.cold.emptyPage))} ms | |`,
  );
  const slowest = [...r.first].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `\nSlowest queries: ${slowest.map((t) => `"${t.query.text}" ${fmt(t.ms)} ms (${t.hits} hits)`).join('; ')}`,
  );
}

const benchStarted = performance.now();
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(`# Lede search bench: ${cpus().length} CPUs, load average ${load()} at start`);
const extensionDir = await buildBenchExtension();
try {
  for (const size of sizes) report(await runSize(extensionDir, size));
} finally {
  await rm(extensionDir, { recursive: true, force: true });
}
console.log(`\nLoad average ${load()} at the end (other processes share the CPUs: figures are noisy).`);
log('done');
