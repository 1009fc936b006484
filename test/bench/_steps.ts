import { findChromium, launchWithExtension, openPopup, ROOT, serveFixtures } from '../e2e/harness';
import { execFileSync } from 'node:child_process';
const dir = process.argv[2]!;
const name = process.argv[3]!;
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEDE_E2E: '1' }, stdio: 'ignore' });
const server = await serveFixtures(dir);
const lede = await launchWithExtension(findChromium()!);
const page = await lede.context.newPage();
await page.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
const all: Record<string, number[]> = {};
for (let run = 0; run < 8; run++) {
  const popup = await openPopup(lede, page, { pollMs: 5 });
  for (let i = 0; i < 400; i++) {
    if (await popup.evaluate(`!!performance.getEntriesByName('lede:article-complete')[0]`)) break;
    await new Promise((d) => setTimeout(d, 10));
  }
  const marks = await popup.evaluate<Record<string, number>>(
    `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))`,
  );
  for (const [k, v] of Object.entries(marks)) (all[k] ??= []).push(v);
  await popup.close();
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(
  Object.entries(all)
    .sort((a, b) => med(a[1]) - med(b[1]))
    .map(([k, v]) => `${k} ${med(v).toFixed(1)}`)
    .join('\n'),
);
await lede.close();
await server.close();
