// `npm run bench:long-tasks`: does reading a hostile page freeze it, in real Chromium? For the
// largest page of each hostile family (hostile-pages.ts), the page is opened in Chromium with
// Lede loaded, a timer watching its main thread is installed before its first script,
// and the real popup is opened. From the click until the popup has its answer, every time that
// thread was busy over 50 ms is recorded (Lede's in-page reader runs on that thread). Prints per
// page: the longest task, how many went over 200 ms (the target is none), the click → answer
// time, the outcome, and plain Readability 0.6 run in the same page for reference (one task).
// Options: --only SUBSTRING (family names), --all-sizes, --no-readability.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, launchWithExtension, openPopup, ROOT, serveFixtures, type LedeBrowser } from '../e2e/harness';
import { writeBaselineExtension } from './baseline-extension';
import { seededRandom } from '../unit/helpers';
import { FAMILIES } from './hostile-pages';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const allSizes = args.includes('--all-sizes');
const withReadability = !args.includes('--no-readability');
const LONG_TASK_TARGET_MS = 200;

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.log('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(0);
}
if (!args.includes('--no-build')) {
  console.log('Building Lede (test build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEDE_E2E: '1' }, stdio: 'ignore' });
}
const readabilitySource = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

const dir = mkdtempSync(join(tmpdir(), 'lede-long-tasks-'));
const pages: Array<{ family: string; size: string; file: string }> = [];
for (const family of FAMILIES) {
  if (only && !family.name.includes(only)) continue;
  for (const size of allSizes ? family.sizes : family.sizes.slice(-1)) {
    const file = `${family.name.replace(/\W+/g, '-')}-${size}.html`;
    writeFileSync(join(dir, file), family.html(size, seededRandom(7919 + size)), 'latin1');
    pages.push({ family: family.name, size: `${size.toLocaleString('en')} ${family.unit}`, file });
  }
}
const server = await serveFixtures(dir, { missingPictures: 'pixel' });
const lede = await launchWithExtension(chromiumPath);

// The page's main thread, watched from inside: a timer every 5 ms notes each time it fired
// more than 50 ms late, i.e. the thread was busy (epoch ms of the start, and for how long).
// Chromium's long-task observer does not see tasks run for content scripts, so it is not used.
const OBSERVE = `(() => {
  window.__ledeLongTasks = [];
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > 55) window.__ledeLongTasks.push({ at: performance.timeOrigin + last, ms: now - last - 5 });
    last = now;
    setTimeout(tick, 5);
  };
  setTimeout(tick, 5);
})()`;

/** The page's busy stretches between `from` and `to` (epoch ms): the longest, and how many went over the target. */
async function busyStretches(page: Page, from: number, to: number) {
  await page.waitForTimeout(300); // the watching timer notes a stretch once the thread is free
  const tasks = (await page.evaluate('window.__ledeLongTasks')) as Array<{ at: number; ms: number }>;
  const during = tasks.filter((t) => t.at + t.ms >= from && t.at <= to);
  return {
    longest: Math.max(0, ...during.map((t) => t.ms)),
    over: during.filter((t) => t.ms > LONG_TASK_TARGET_MS).length,
  };
}

const openPage = async (browser: LedeBrowser, file: string) => {
  const page = await browser.context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(500); // the page's own load tasks are over
  return page;
};

interface Measure {
  family: string;
  size: string;
  file: string;
  longest: number;
  over: number;
  answerMs: number | null;
  pipelineMs: number | null;
  outcome: string;
  plain: string;
  controlLongest?: number;
  /** Lede's longest stretch on the page's thread: a slice of the page's copy (page-snapshot.ts). */
  snapshotSlice: number | null;
}
const measures: Measure[] = [];
for (const { family, size, file } of pages) {
  const page = await openPage(lede, file);
  const popup = await openPopup(lede, page, { pollMs: 10 });
  const deadline = Date.now() + 120_000;
  let answeredAt: number | null = null;
  while (answeredAt === null && Date.now() < deadline) {
    answeredAt = await popup.evaluate<number | null>(
      `(() => { const m = performance.getEntriesByName('lede:extract-response')[0]; return m ? performance.timeOrigin + m.startTime : null; })()`,
    );
    if (answeredAt === null) await new Promise((done) => setTimeout(done, 20));
  }
  const detail = await popup.evaluate<{ outcome?: string; pipelineMs?: number | null } | null>(
    `performance.getEntriesByName('lede:extract-response')[0]?.detail ?? null`,
  );
  const { longest, over } = await busyStretches(page, popup.clickedAt, answeredAt ?? Infinity);
  // the page and its content scripts share one performance timeline
  const snapshotSlice = (await page.evaluate(
    `performance.getEntriesByName('lede:snapshot').pop()?.detail?.longestSliceMs ?? null`,
  )) as number | null;
  await popup.close();
  let plain = '–';
  if (withReadability) {
    await page.addScriptTag({ content: readabilitySource });
    const ms = (await page.evaluate(`(() => {
      const started = performance.now();
      try { new Readability(document.cloneNode(true)).parse(); } catch { return -1; }
      return performance.now() - started;
    })()`)) as number;
    plain = ms < 0 ? 'threw' : ms.toFixed(0);
  }
  await page.close();
  measures.push({
    family,
    size,
    file,
    longest,
    over,
    answerMs: answeredAt ? answeredAt - popup.clickedAt : null,
    pipelineMs: detail?.pipelineMs ?? null,
    outcome: detail?.outcome ?? (answeredAt ? 'answered' : 'no answer in 120 s'),
    snapshotSlice,
    plain,
  });
  process.stderr.write(`${family} ${size}: longest ${longest.toFixed(0)} ms\n`);
}
await lede.close();

// The control: the same pages, a popup that reads nothing opened over them, watched as long as
// Lede took. What the page's thread does then (its own layout, painting a huge page again) is
// the page's, not Lede's.
const control = await launchWithExtension(chromiumPath, { extensionDir: writeBaselineExtension() });
for (const measure of measures) {
  const page = await openPage(control, measure.file);
  const popup = await openPopup(control, page, { pollMs: 10 });
  await page.waitForTimeout(measure.answerMs ?? 1000);
  measure.controlLongest = (await busyStretches(page, popup.clickedAt, Date.now())).longest;
  await popup.close();
  await page.close();
}
await control.close();
await server.close();

console.log(
  `\nThe page's main thread, click → the popup's answer: Lede's longest slice of work there (copying the page out); the thread's longest busy stretch and how many went over ${LONG_TASK_TARGET_MS} ms; the same page under a popup that reads nothing (control); plain Readability run in the page, for reference (one task).\n`,
);
console.log(
  '| family | size | Lede: longest slice on the page ms | longest busy ms | over 200 ms | control: longest busy ms | click → answer ms | of which reading | outcome | Readability alone in the page ms |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---|---:|');
for (const m of measures) {
  console.log(
    `| ${m.family} | ${m.size} | ${m.snapshotSlice?.toFixed(0) ?? '–'} | ${m.longest.toFixed(0)} | ${m.over} | ${m.controlLongest?.toFixed(0) ?? '–'} | ${m.answerMs?.toFixed(0) ?? '–'} | ${m.pipelineMs?.toFixed(0) ?? '–'} | ${m.outcome} | ${m.plain} |`,
  );
}
