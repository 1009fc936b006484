// `npm run bench:popup [-- --runs N]`: click → clean article visible in the REAL popup, in
// Chromium with Lede loaded, on the seed page, a ~200 KB page and a ~1 MB page; p50 and p95 over
// 20 runs each. The time runs from the openPopup() call (what a toolbar click does) to the
// moment the popup has painted the article's first screen (performance mark
// "lede:article-visible"), and to the whole article ("lede:article-complete"). An empty
// extension's popup is timed first on the same machine: Chromium's own cost of opening a popup,
// which no extension goes below; Lede's share is the rest. CLS: the layout shifts the popup
// reports until the whole article is in (the reader must never see the text jump).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchWithExtension, openPopup, ROOT, serveFixtures } from '../e2e/harness';
import { PROSE } from '../unit/helpers';
import { percentile } from './stats';
import { writeBaselineExtension } from './baseline-extension';

/** `--timeline`: also print when each of the popup's performance marks came (p50, ms after the click). */
const TIMELINE = process.argv.includes('--timeline');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20;
const chromiumPath = findChromium();
if (!chromiumPath) {
  console.log('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(0);
}

/** A news page of about `kilobytes`: a long article with pictures (most with their size written,
 * some without), menus, share bars, related lists, inline scripts and styles around it. */
function newsPage(options: { paragraphs: number; menuLinks: number; scriptKb: number; comments: number }): string {
  const noise = (n: number) =>
    `<div class="related"><h3>Tin liên quan</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/r${n}-${i}.html">Tin khác số ${n}-${i} về giao thông đô thị</a></li>`).join('')}</ul></div>`;
  const picture = (i: number) =>
    i % 40 === 20
      ? `<img src="/img/photo-${i}.svg" alt="">` // no size written: the page's loaded picture tells it
      : `<img src="/img/photo-${i}.svg" width="1200" height="800" alt="">`;
  const body = Array.from(
    { length: options.paragraphs },
    (_, i) =>
      `<p>${PROSE[i % PROSE.length]}</p>${i % 20 === 0 ? `<figure>${picture(i)}<figcaption>Ảnh số ${i}.</figcaption></figure>${noise(i)}` : ''}`,
  ).join('\n');
  const menu = `<nav>${Array.from({ length: options.menuLinks }, (_, i) => `<a href="/c${i}">Chuyên mục ${i}</a>`).join(' ')}</nav>`;
  const script = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: options.scriptKb * 10 }, (_, i) => ({ id: i, title: `Tin ${i} về kinh tế` })) })};</script>`;
  const comments = `<section class="comments"><h3>Bình luận</h3>${Array.from({ length: options.comments }, (_, i) => `<div class="comment"><b>Bạn đọc ${i}</b><p>${PROSE[(i * 7) % PROSE.length]}</p><a href="#">Thích</a> <a href="#">Trả lời</a></div>`).join('')}</section>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài dài - Báo Mẫu</title>${script}</head><body>${menu}<article><h1>Bài dài</h1>${body}</article>${comments}<footer>${menu}</footer></body></html>`;
}

/** A picture the pages show: 1200×800, a few hundred bytes. */
const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><rect width="1200" height="800" fill="#8ab"/><circle cx="600" cy="400" r="200" fill="#fd8"/></svg>`;

/** `--no-build`: measure the test build already in .output/e2e (to try a change to the built files). */
if (!process.argv.includes('--no-build')) console.log('Building Lede (test build)…');
if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEDE_E2E: '1' }, stdio: 'ignore' });
const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
const pages = {
  'big-article.html': newsPage({ paragraphs: 700, menuLinks: 400, scriptKb: 0, comments: 0 }),
  'huge-article.html': newsPage({ paragraphs: 2500, menuLinks: 1500, scriptKb: 150, comments: 300 }),
};
for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
mkdirSync(join(dir, 'img'));
for (let i = 0; i < 2500; i += 20) writeFileSync(join(dir, 'img', `photo-${i}.svg`), PHOTO);
writeFileSync(
  join(dir, 'seed-article.html'),
  (await import('node:fs')).readFileSync(join(ROOT, 'test/fixtures/seed-article.html')),
);
const server = await serveFixtures(dir);
const p50 = (values: number[]) => percentile(values, 50);
const p95 = (values: number[]) => percentile(values, 95);
const ms = (value: number) => value.toFixed(0);

// Baseline first: an extension whose popup does nothing but mark its first script line. What it
// measures is Chromium's own cost of opening a popup; Lede's share is what comes after it.
const baselineDir = writeBaselineExtension();
const baseline = await launchWithExtension(chromiumPath, { extensionDir: baselineDir });
const baselinePage = await baseline.context.newPage();
await baselinePage.goto(`${server.origin}/seed-article.html`);
const baselineTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const popup = await openPopup(baseline, baselinePage, { pollMs: 5 });
  baselineTimes.push((await waitForMark(popup, 'lede:popup-start')) - popup.clickedAt);
  await popup.close();
}
await baseline.close();
const floor = p50(baselineTimes);
console.log(
  `\nBaseline, an empty extension popup (Chromium alone): click → popup script p50 ${ms(floor)} ms, p95 ${ms(p95(baselineTimes))} ms over ${RUNS} runs.`,
);

const lede = await launchWithExtension(chromiumPath);
console.log(
  "\n| page | size | runs | first screen p50 ms | p95 | Lede's share p50 | full article p50 | CLS max | click→popup script | extraction round trip | of which reading in the popup | response→first screen |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
);
const timelines: string[] = [];
for (const name of ['seed-article.html', ...Object.keys(pages)]) {
  const bytes = name in pages ? Buffer.byteLength(pages[name as keyof typeof pages]) : 0;
  const phases = {
    first: [] as number[],
    full: [] as number[],
    cls: [] as number[],
    open: [] as number[],
    extract: [] as number[],
    pipeline: [] as number[],
    render: [] as number[],
  };
  const timeline: Record<string, number[]> = {};
  const page = await lede.context.newPage();
  await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
  for (let run = 0; run < RUNS; run++) {
    const popup = await openPopup(lede, page, { pollMs: 5 });
    const clicked = popup.clickedAt;
    const first = await waitForMark(popup, 'lede:article-visible');
    const full = await waitForMark(popup, 'lede:article-complete');
    const marks = await popup.evaluate<Record<string, number>>(
      `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, performance.timeOrigin + m.startTime]))`,
    );
    phases.first.push(first - clicked);
    phases.full.push(full - clicked);
    phases.cls.push(await layoutShift(popup));
    phases.open.push(marks['lede:popup-start']! - clicked);
    phases.extract.push(marks['lede:extract-response']! - marks['lede:extract-request']!);
    phases.pipeline.push(
      await popup.evaluate<number>(`performance.getEntriesByName('lede:extract-response')[0].detail.pipelineMs`),
    );
    phases.render.push(first - marks['lede:extract-response']!);
    for (const [mark, at] of Object.entries(marks)) (timeline[mark] ??= []).push(at - clicked);
    // the page's own copy of its nodes ends with a mark in the page's timeline (page-snapshot.ts)
    const copied = await page.evaluate(() => {
      const mark = performance.getEntriesByName('lede:snapshot').at(-1);
      performance.clearMarks('lede:snapshot');
      return mark ? performance.timeOrigin + mark.startTime : null;
    });
    if (copied !== null) (timeline['page copied'] ??= []).push(copied - clicked);
    await popup.close();
  }
  await page.close();
  const size = bytes ? `${Math.round(bytes / 1024)} KB` : 'seed';
  timelines.push(
    `${name}: ${Object.entries(timeline)
      .map(([mark, times]) => [mark.replace('lede:', ''), p50(times)] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([mark, at]) => `${mark} ${ms(at)}`)
      .join(' · ')}`,
  );
  console.log(
    `| ${name} | ${size} | ${RUNS} | ${ms(p50(phases.first))} | ${ms(p95(phases.first))} | ${ms(p50(phases.first) - floor)} | ${ms(p50(phases.full))} | ${Math.max(...phases.cls).toFixed(3)} | ${ms(p50(phases.open))} | ${ms(p50(phases.extract))} | ${ms(p50(phases.pipeline))} | ${ms(p50(phases.render))} |`,
  );
}
await lede.close();
await server.close();
if (TIMELINE) console.log(`\nWhen each mark came, p50 ms after the click:\n${timelines.join('\n')}`);

/** When the popup set performance mark `name` (epoch ms); waits for it, 20 s at most. */
async function waitForMark(popup: Awaited<ReturnType<typeof openPopup>>, name: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    const at = await popup.evaluate<number | null>(
      `(() => { const m = performance.getEntriesByName(${JSON.stringify(name)})[0]; return m ? performance.timeOrigin + m.startTime : null; })()`,
    );
    if (at !== null) return at;
    if (Date.now() - started > 20_000) throw new Error(`no ${name} after 20 s`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

/** The popup's cumulative layout shift so far (shifts not caused by input). */
async function layoutShift(popup: Awaited<ReturnType<typeof openPopup>>): Promise<number> {
  return popup.evaluate<number>(`new Promise((done) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done(total), 100);
  })`);
}
