// `npm run bench:popup`: click → clean article visible in the REAL popup, in Chromium with
// Lede loaded, for the seed page and a ~200 KB page; p50 and p95 over 20 runs each.
// The time runs from the openPopup() call (what a toolbar click does) to the moment the
// popup marks the article as shown (performance mark "lede:article-visible").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchWithExtension, openPopup, ROOT, serveFixtures } from '../e2e/harness';
import { PROSE } from '../unit/helpers';
import { percentile } from './stats';
import { writeBaselineExtension } from './baseline-extension';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20;
const chromiumPath = findChromium();
if (!chromiumPath) {
  console.log('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(0);
}

/** A ~200 KB news page: a long article with menus, share bars and related lists around it. */
function bigPage(): string {
  const noise = (n: number) =>
    `<div class="related"><h3>Tin liên quan</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/r${n}-${i}.html">Tin khác số ${n}-${i} về giao thông đô thị</a></li>`).join('')}</ul></div>`;
  const body = Array.from(
    { length: 700 },
    (_, i) =>
      `<p>${PROSE[i % PROSE.length]}</p>${i % 20 === 0 ? `<figure><img src="/img/big-${i}.jpg"><figcaption>Ảnh số ${i}.</figcaption></figure>${noise(i)}` : ''}`,
  ).join('\n');
  const menu = `<nav>${Array.from({ length: 400 }, (_, i) => `<a href="/c${i}">Chuyên mục ${i}</a>`).join(' ')}</nav>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài dài - Báo Mẫu</title></head><body>${menu}<article><h1>Bài dài</h1>${body}</article><footer>${menu}</footer></body></html>`;
}

console.log('Building Lede (test build)…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEDE_E2E: '1' }, stdio: 'ignore' });
const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
const big = bigPage();
writeFileSync(join(dir, 'big-article.html'), big);
writeFileSync(
  join(dir, 'seed-article.html'),
  (await import('node:fs')).readFileSync(join(ROOT, 'test/fixtures/seed-article.html')),
);
const server = await serveFixtures(dir);
const lede = await launchWithExtension(chromiumPath);

console.log(
  '\n| page | size | runs | p50 ms | p95 ms | p50 click→popup navigation | p50 click→popup script | p50 extraction round trip | p50 of which in-page pipeline | p50 response→shown |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
);
for (const [name, bytes] of [
  ['seed-article.html', 0],
  ['big-article.html', Buffer.byteLength(big)],
] as const) {
  const times: number[] = [];
  const phases = {
    pipeline: [] as number[],
    navigation: [] as number[],
    open: [] as number[],
    extract: [] as number[],
    render: [] as number[],
  };
  const page = await lede.context.newPage();
  await page.goto(`${server.origin}/${name}`);
  for (let run = 0; run < RUNS; run++) {
    const started = Date.now();
    const popup = await openPopup(lede, page, { pollMs: 5 });
    const clicked = popup.clickedAt;
    let shownAt: number | null = null;
    while (shownAt === null) {
      shownAt = await popup.evaluate<number | null>(
        `(() => { const m = performance.getEntriesByName('lede:article-visible')[0]; return m ? performance.timeOrigin + m.startTime : null; })()`,
      );
      if (shownAt === null) await new Promise((done) => setTimeout(done, 5));
      if (Date.now() - started > 20_000) throw new Error(`${name}: no article after 20 s`);
    }
    times.push(shownAt - clicked);
    const marks = await popup.evaluate<Record<string, number>>(
      `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, performance.timeOrigin + m.startTime]))`,
    );
    phases.open.push(marks['lede:popup-start']! - clicked);
    phases.navigation.push((await popup.evaluate<number>('performance.timeOrigin')) - clicked);
    phases.extract.push(marks['lede:extract-response']! - marks['lede:extract-request']!);
    phases.pipeline.push(
      await popup.evaluate<number>(`performance.getEntriesByName('lede:extract-response')[0].detail.pipelineMs`),
    );
    phases.render.push(shownAt - marks['lede:extract-response']!);
    await popup.close();
  }
  await page.close();
  const size = bytes ? `${Math.round(bytes / 1024)} KB` : 'seed';
  const p50 = (values: number[]) => percentile(values, 50).toFixed(0);
  console.log(
    `| ${name} | ${size} | ${RUNS} | ${p50(times)} | ${percentile(times, 95).toFixed(0)} | ${p50(phases.navigation)} | ${p50(phases.open)} | ${p50(phases.extract)} | ${p50(phases.pipeline)} | ${p50(phases.render)} |`,
  );
}
await lede.close();

// Baseline: the same click on an extension whose popup does nothing but mark its first
// script line. What it measures is Chromium's own cost of opening a popup, which no
// extension can go below; Lede's share of the figures above is what comes after it.
const baselineDir = writeBaselineExtension();
const baseline = await launchWithExtension(chromiumPath, { extensionDir: baselineDir });
const page = await baseline.context.newPage();
await page.goto(`${server.origin}/seed-article.html`);
const baselineTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const popup = await openPopup(baseline, page, { pollMs: 5 });
  let startedAt: number | null = null;
  while (startedAt === null) {
    startedAt = await popup.evaluate<number | null>(
      `(() => { const m = performance.getEntriesByName('lede:popup-start')[0]; return m ? performance.timeOrigin + m.startTime : null; })()`,
    );
    if (startedAt === null) await new Promise((done) => setTimeout(done, 5));
  }
  baselineTimes.push(startedAt - popup.clickedAt);
  await popup.close();
}
await baseline.close();
console.log(
  `\nBaseline, an empty extension popup (Chromium alone): click → popup script p50 ${percentile(baselineTimes, 50).toFixed(0)} ms, p95 ${percentile(baselineTimes, 95).toFixed(0)} ms over ${RUNS} runs.`,
);
await server.close();
