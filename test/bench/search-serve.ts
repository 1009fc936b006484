// Builds the benchmark pages (lib/db + lib/search bundled for the browser by Vite) into a temp
// directory and serves them from 127.0.0.1 on a free port. The HTML pages are the build's
// entries, as the extension's pages are in WXT's build: Vite links each page's shared chunks
// with <link rel="modulepreload">, so they load beside the page's script, not after it.
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';

const PAGE_DIR = join(import.meta.dirname, 'search-page');
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

/** Bundles index.html (bench.ts) and cold.html (cold.ts) into a fresh directory. */
export async function bundlePages(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'lede-search-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: PAGE_DIR,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rolldownOptions: {
        input: { index: join(PAGE_DIR, 'index.html'), cold: join(PAGE_DIR, 'cold.html') },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return outDir;
}

/** Serves `dir` on 127.0.0.1 only; resolves to the origin and a close function. */
export async function servePages(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    try {
      if (path.includes('..')) throw new Error('outside the page directory');
      const body = await readFile(join(dir, path || 'index.html'));
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
