// `npm run bench:import [-- --rows 10000] [--node]`: importing a Pocket export, from the picked zip's
// bytes to articles listed and found by their title (issue 14: "a 10,000-row Pocket export
// lists every row and finds it by title within 10 s, in bounded memory").
// The export is generated in memory, deterministically (seeded PRNG): Pocket's zip of CSV parts
// of 2,500 rows (`title,url,time_added,cursor,tags,status`) and annotations/part_000000.json;
// mixed Vietnamese and English news titles, some with commas and quotes (CSV-quoted), ~20%
// tagged, ~30% archived, ~5% highlighted, 1% repeated addresses (half of them with a tracking
// parameter), 0.5% rows whose address is not a web address.
// Measured: parseImport (bytes → items), importItems into a fresh library, then 50 searches
// for rows picked at random (a few consecutive words of the title that at most 5 titles hold,
// the number at its end left out; accents stripped from every other query) and whether the
// row's article is among the hits (the 20 the page shows), and how many articles are listed.
// By default this runs in Chromium (Debian's, or $CHROMIUM_PATH), in the real IndexedDB: the
// extension and its bench pages are built (search-extension.ts), the zip made here goes to a
// bench page as base64, and the page runs parseImport (DOMParser), importItems, listArticles
// and searchArticles, the extension's own code, on a database of its own in a fresh profile.
// Memory there: the page's JS heap (CDP) and the PSS of all Chromium's processes (see
// runInChromium).
// `--node` runs on fake-indexeddb in Node instead: the library's rows sit in the same heap
// (the browser keeps them on disk), and its speed is not the browser's. fake-indexeddb 6.2.8
// walks an index cursor from its range's start at every step, so the address lookups (Dexie's
// anyOf on `addresses`) of each batch grow with the library: the import figure is quadratic
// there, not in a browser.
// Figures only, no pass/fail: the target is printed beside them.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchWithExtension } from '../e2e/harness';
import { BENCH_PAGES, buildBenchExtension } from './search-extension';
import type { BenchApi, ImportRun } from './search-page/bench';
import { median, percentile } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROWS = Number(option('rows') ?? 10_000);
const NODE = args.includes('--node');
if (!Number.isInteger(ROWS) || ROWS < 100) throw new Error('--rows must be a whole number ≥ 100');
const SEED = 20_250_514;
const PART_ROWS = 2_500;
const SEARCHES = 50;
/** A query is a few words of a row's title that at most this many titles hold (20 hits shown). */
const QUERY_MATCHES = 5;
const TARGET_S = 10;
const SHARES = { tagged: 0.2, archived: 0.3, highlighted: 0.05, duplicate: 0.01, invalid: 0.005, punctuated: 0.06 };
const NOW = Date.UTC(2025, 4, 14);
const MB = 2 ** 20;

/** mulberry32: the same export on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = prng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (p: number) => random() < p;

const list = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
const VI = {
  subjects: list(`Giảm nghèo, Xuất khẩu gạo, Giá vàng, Học sinh vùng cao, Nông dân trồng lúa, Doanh nghiệp nhỏ,
    Thị trường bất động sản, Ngân hàng Nhà nước, Bệnh viện tuyến huyện, Giáo viên mầm non, Du lịch biển,
    Cà phê Tây Nguyên, Đường sắt cao tốc, Điện mặt trời, Chứng khoán, Giá xăng dầu, Ngư dân miền Trung,
    Người lao động, Sinh viên năm nhất, Hợp tác xã, Chợ nổi, Làng nghề gốm, Cầu vượt biển, Rừng ngập mặn`),
  predicates: list(`bền vững ở, tăng mạnh tại, gặp khó ở, đổi mới tại, phục hồi ở, chờ chính sách mới tại,
    vượt kỷ lục ở, chuyển mình ở, giảm sâu tại, thu hút đầu tư vào, lao đao vì hạn mặn ở, khởi sắc tại`),
  places: list(`Tây Bắc, Hà Nội, TP.HCM, Đà Nẵng, Cần Thơ, Huế, Quảng Ninh, Đồng bằng sông Cửu Long, Nghệ An,
    Lâm Đồng, Hải Phòng, Bình Định, Sơn La, Cà Mau, Gia Lai, Khánh Hòa`),
  tails: list(`năm nay, sau bão, trong quý ba, dịp cuối năm, mùa khô, trước Tết`),
  asides: ['chuyên gia nói', 'vì sao', 'người dân lo lắng', 'nhiều ý kiến trái chiều'],
  quotes: ['"Chưa bao giờ thấy"', '"Không thể chờ thêm"', '"Mọi thứ đã khác"'],
  highlights: list(`Mỗi huyện chọn một hoặc hai thôn bản tiêu biểu, nhân rộng mô hình chăn nuôi,
    giá lúa tăng gần gấp đôi so với năm trước, nhiều hộ dân đã thoát nghèo nhờ trồng cà phê,
    chính quyền địa phương cam kết hỗ trợ vốn vay ưu đãi`),
};
const EN = {
  subjects: list(`Rice farmers, Central bank, Electric buses, Coral reefs, Small businesses, Housing market,
    Rural schools, Solar power, Coffee growers, High-speed rail, Night markets, Fishing towns, Young voters,
    Public libraries, Flood defences, Street food vendors, Chip makers, Nurses, Wind farms, Bike lanes`),
  predicates: list(`struggle in, rebound in, face new rules in, expand across, quietly transform, bet on growth in,
    brace for drought in, reshape life in, hit a record in, fall behind in, win back trust in`),
  places: list(`the Mekong Delta, Hanoi, Northern Vietnam, Jakarta, Bangkok, rural Ohio, Lagos, the Alps,
    Manila, Southern Spain, Kerala, Patagonia, the Great Lakes, Taipei`),
  tails: list(`this year, after the storm, in the third quarter, before the election, for a decade`),
  asides: ['experts say', 'explained', 'a reporter’s notebook', 'what comes next'],
  quotes: ['"We had no choice"', '"It feels like a new start"', '"Nobody saw it coming"'],
  highlights: list(`the harvest came three weeks early, prices doubled within a single season,
    most of the money never reached the villages, the council voted to keep the line open,
    a quiet shift in how families spend`),
};
const TAGS = list(`xã hội, kinh tế, tech, long read, Tây Bắc, climate, đọc sau, politics, du lịch, food`);
const HOSTS = list(`vnexpress.net, tuoitre.vn, thanhnien.vn, dantri.com.vn, zingnews.vn, bbc.com, theguardian.com,
  nytimes.com, reuters.com, restofworld.org, apnews.com, vietnamnet.vn`);
const INVALID_URLS = ['', 'not a url', 'javascript:void(0)', 'ftp://files.example/report.pdf', 'www.no-scheme.vn/bai'];

interface Row {
  title: string;
  url: string;
  timeAdded: number;
  tags: string[];
  archived: boolean;
  highlights: string[];
  /** Which row's article this one is: itself, or the row whose address it repeats. */
  articleOf: number;
  invalid: boolean;
}

function title(i: number): string {
  const words = chance(0.5) ? VI : EN;
  let text = `${pick(words.subjects)} ${pick(words.predicates)} ${pick(words.places)}`;
  if (chance(0.4)) text += ` ${pick(words.tails)}`;
  text += ` ${1000 + ((i * 7919 + Math.floor(random() * 1000)) % 9000)}`;
  if (chance(SHARES.punctuated))
    text = chance(0.5) ? `${text}, ${pick(words.asides)}` : `${pick(words.quotes)}: ${text}`;
  return text;
}

const slugOf = (text: string) =>
  accentsStripped(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function generateRows(count: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const timeAdded = 1_600_000_000 + i * 2_600 + Math.floor(random() * 2_000);
    const tags = chance(SHARES.tagged)
      ? [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TAGS)))]
      : [];
    const archived = chance(SHARES.archived);
    if (i > 10 && chance(SHARES.invalid)) {
      rows.push({
        title: title(i),
        url: pick(INVALID_URLS),
        timeAdded,
        tags,
        archived,
        highlights: [],
        articleOf: -1,
        invalid: true,
      });
      continue;
    }
    if (i > 10 && chance(SHARES.duplicate)) {
      // the same link saved again: same address, or the address with a tracking parameter
      let j = Math.floor(random() * i);
      while (rows[j]!.invalid || rows[j]!.articleOf !== j) j = Math.floor(random() * i);
      const original = rows[j]!;
      const url = chance(0.5) ? original.url : `${original.url}?utm_source=pocket_saves`;
      rows.push({ ...original, url, timeAdded, tags, archived, highlights: [], articleOf: j });
      continue;
    }
    const text = title(i);
    const highlights = chance(SHARES.highlighted)
      ? Array.from(
          { length: 1 + Math.floor(random() * 3) },
          (_, k) => `${pick(text.match(/[À-ỹ]/) ? VI.highlights : EN.highlights)} (${k})`,
        )
      : [];
    const url = `https://${pick(HOSTS)}/${slugOf(text).slice(0, 60)}-${100_000 + i}.html`;
    rows.push({ title: text, url, timeAdded, tags, archived, highlights, articleOf: i, invalid: false });
  }
  return rows;
}

/** A CSV field as Pocket writes it: quoted when it holds a comma, a quote or a line end. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function pocketZip(rows: Row[]): { zip: Uint8Array; unpackedBytes: number } {
  const files: Zippable = {};
  let unpackedBytes = 0;
  const add = (path: string, text: string) => {
    const bytes = strToU8(text);
    unpackedBytes += bytes.byteLength;
    files[path] = bytes;
  };
  for (let from = 0, part = 0; from < rows.length; from += PART_ROWS, part++) {
    const lines = ['title,url,time_added,cursor,tags,status'];
    for (const row of rows.slice(from, from + PART_ROWS)) {
      const cursor = Math.floor(random() * 2 ** 48).toString(36);
      lines.push(
        [row.title, row.url, String(row.timeAdded), cursor, row.tags.join('|'), row.archived ? 'archive' : 'unread']
          .map(csvField)
          .join(','),
      );
    }
    add(`part_${String(part).padStart(6, '0')}.csv`, `${lines.join('\n')}\n`);
  }
  const annotations = rows
    .filter((row) => row.highlights.length)
    .map((row) => ({
      url: row.url,
      title: row.title,
      highlights: row.highlights.map((quote, k) => ({ quote, created_at: row.timeAdded + 3_600 * (k + 1) })),
    }));
  add('annotations/part_000000.json', JSON.stringify(annotations, null, 2));
  return { zip: zipSync(files), unpackedBytes };
}

function accentsStripped(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

const foldedWords = (text: string) =>
  accentsStripped(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Titles holding every word of `query` (its last word as a prefix, as the search reads it). */
function titlesMatching(query: string, titles: readonly string[][]): number {
  const words = foldedWords(query);
  const last = words.pop() ?? '';
  return titles.filter(
    (title) => words.every((word) => title.includes(word)) && title.some((word) => word.startsWith(last)),
  ).length;
}

/** A few consecutive words of a title, as a reader remembers it: the shortest run found (of a
 * few tried, the number at the title's end left out) that at most QUERY_MATCHES titles hold,
 * else the whole title. */
function queryFor(text: string, titles: readonly string[][]): { query: string; matching: number } {
  const words = text
    .replace(/[",:]/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !/^\d+$/.test(word));
  for (let length = 2; length <= Math.min(5, words.length); length++) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const start = Math.floor(random() * (words.length - length + 1));
      const query = words.slice(start, start + length).join(' ');
      const matching = titlesMatching(query, titles);
      if (matching <= QUERY_MATCHES) return { query, matching };
    }
  }
  return { query: text, matching: titlesMatching(text, titles) };
}

const benchStarted = performance.now();
const log = (message: string) =>
  process.stderr.write(`[${((performance.now() - benchStarted) / 1000).toFixed(1)}s] ${message}\n`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const mb = (bytes: number) => (bytes / MB).toFixed(0);

/** A title search: a few words of a row's title, and the address of the article it must find. */
interface Search {
  text: string;
  url: string;
  title: string;
  /** Titles holding the query's words. */
  matching: number;
}

/** What either mode measured: the page's import figures (search-page/bench.ts) and the rest. */
type Run = Omit<ImportRun, 'decodeMs' | 'heapPeak'> & {
  listMs: number;
  listed: number;
  stored: number;
  highlights: number;
  queued: number;
  searches: { ms: number; hits: number; found: boolean }[];
  /** Table rows on memory, as the mode sees it. */
  memory: [string, string][];
};

const chromiumPath = NODE ? null : findChromium();
if (!NODE && !chromiumPath) {
  console.log(
    'Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH; `npm run bench:import -- --node` runs on fake-indexeddb.',
  );
  process.exit(0);
}

console.log(`# Lede import bench: ${cpus().length} CPUs, load average ${load()} at start`);
console.log(
  NODE
    ? '\nOn fake-indexeddb in Node (`--node`: its rows in the same heap, its speed not the browser IndexedDB; without `--node` the bench runs in Chromium).'
    : "\nIn real Chromium IndexedDB: parse, import and search run in a page of the extension's origin (a database of its own, in a fresh profile).",
);

const rows = generateRows(ROWS);
const { zip, unpackedBytes } = pocketZip(rows);
const invalid = rows.filter((row) => row.invalid).length;
const duplicates = rows.filter((row, i) => !row.invalid && row.articleOf !== i).length;
const expectedListed = ROWS - invalid - duplicates;
const expectedHighlights = rows.reduce((sum, row) => sum + row.highlights.length, 0);
const valid = rows.filter((row, i) => !row.invalid && row.articleOf === i);
const titleWords = valid.map((row) => foldedWords(row.title));
const searches: Search[] = Array.from({ length: SEARCHES }, (_, k) => {
  const row = valid[Math.floor(random() * valid.length)]!;
  const picked = queryFor(row.title, titleWords);
  const text = k % 2 === 1 ? accentsStripped(picked.query) : picked.query;
  return { text, url: row.url, title: row.title, matching: picked.matching };
});
log(`export generated: ${ROWS} rows, zip ${(zip.byteLength / 1024).toFixed(0)} KB, ${SEARCHES} queries`);

const run = NODE ? await runInNode() : await runInChromium(chromiumPath!);
report(run);
console.log(`\nLoad average ${load()} at the end (other processes share the CPUs: figures are noisy).`);
log('done');

/** On fake-indexeddb, in this process. Memory: process.memoryUsage() heapUsed and rss sampled
 * every 50 ms, at each phase's end and at each import batch; parseImport is synchronous, so a
 * peak inside it is seen only as what it leaves behind. */
async function runInNode(): Promise<Run> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const { parseHtml } = await import('../../cli/parse-html');
  const { importItems, listArticles, openLedeDb } = await import('../../lib/db/write');
  const { parseImport } = await import('../../lib/import');
  const { searchArticles } = await import('../../lib/search');
  const peak = { heap: 0, rss: 0 };
  const sample = () => {
    const { heapUsed, rss } = process.memoryUsage();
    peak.heap = Math.max(peak.heap, heapUsed);
    peak.rss = Math.max(peak.rss, rss);
  };
  const startMemory = process.memoryUsage();
  const timer = setInterval(sample, 50);
  try {
    let started = performance.now();
    const parsed = parseImport(
      { name: 'pocket.zip', bytes: zip },
      { now: new Date(NOW).toISOString(), parseHtml: (html) => parseHtml(html, 'about:blank') },
    );
    const parseMs = performance.now() - started;
    sample();
    if (!parsed.ok) throw new Error(`parseImport refused the export: ${parsed.reason} ${parsed.detail ?? ''}`);
    log(`parsed: ${parsed.items.length} items, ${parsed.skipped} skipped, ${fmt(parseMs)} ms`);

    const db = await openLedeDb({ name: `lede-bench-import-${ROWS}`, indexedDB: new IDBFactory(), IDBKeyRange });
    started = performance.now();
    const batchMs: number[] = [];
    let batchEnd = started;
    const result = await importItems(db, parsed.items, {
      now: NOW,
      onProgress: ({ done, total }) => {
        batchMs.push(performance.now() - batchEnd);
        batchEnd = performance.now();
        sample();
        if (done % 2_500 === 0 || done === total) log(`imported ${done} / ${total}`);
      },
    });
    const importMs = performance.now() - started;
    const afterBatchesMs = performance.now() - batchEnd;
    sample();
    if (!result.ok) throw new Error('importItems: storage full');
    const { added, merged, skipped, queued } = result;

    started = performance.now();
    const listed = await listArticles(db, { limit: ROWS * 2 });
    const listMs = performance.now() - started;
    const listedIdByUrl = new Map(listed.map((article) => [article.url, article.id]));
    const timings: Run['searches'] = [];
    for (const search of searches) {
      const id = listedIdByUrl.get(search.url);
      started = performance.now();
      const hits = await searchArticles(db, search.text);
      const ms = performance.now() - started;
      timings.push({ ms, hits: hits.length, found: id !== undefined && hits.some((hit) => hit.id === id) });
    }
    sample();
    const run: Run = {
      parseMs,
      items: parsed.items.length,
      parseSkipped: parsed.skipped,
      importMs,
      counts: { added, merged, skipped, queued },
      batchMs,
      afterBatchesMs,
      listMs,
      listed: listed.length,
      stored: await db.articles.count(),
      highlights: await db.highlights.count(),
      queued: await db.fetchQueue.count(),
      searches: timings,
      memory: [
        [
          `peak heapUsed / RSS (at start ${mb(startMemory.heapUsed)} / ${mb(startMemory.rss)}; the library's rows are in this heap)`,
          `${mb(peak.heap)} / ${mb(peak.rss)} MB`,
        ],
      ],
    };
    db.close();
    return run;
  } finally {
    clearInterval(timer);
  }
}

/** PSS (else RSS) of Chromium's processes: the one started on `profile` and its descendants. */
function chromiumMemory(profile: string): number | null {
  if (!existsSync('/proc')) return null;
  const parents = new Map<number, number>();
  let root: number | undefined;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (root === undefined) {
        const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
        if (cmdline.includes(`--user-data-dir=${profile}`) && !cmdline.includes('--type=')) root = Number(name);
      }
    } catch {
      // the process ended meanwhile
    }
  }
  if (root === undefined) return null;
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents)
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      try {
        total += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        // the process ended meanwhile
      }
    }
  }
  return total;
}

/** In Chromium, with the extension and its bench pages loaded: the zip's bytes go to a bench
 * page (base64), which parses, imports into IndexedDB and searches with the extension's code.
 * Memory: the page's JS heap (CDP Runtime.getHeapUsage, every 50 ms and at each phase's end;
 * parseImport is synchronous, so a peak inside it is not seen), and the PSS of all Chromium's
 * processes (IndexedDB works in the browser process), every 250 ms. */
async function runInChromium(executablePath: string): Promise<Run> {
  let started = performance.now();
  const extensionDir = await buildBenchExtension();
  log(`extension and bench pages built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const profile = await mkdtemp(join(tmpdir(), 'lede-import-profile-'));
  try {
    const lede = await launchWithExtension(executablePath, { extensionDir, profileDir: profile });
    try {
      const page = await lede.context.newPage();
      page.on('pageerror', (error) => log(`page error: ${error.message}`));
      await page.goto(`chrome-extension://${lede.extensionId}/${BENCH_PAGES}/index.html`);
      await page.waitForFunction(() => 'bench' in globalThis);
      type BenchWindow = { bench: BenchApi };
      const cdp = await lede.context.newCDPSession(page);
      const heapUsed = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const peak = { heap: 0, processes: 0 };
      const heapAtStart = await heapUsed();
      const processesAtStart = chromiumMemory(profile);
      let sampling = false;
      const heapTimer = setInterval(() => {
        if (sampling) return;
        sampling = true;
        heapUsed()
          .then((used) => (peak.heap = Math.max(peak.heap, used)))
          .catch(() => undefined)
          .finally(() => (sampling = false));
      }, 50);
      const sampleProcesses = () => (peak.processes = Math.max(peak.processes, chromiumMemory(profile) ?? 0));
      const processTimer = setInterval(sampleProcesses, 250);
      const samplePhase = async () => {
        peak.heap = Math.max(peak.heap, await heapUsed());
        sampleProcesses();
      };
      try {
        const zipBase64 = Buffer.from(zip).toString('base64');
        started = performance.now();
        const imported = await page.evaluate(
          ([bytes, now]) => (globalThis as unknown as BenchWindow).bench.importPocket(bytes, now),
          [zipBase64, NOW] as const,
        );
        await samplePhase();
        log(
          `imported in the page: parse ${fmt(imported.parseMs)} ms, import ${fmt(imported.importMs)} ms (${((performance.now() - started) / 1000).toFixed(1)} s with the bytes' trip)`,
        );
        const listed = await page.evaluate(
          (limit) => (globalThis as unknown as BenchWindow).bench.listImported(limit),
          ROWS * 2,
        );
        const timings = await page.evaluate(
          (list) => (globalThis as unknown as BenchWindow).bench.importSearches(list),
          searches.map(({ text, url }) => ({ text, url })),
        );
        await samplePhase();
        const perfMemory = await page.evaluate(() => (globalThis as unknown as BenchWindow).bench.jsHeapUsed());
        await cdp.send('HeapProfiler.collectGarbage');
        const heapAfterGc = await heapUsed();
        return {
          parseMs: imported.parseMs,
          items: imported.items,
          parseSkipped: imported.parseSkipped,
          importMs: imported.importMs,
          counts: imported.counts,
          batchMs: imported.batchMs,
          afterBatchesMs: imported.afterBatchesMs,
          listMs: listed.listMs,
          listed: listed.listed,
          stored: listed.stored,
          highlights: listed.highlights,
          queued: listed.queued,
          searches: timings,
          memory: [
            [
              `page JS heap, peak / after GC at the end (at start ${mb(heapAtStart)}; the bytes passed as base64 ${((zipBase64.length * 2) / 1024).toFixed(0)} KB)`,
              `${mb(peak.heap)} / ${mb(heapAfterGc)} MB`,
            ],
            [
              'page JS heap, performance.memory at the end (coarse, cached for minutes without --enable-precise-memory-info)',
              perfMemory === null ? 'n/a' : `${mb(perfMemory)} MB`,
            ],
            [
              `Chromium, all processes: peak PSS (at start ${processesAtStart === null ? 'n/a' : mb(processesAtStart)})`,
              peak.processes ? `${mb(peak.processes)} MB` : 'n/a',
            ],
          ],
        };
      } finally {
        clearInterval(heapTimer);
        clearInterval(processTimer);
      }
    } finally {
      await lede.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  }
}

function report(r: Run): void {
  const totalS = (r.parseMs + r.importMs) / 1000;
  const searchMs = r.searches.map((t) => t.ms);
  const found = r.searches.filter((t) => t.found).length;
  const matching = searches.map((s) => s.matching);
  const { added, merged, skipped } = r.counts;
  console.log(
    `\n## ${ROWS.toLocaleString('en')} rows (Pocket zip, CSV parts of ${PART_ROWS.toLocaleString('en')} rows)\n`,
  );
  console.log('| measure | value | target |\n|---|---:|---:|');
  console.log(`| rows (invalid address / repeated address) | ${ROWS} (${invalid} / ${duplicates}) | |`);
  console.log(
    `| zip / unpacked | ${(zip.byteLength / 1024).toFixed(0)} KB / ${(unpackedBytes / 1024).toFixed(0)} KB | |`,
  );
  console.log(`| parseImport (bytes → ${r.items} items, ${r.parseSkipped} skipped) | ${fmt(r.parseMs)} ms | |`);
  console.log(`| importItems (${added} added, ${merged} merged, ${skipped} skipped) | ${fmt(r.importMs)} ms | |`);
  const quarter = Math.max(1, Math.floor(r.batchMs.length / 4));
  console.log(
    `| … ${r.batchMs.length} batches of 250: median of the first / last ${quarter}; after the last batch (index settled) | ${fmt(median(r.batchMs.slice(0, quarter)))} / ${fmt(median(r.batchMs.slice(-quarter)))} ms; ${fmt(r.afterBatchesMs)} ms | |`,
  );
  console.log(`| total to searchable (parse + import) | ${totalS.toFixed(2)} s | ≤ ${TARGET_S} s |`);
  console.log(
    `| listed (listArticles) / articles stored / expected | ${r.listed} / ${r.stored} / ${expectedListed} | all |`,
  );
  console.log(`| listArticles, all rows | ${fmt(r.listMs)} ms | |`);
  console.log(
    `| highlights stored / in export; fetch queue | ${r.highlights} / ${expectedHighlights}; ${r.queued} | |`,
  );
  console.log(
    `| found by title (in the 20 hits shown; ${median(matching)}–${Math.max(...matching)} titles hold each query's words) | ${found} / ${SEARCHES} | ${SEARCHES} / ${SEARCHES} |`,
  );
  console.log(
    `| search p50 / p95 (first: ${fmt(searchMs[0]!)}) | ${fmt(median(searchMs))} / ${fmt(percentile(searchMs, 95))} ms | |`,
  );
  for (const [measure, value] of r.memory) console.log(`| ${measure} | ${value} | |`);
  const misses = searches
    .map((search, k) => ({ search, timing: r.searches[k]! }))
    .filter(({ timing }) => !timing.found)
    .map(({ search, timing }) => `"${search.text}" (${timing.hits} hits) for "${search.title}"`);
  if (misses.length) console.log(`\nNot found: ${misses.slice(0, 5).join('; ')}`);
}
