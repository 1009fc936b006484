// Each extension page loads its own code only. The bundler puts a module shared by two pages'
// graphs wherever it likes, an entry chunk included; a page that then imports that chunk runs
// the other page's entry (it happened: a helper only the popup's app used landed in the app's
// chunk, the Save bar's chunk shared with the library imported it, and the library page ran the
// popup's start-up, drawing "Lede can't read this page" over the library). This reads the
// built pages (npm run test:e2e builds them first) and follows every static and dynamic import.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const IMPORTED = /(?:from\s*|import\s*\(\s*|import\s*)["'`]\.\/([\w.-]+\.js)["'`]|["'`]chunks\/([\w.-]+\.js)["'`]/g;

/** The chunks a chunk imports, statically or on demand. */
function importsOf(chunk: string): string[] {
  const code = readFileSync(join(EXTENSION_DIR, 'chunks', chunk), 'utf8');
  return [...code.matchAll(IMPORTED)].map((match) => (match[1] ?? match[2])!);
}

/** Every chunk `entry` can ever load. */
function closureOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const waiting = [entry];
  while (waiting.length) {
    const chunk = waiting.pop()!;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    waiting.push(...importsOf(chunk));
  }
  return seen;
}

describe('the built pages', () => {
  it('never load another page’s entry chunk', () => {
    expect(existsSync(EXTENSION_DIR), 'npm run test:e2e builds the extension first').toBe(true);
    const pages = readdirSync(EXTENSION_DIR).filter((name) => name.endsWith('.html'));
    const entries = new Map(
      pages.map((page) => {
        const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
        const entry = /<script type="module"[^>]*src="\/chunks\/([\w.-]+\.js)"/.exec(html)?.[1];
        return [page, entry!] as const;
      }),
    );
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['popup.html', 'library.html', 'reader.html']));
    for (const [page, entry] of entries) {
      expect(entry, `${page} has a module entry`).toBeTruthy();
      const loaded = closureOf(entry);
      const others = [...entries].filter(([other]) => other !== page).map(([, chunk]) => chunk);
      expect(
        others.filter((chunk) => loaded.has(chunk)),
        `${page} loads another page's entry`,
      ).toEqual([]);
    }
  });
});
