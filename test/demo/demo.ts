// `npm run demo`: Lede working on a bundled demo article (the seed page rebuilt as HTML).
// Builds the extension, serves test/fixtures on 127.0.0.1 and launches Chromium with Lede.
// With a display: a browser window opens on the article; click the Lede icon.
// Without one (or with --headless): opens the real popup headless, saves a screenshot
// to .output/demo-popup.png and prints what the popup shows.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, launchWithExtension, openPopup, ROOT, serveFixtures } from '../e2e/harness';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error('Chromium not found. Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}

console.log('Building Lede…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEDE_E2E: '1' }, stdio: 'ignore' });
const server = await serveFixtures();
const lede = await launchWithExtension(chromiumPath, { headless });
const page = lede.context.pages()[0] ?? (await lede.context.newPage());
const articleUrl = `${server.origin}/seed-article.html`;
await page.goto(articleUrl);

if (headless) {
  const popup = await openPopup(lede, page);
  await popup.waitFor('.article__title, [role=alert]');
  const shot = join(ROOT, '.output/demo-popup.png');
  writeFileSync(shot, await popup.screenshot());
  console.log(`Popup on ${articleUrl}:`);
  console.log(`  title: ${await popup.text('.article__title')}`);
  console.log(`  site:  ${await popup.text('.article__site')}`);
  console.log(`  body:  ${((await popup.text('.article__body')) ?? '').slice(0, 160)}…`);
  console.log(`Screenshot: ${shot}`);
  await lede.close();
  await server.close();
} else {
  console.log(
    `Chromium is open on ${articleUrl}. Click the Lede icon in the toolbar (pin it from the puzzle menu). Close the window to stop.`,
  );
  lede.context.on('close', () => void server.close());
}
