import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

async function lede(...args: string[]) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'lib/cli/lede.ts', ...args], { cwd: ROOT });
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('lede extract', () => {
  it('prints one JSON line per page from a manifest, in order, and goes on after a bad page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    const manifest = join(dir, 'list.jsonl');
    const pages = [
      { path: join(FIXTURES, 'seed-article.html'), url: 'https://thidua.example/a.html' },
      { path: join(dir, 'missing.html'), url: 'https://thidua.example/b.html' },
      { path: join(FIXTURES, 'not-article.html'), url: 'https://mail.example/login' },
    ];
    writeFileSync(manifest, pages.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const lines = await lede('extract', '--manifest', manifest);
    expect(lines.map((l) => [l.path, l.ok])).toEqual([
      [pages[0]!.path, true],
      [pages[1]!.path, false],
      [pages[2]!.path, false],
    ]);
    const [article] = lines;
    expect(article).toMatchObject({ url: 'https://thidua.example/a.html', siteName: 'Báo Thi đua Việt Nam', lang: 'vi' });
    expect(Object.keys(article!)).toEqual(['path', 'url', 'ok', 'title', 'byline', 'siteName', 'lang', 'publishedTime', 'excerpt', 'text', 'html', 'ms']);
    expect(lines[1]!.reason).toMatch(/cannot read file/);
  });

  it('reads files given on the command line with --url', async () => {
    const [line] = await lede('extract', '--url', 'https://thidua.example/a.html', join(FIXTURES, 'seed-article.html'));
    expect(line).toMatchObject({ ok: true, url: 'https://thidua.example/a.html' });
    expect(String(line!.text)).toContain('Hội nghị diễn ra đến hết ngày 14-4.');
  });
});
