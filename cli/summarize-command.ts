import { createInterface } from 'node:readline';
import { summarizeText } from '../lib/summarize';
import { parseArgs } from './args';

/**
 * `lede summarize`: reads JSON lines {"id","article"} on stdin (article: plain text, one
 * paragraph or sentence per line) and writes {"id","summary":[sentences]} per line, in
 * order. A line that is not such JSON gets {"id":null,"summary":[],"error":"…"}; the run goes on.
 */
export async function summarizeCommand(
  argv: string[],
  write: (line: string) => void,
  input: NodeJS.ReadableStream = process.stdin,
): Promise<void> {
  parseArgs(argv, []); // no options yet: anything given is misuse
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    write(JSON.stringify(summarizeLine(line)));
  }
}

export function summarizeLine(line: string): { id: unknown; summary: string[]; error?: string } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, summary: [], error: 'not JSON' };
  }
  const { id = null, article, lang } = (record ?? {}) as { id?: unknown; article?: unknown; lang?: unknown };
  if (typeof article !== 'string') return { id, summary: [], error: 'no "article" text' };
  return {
    id,
    summary: summarizeText(article, typeof lang === 'string' ? lang : null).map((sentence) => sentence.text),
  };
}
