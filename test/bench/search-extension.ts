// The search bench runs in Lede's own origin, on the database the extension's pages open: it
// builds the extension (`wxt build`), copies it to a temp directory and bundles its pages
// (lib/db + lib/search, for the browser, by Vite) into `bench/` inside that copy. The bench
// page fills the library through the real save code; the library page measured cold is the
// WXT-built `library.html` a reader opens.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../e2e/harness';

const PAGE_DIR = join(import.meta.dirname, 'search-page');
/** Where the bench's own pages sit inside the extension. */
export const BENCH_PAGES = 'bench';

/** Builds Lede and the bench pages into a fresh directory; returns the extension's path. */
export async function buildBenchExtension(): Promise<string> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const extensionDir = await mkdtemp(join(tmpdir(), 'lede-search-bench-'));
  await cp(join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root: PAGE_DIR,
    // relative links: the pages live in a folder of the extension, not at its root
    base: './',
    build: {
      outDir: join(extensionDir, BENCH_PAGES),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rolldownOptions: {
        input: {
          index: join(PAGE_DIR, 'index.html'),
          cold: join(PAGE_DIR, 'cold.html'),
          empty: join(PAGE_DIR, 'empty.html'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return extensionDir;
}
