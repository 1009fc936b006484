import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
// Each test starts `node --import tsx cli/lede.ts` (killed at this timeout): timed by hand with the other core busy, 7–19 s (median 8 s); 80 s ≈ 4× the slowest.
const SPAWN_TIMEOUT = 80_000;

async function lede(...args: string[]) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'cli/lede.ts', ...args], {
    cwd: ROOT,
    timeout: SPAWN_TIMEOUT,
  });
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Runs `lede ARGS` with `input` on stdin. */
function ledeWithInput(input: string, ...args: string[]): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'cli/lede.ts', ...args],
      { cwd: ROOT, timeout: SPAWN_TIMEOUT },
      (error, stdout) =>
        error
          ? reject(error)
          : resolve(
              stdout
                .trimEnd()
                .split('\n')
                .map((line) => JSON.parse(line) as Record<string, unknown>),
            ),
    );
    child.stdin!.end(input);
  });
}

describe('lede extract', () => {
  it(
    'prints one JSON line per page from a manifest, in order, and goes on after a bad page',
    async () => {
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
      expect(article).toMatchObject({
        url: 'https://thidua.example/a.html',
        siteName: 'Báo Thi đua Việt Nam',
        lang: 'vi',
      });
      expect(Object.keys(article!)).toEqual([
        'path',
        'url',
        'ok',
        'title',
        'byline',
        'siteName',
        'lang',
        'publishedTime',
        'excerpt',
        'text',
        'html',
        'summary',
        'ms',
        'degraded',
      ]);
      expect(article!.degraded).toEqual([]); // a page read as it should be skips no step
      const summary = article!.summary as string[];
      expect(summary.length).toBeGreaterThanOrEqual(1);
      for (const sentence of summary) expect(String(article!.text)).toContain(sentence);
      expect(lines[1]!.reason).toMatch(/cannot read file/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'reads files given on the command line with --url',
    async () => {
      const [line] = await lede(
        'extract',
        '--url',
        'https://thidua.example/a.html',
        join(FIXTURES, 'seed-article.html'),
      );
      expect(line).toMatchObject({ ok: true, url: 'https://thidua.example/a.html' });
      expect(String(line!.text)).toContain('Hội nghị diễn ra đến hết ngày 14-4.');
    },
    SPAWN_TIMEOUT,
  );
});

describe('lede summarize', () => {
  it(
    'answers each {"id","article"} line with {"id","summary"}, in order, and goes on after a bad line',
    async () => {
      const article = [
        'Sáng 14-4, tại thành phố Lào Cai, Ban Thi đua Khen thưởng Trung ương đã tổ chức hội nghị đẩy mạnh phong trào thi đua vì người nghèo.',
        'Hội nghị có sự tham gia của đại biểu các tỉnh, thành phố khu vực Bắc Trung Bộ, Đồng bằng sông Hồng và miền núi phía Bắc.',
        'Các phong trào giảm nghèo đã được cả nước thực hiện hiệu quả trong nhiều năm qua và được quốc tế đánh giá cao.',
        'Hội nghị diễn ra đến hết ngày 14-4.',
      ].join('\n');
      const input = [JSON.stringify({ id: 'a', article }), 'not json', JSON.stringify({ id: 'b', article: '' })].join(
        '\n',
      );
      const lines = await ledeWithInput(input, 'summarize');
      expect(lines.map((line) => line.id)).toEqual(['a', null, 'b']);
      const summary = lines[0]!.summary as string[];
      expect(summary.length).toBeGreaterThanOrEqual(1);
      for (const sentence of summary) expect(article).toContain(sentence);
      expect(lines[2]!.summary).toEqual([]);
    },
    SPAWN_TIMEOUT,
  );
});

describe('lede import --dry-run', () => {
  it('prints one line per saved link of an export, in file order, with its marks', async () => {
    const lines = await lede('import', '--dry-run', join(FIXTURES, 'import/wallabag/export.json'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines)
      expect(Object.keys(line)).toEqual([
        'url',
        'title',
        'tags',
        'state',
        'starred',
        'savedAt',
        'highlights',
        'hasContent',
      ]);
    expect(lines[0]).toMatchObject({ title: 'Giảm nghèo bền vững ở Tây Bắc', starred: true, hasContent: true });
    expect(lines[0]!.highlights).toContainEqual(expect.objectContaining({ note: 'Đối chiếu với báo cáo 2023.' }));
  });

  it('refuses a file it does not know with one line and exit code 2', async () => {
    const failure = await run(
      process.execPath,
      ['--import', 'tsx', 'cli/lede.ts', 'import', '--dry-run', join(FIXTURES, 'seed-article.html')],
      { cwd: ROOT, timeout: SPAWN_TIMEOUT },
    ).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failure && failure.code).toBe(2);
    expect(JSON.parse(failure.stdout.trim())).toEqual({ ok: false, reason: 'unknown-format' });
  });
});
