// `npx tsx test/bench/search.ts [--sizes 1000,10000]`: Lede's search on real IndexedDB in
// Chromium, against MiniSearch holding the same articles in memory, in the same run.
// Per library size: save ms per article, database size, query latency (first run, and the
// median of 3 runs per query; with accents, without, as-you-type prefix), cold open (new page,
// new browser), and MiniSearch's warm latency on the same queries.
// Figures only, no pass/fail: targets at 10,000 articles are printed beside them.
// Lede's search keeps what queries read from IndexedDB in the page's memory (index pages,
// which never change, and the waiting articles and candidates' text, valid for one state row,
// which every query reads first): a query's first run reads the pages of its words it has not
// met before (each base query runs first with accents, so that variant pays for them); the
// median of 3 runs is warm, as MiniSearch's figures are. Cold open starts with nothing cached:
// "results shown" is the first frame drawn after the 20 ranked hits' titles and highlighted
// snippets are in the page (search-page/cold.ts), timed from the new page's navigation start.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { benchQueries, type BenchQuery } from './search-corpus';
import type { BenchApi } from './search-page/bench';
import { COLD_OPEN_DONE } from './search-page/shared';
import { bundlePages, servePages } from './search-serve';
import { median, percentile } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const sizes = (option('sizes') ?? '1000,10000').split(',').map(Number);
const SEED = 20_240_601;
const SAVE_CHUNK = 500;
/** Base queries; each runs with accents, without, and cut short (3 × this many queries). */
const BASE_QUERIES = 40;
const COLD_RUNS = 3;
/** Each query runs this many times; its median damps noise from other processes. */
const PASSES = 3;
const TARGETS = { p95Ms: 50, miniSearchRatio: 2, coldMs: 300, saveMs: 50 } as const;

const LAUNCH_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const launch = (profile: string) => chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
const log = (message: string) => process.stderr.write(`[${((performance.now() - benchStarted) / 1000).toFixed(0)}s] ${message}\n`);
/** The page's window, as bench.ts and cold.ts leave it. */
type BenchWindow = { bench: BenchApi; coldResult: ColdOpen };

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

/** Opens cold.html in a new page; returns its timings once results are shown. The page says
 * when with a console message: waiting with waitForFunction would run Playwright's injected
 * script (and a check every frame) in the page while it is being measured. */
async function coldOpen(context: BrowserContext, url: string): Promise<ColdOpen> {
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  const shown = page.waitForEvent('console', { predicate: (message) => message.text() === COLD_OPEN_DONE, timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await shown;
  const result = await page.evaluate(() => (globalThis as unknown as BenchWindow).coldResult);
  await page.close();
  return result;
}

interface SizeResult {
  size: number;
  save: number[];
  usageBytes: number;
  first: { query: BenchQuery; ms: number; hits: number }[];
  repeat: number[];
  miniSearch: number[];
  miniSearchBuildMs: number;
  /** New page in the running browser (the bench page closed), and new browser + new page. */
  cold: { newPage: ColdOpen[]; newBrowser: ColdOpen[] };
}

interface ColdOpen {
  sinceNavigation: number;
  scriptStarted: number;
  openMs: number;
  searchMs: number;
}

async function runSize(origin: string, size: number): Promise<SizeResult> {
  const profile = await mkdtemp(join(tmpdir(), 'lede-search-profile-'));
  try {
    let context = await launch(profile);
    const page = await openPage(context, `${origin}/index.html`);
    await page.waitForFunction(() => 'bench' in globalThis);
    const save: number[] = [];
    for (let from = 0; from < size; from += SAVE_CHUNK) {
      const to = Math.min(size, from + SAVE_CHUNK);
      save.push(...(await page.evaluate(([a, b, seed]) => (globalThis as unknown as BenchWindow).bench.save(a, b, seed), [from, to, SEED] as const)));
      log(`${size}: saved ${save.length} (median ${fmt(median(save.slice(-SAVE_CHUNK)))} ms for the last ${SAVE_CHUNK})`);
    }
    const usageBytes = await page.evaluate(() => (globalThis as unknown as BenchWindow).bench.storageUsage());
    const queries = benchQueries(BASE_QUERIES, SEED);
    const ledeQueries = (q: BenchQuery[]) => page.evaluate((list) => (globalThis as unknown as BenchWindow).bench.ledeQueries(list), q);
    const miniSearchQueries = (q: BenchQuery[]) => page.evaluate((list) => (globalThis as unknown as BenchWindow).bench.miniSearchQueries(list), q);
    await ledeQueries(benchQueries(5, SEED + 1)); // warms the code, with other queries
    const firstPass = await ledeQueries(queries);
    const repeats = [firstPass.map((t) => t.ms)];
    for (let pass = 1; pass < PASSES; pass++) repeats.push((await ledeQueries(queries)).map((t) => t.ms));
    log(`${size}: queries done; building MiniSearch`);
    const miniSearchBuildMs = await page.evaluate(([count, seed]) => (globalThis as unknown as BenchWindow).bench.buildMiniSearch(count, seed), [size, SEED] as const);
    await miniSearchQueries(queries); // warm-up pass: "MiniSearch warm"
    const miniSearchPasses: number[][] = [];
    for (let pass = 0; pass < PASSES; pass++) miniSearchPasses.push((await miniSearchQueries(queries)).map((t) => t.ms));
    await page.close();
    const coldQuery = (run: number) => `${origin}/cold.html?q=${encodeURIComponent(queries[run * 3]!.text)}`;
    const cold: SizeResult['cold'] = { newPage: [], newBrowser: [] };
    for (let run = 0; run < COLD_RUNS; run++) cold.newPage.push(await coldOpen(context, coldQuery(run)));
    await context.close();
    for (let run = 0; run < COLD_RUNS; run++) {
      context = await launch(profile);
      cold.newBrowser.push(await coldOpen(context, coldQuery(run + COLD_RUNS)));
      await context.close();
    }
    const first = firstPass.map((timing, i) => ({ query: queries[i]!, ...timing }));
    return { size, save, usageBytes, first, repeat: perQueryMedian(repeats), miniSearch: perQueryMedian(miniSearchPasses), miniSearchBuildMs, cold };
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
  console.log(`| save, ms per article (p50 / p95 / mean) | ${p50p95(r.save)} / ${fmt(r.save.reduce((a, b) => a + b, 0) / r.save.length)} | ≤ ${TARGETS.saveMs} |`);
  console.log(`| save, last 500 (p50 / p95) | ${p50p95(r.save.slice(-500))} | |`);
  console.log(`| save, p99 / max (the saves that merge the index) | ${fmt(percentile(r.save, 99))} / ${fmt(Math.max(...r.save))} | |`);
  console.log(`| database size (storage.estimate usage) | ${(r.usageBytes / 2 ** 20).toFixed(1)} MiB | |`);
  console.log(`| query, first run, all ${firstMs.length} (p50 / p95 ms) | ${p50p95(firstMs)} | p95 ≤ ${TARGETS.p95Ms} |`);
  for (const kind of ['accents', 'no-accents', 'prefix'] as const) console.log(`| query, ${kind} | ${p50p95(byKind(kind))} | |`);
  for (const words of [1, 2, 3]) console.log(`| query, ${words} word${words > 1 ? 's' : ''} | ${p50p95(byWords(words))} | |`);
  console.log(`| query, median of ${PASSES} runs per query (p50 / p95) | ${p50p95(r.repeat)} | |`);
  console.log(`| MiniSearch warm, median of ${PASSES} runs per query (p50 / p95) | ${p50p95(r.miniSearch)} | |`);
  console.log(`| Lede / MiniSearch, p95 of medians | ${ratio.toFixed(1)}× | ≤ ${TARGETS.miniSearchRatio}× |`);
  console.log(`| MiniSearch index build (in memory) | ${(r.miniSearchBuildMs / 1000).toFixed(1)} s | |`);
  for (const [label, runs] of [['new page', r.cold.newPage], ['new browser', r.cold.newBrowser]] as const) {
    const shown = fmt(median(runs.map((c) => c.sinceNavigation)));
    const parts = `${fmt(median(runs.map((c) => c.scriptStarted)))} / ${fmt(median(runs.map((c) => c.openMs)))} / ${fmt(median(runs.map((c) => c.searchMs)))}`;
    console.log(`| cold open, ${label}: navigation → results shown (median of ${runs.length}) | ${shown} ms | ≤ ${TARGETS.coldMs} |`);
    console.log(`| cold open, ${label}: navigation → script start / open db / first search + render | ${parts} ms | |`);
  }
  const slowest = [...r.first].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`\nSlowest queries: ${slowest.map((t) => `"${t.query.text}" ${fmt(t.ms)} ms (${t.hits} hits)`).join('; ')}`);
}

const benchStarted = performance.now();
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
console.log(`# Lede search bench: ${cpus().length} CPUs, load average ${load()} at start`);
const dir = await bundlePages();
const server = await servePages(dir);
try {
  for (const size of sizes) report(await runSize(server.origin, size));
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
console.log(`\nLoad average ${load()} at the end (other processes share the CPUs: figures are noisy).`);
log('done');
