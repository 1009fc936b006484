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
import { findChromium, launchWithExtension, openPopup, ROOT, serveFixtures } from '../e2e/harness';
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
const server = await serveFixtures(dir);
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

console.log(
  `\nLong tasks on the page's main thread, click → the popup's answer (target: none over ${LONG_TASK_TARGET_MS} ms).\n`,
);
console.log(
  '| family | size | longest task ms | tasks > 200 ms | click → answer ms | of which extracting | outcome | Readability alone ms |',
);
console.log('|---|---|---:|---:|---:|---:|---|---:|');
for (const { family, size, file } of pages) {
  const page = await lede.context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(500); // the page's own load tasks are over
  const popup = await openPopup(lede, page, { pollMs: 10 });
  const deadline = Date.now() + 120_000;
  let answeredAt: number | null = null;
  while (answeredAt === null && Date.now() < deadline) {
    answeredAt = await popup.evaluate<number | null>(
      `(() => { const m = performance.getEntriesByName('lede:extract-response')[0]; return m ? performance.timeOrigin + m.startTime : null; })()`,
    );
    if (answeredAt === null) await new Promise((done) => setTimeout(done, 20));
  }
  const outcome = await popup.evaluate<string>(
    `(() => { const m = performance.getEntriesByName('lede:extract-response')[0]; return m?.detail?.outcome ?? (m ? 'answered' : 'no answer in 120 s'); })()`,
  );
  const pipelineMs = await popup.evaluate<number | null>(
    `performance.getEntriesByName('lede:extract-response')[0]?.detail?.pipelineMs ?? null`,
  );
  await page.waitForTimeout(500); // observers are told after the task, when the thread is free
  const tasks = (await page.evaluate('window.__ledeLongTasks')) as Array<{ at: number; ms: number }>;
  const during = tasks.filter((t) => t.at + t.ms >= popup.clickedAt && t.at <= (answeredAt ?? Infinity));
  const longest = Math.max(0, ...during.map((t) => t.ms));
  const over = during.filter((t) => t.ms > LONG_TASK_TARGET_MS).length;
  await popup.close();
  let plain = '–';
  if (withReadability) {
    await page.addScriptTag({ content: readabilitySource });
    plain = String(
      Math.round(
        (await page.evaluate(`(() => {
          const started = performance.now();
          try { new Readability(document.cloneNode(true)).parse(); } catch { return -1; }
          return performance.now() - started;
        })()`)) as number,
      ),
    );
  }
  await page.close();
  console.log(
    `| ${family} | ${size} | ${longest.toFixed(0)} | ${over} | ${answeredAt ? (answeredAt - popup.clickedAt).toFixed(0) : '–'} | ${pipelineMs?.toFixed(0) ?? '–'} | ${outcome} | ${plain} |`,
  );
}
await lede.close();
await server.close();
