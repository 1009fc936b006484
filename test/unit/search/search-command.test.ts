import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/args';
import { searchCommand } from '../../../cli/search-command';

async function docsFile(lines: string[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'lede-search-')), 'docs.jsonl');
  await writeFile(path, lines.join('\n'));
  return path;
}

async function run(argv: string[]): Promise<unknown[]> {
  const lines: string[] = [];
  await searchCommand(argv, (line) => lines.push(line));
  return lines.map((line) => JSON.parse(line));
}

describe('lede search', () => {
  it('prints, per query, the ids of the best documents, best first', async () => {
    const docs = await docsFile([
      JSON.stringify({ id: 'vn-1', title: 'Giảm nghèo ở Hà Giang', text: 'Chương trình giảm nghèo bền vững.' }),
      JSON.stringify({ id: 'vn-2', title: 'Thời tiết', text: 'Hà Nội mưa to, giảm nhiệt.' }),
      '',
      JSON.stringify({ id: 'en-1', title: 'Poverty reduction', text: 'Hanoi cuts poverty.' }),
    ]);
    expect(await run(['--docs', docs, 'giam ngheo', 'Hà Nội', 'pover', 'zzz'])).toEqual([
      { query: 'giam ngheo', ids: ['vn-1', 'vn-2'] },
      { query: 'Hà Nội', ids: ['vn-2', 'vn-1'] },
      { query: 'pover', ids: ['en-1'] },
      { query: 'zzz', ids: [] },
    ]);
  });

  it('returns at most 20 ids', async () => {
    const docs = await docsFile(
      Array.from({ length: 30 }, (_, n) =>
        JSON.stringify({ id: `d${n}`, title: `Tin ${n}`, text: 'Bóng đá hôm nay.' }),
      ),
    );
    const [line] = (await run(['--docs', docs, 'bóng đá'])) as { ids: string[] }[];
    expect(line!.ids).toHaveLength(20);
  });

  it.each([
    [[], /--docs/],
    [['--docs', '/no/such/file.jsonl', 'x'], /cannot read/],
    [['--limit', '3'], /unknown option/],
  ])('treats %j as misuse', async (argv, message) => {
    await expect(searchCommand(argv, () => {})).rejects.toThrow(message);
    await expect(searchCommand(argv, () => {})).rejects.toBeInstanceOf(UsageError);
  });

  it('treats a missing query or a malformed docs line as misuse', async () => {
    const docs = await docsFile([JSON.stringify({ id: 'a', title: 't', text: 'x' }), '{"id": "b", "title": 1}']);
    await expect(searchCommand(['--docs', docs], () => {})).rejects.toThrow(/QUERY/);
    await expect(searchCommand(['--docs', docs, 'x'], () => {})).rejects.toThrow(
      /line 2 needs "id", "title" and "text"/,
    );
  });
});
