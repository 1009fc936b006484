// The pages the extraction benchmark reads: the dev corpus when ../shared is there, and
// our own fixtures always.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface BenchPage {
  name: string;
  path: string;
  url: string;
  /** Reviewed expectations, for fixtures that have them (test/fixtures/sites/*.expect.json). */
  expect?: { mustContain?: string[]; mustNotContain?: string[] };
}

const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus/vi-news');

/** Corpus pages with the URL each was saved from (from SOURCES.md). */
export function corpusPages(dir = CORPUS_DIR): BenchPage[] {
  if (!existsSync(dir)) return [];
  const sources = existsSync(join(dir, 'SOURCES.md')) ? readFileSync(join(dir, 'SOURCES.md'), 'utf8') : '';
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const row = sources.split('\n').find((line) => line.startsWith(`| ${file} |`));
      const url = row?.match(/https?:\/\/[^\s|]+/)?.[0] ?? `https://corpus.invalid/${file}`;
      return { name: `corpus/${file}`, path: join(dir, file), url };
    });
}

/** Our fixtures: test/fixtures/*.html and test/fixtures/sites/*.html with their expectations. */
export function fixturePages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const dir of [join(ROOT, 'test/fixtures'), join(ROOT, 'test/fixtures/sites')]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const expectPath = join(dir, file.replace(/\.html$/, '.expect.json'));
      const expect = existsSync(expectPath) ? JSON.parse(readFileSync(expectPath, 'utf8')) : undefined;
      pages.push({
        name: `fixtures/${basename(dir) === 'sites' ? 'sites/' : ''}${file}`,
        path: join(dir, file),
        url: expect?.url ?? `https://fixture.example/${file}`,
        expect,
      });
    }
  }
  return pages;
}
