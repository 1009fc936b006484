import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../lib/extract';
import { parseHtml } from './parse-html';
import { parseArgs, UsageError } from './args';

/** One page to read: a file on disk and the URL it was saved from. */
export interface PageInput {
  path: string;
  url: string;
}

/** One output line of `lede extract`. */
export type ExtractLine =
  | ({ path: string; url: string; ok: true; ms: number } & Record<string, unknown>)
  | { path: string; url: string; ok: false; reason: string };

/** `lede extract --manifest LIST.jsonl` or `lede extract [--url URL] FILE...` */
export async function extractCommand(argv: string[], write: (line: string) => void): Promise<void> {
  const { flags, positional } = parseArgs(argv, ['manifest', 'url']);
  const manifest = flags.get('manifest');
  const inputs: PageInput[] = manifest
    ? parseManifest(await readFile(manifest, 'utf8'))
    : positional.map((path) => ({ path, url: flags.get('url') ?? pathToFileURL(path).href }));
  if (inputs.length === 0) throw new UsageError('give --manifest LIST.jsonl or at least one FILE');
  for (const input of inputs) write(JSON.stringify(await extractOne(input)));
}

/** Reads one page; every failure becomes an `ok:false` line with a reason, never an exception. */
export async function extractOne({ path, url }: PageInput): Promise<ExtractLine> {
  let html: string;
  try {
    html = await readFile(path, 'utf8');
  } catch (error) {
    return {
      path,
      url,
      ok: false,
      reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  try {
    const outcome = extractArticle(parseHtml(html, url), { url });
    if (!outcome.ok) return { path, url, ok: false, reason: outcome.reason };
    const { article, ms, degraded } = outcome;
    return {
      path,
      url,
      ok: true,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      lang: article.lang,
      publishedTime: article.publishedTime,
      excerpt: article.excerpt,
      text: article.text,
      html: article.html,
      summary: article.summary.map((line) => line.text),
      ms: Math.round(ms * 10) / 10,
      degraded,
    };
  } catch (error) {
    return { path, url, ok: false, reason: `extraction failed: ${(error as Error).message}` };
  }
}

/** Lines of `{"path","url"}`; blank lines are skipped, a malformed line is misuse. */
export function parseManifest(text: string): PageInput[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line)
    .map(({ line, number }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new UsageError(`manifest line ${number} is not JSON`);
      }
      const { path, url } = (value ?? {}) as Partial<PageInput>;
      if (typeof path !== 'string') throw new UsageError(`manifest line ${number} has no "path"`);
      return { path, url: typeof url === 'string' ? url : pathToFileURL(path).href };
    });
}
