// `npm run screenshots`: the README's pictures of the popup, the library and the reader,
// taken in headless Chromium with Lede loaded, on the bundled demo article.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, launchWithExtension, openPopup, ROOT, serveFixtures } from '../e2e/harness';

const OUT = join(ROOT, 'test/demo/screenshots');
const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error('Chromium not found. Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LEDE_E2E: '1' }, stdio: 'ignore' });
mkdirSync(OUT, { recursive: true });
const server = await serveFixtures();
const lede = await launchWithExtension(chromiumPath);
try {
  const page = await lede.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${server.origin}/seed-article.html`);
  const popup = await openPopup(lede, page);
  await popup.waitFor('.savebar button:not([disabled])');
  await popup.clickButton('Save');
  await popup.waitFor('.savebar button[aria-pressed="true"]', { timeout: 20_000 });
  writeFileSync(join(OUT, 'popup.png'), await popup.screenshot());
  await popup.close();

  const library = await lede.context.newPage();
  await library.setViewportSize({ width: 900, height: 560 });
  await library.goto(`chrome-extension://${lede.extensionId}/library.html`);
  await library.getByRole('searchbox').fill('giam ngheo');
  await library.locator('mark').first().waitFor();
  await library.screenshot({ path: join(OUT, 'library.png') });

  await library.locator('.item__title').first().click();
  await library.locator('.article__title').waitFor();
  await library.screenshot({ path: join(OUT, 'reader.png') });
  console.log(`Screenshots in ${OUT}`);
} finally {
  await lede.close();
  await server.close();
}
