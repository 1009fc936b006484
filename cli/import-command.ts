// `lede import --dry-run FILE`: reads an export of Pocket, Instapaper, Omnivore, Readwise Reader,
// Wallabag, a browser's bookmarks or Lede itself with the extension's own parsers
// (lib/import) and prints one JSON line per saved link, in file order:
// {"url","title","tags","state","starred","savedAt","highlights","hasContent"}. A file it refuses
// prints {"ok":false,"reason"} alone, with exit code 2. The CLI has no library to write to:
// the import itself happens in the extension's library page.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseImport, type ImportedItem } from '../lib/import';
import { parseArgs, UsageError } from './args';
import { parseHtml } from './parse-html';

/** What a refused file exits with, as a misused command does: nothing was read. */
export const REFUSED_EXIT_CODE = 2;

export async function importCommand(argv: string[], write: (line: string) => void): Promise<number> {
  const { switches, positional } = parseArgs(argv, [], ['dry-run']);
  if (!switches.has('dry-run')) throw new UsageError('the CLI only reads a file: give --dry-run');
  const [path, ...extra] = positional;
  if (!path || extra.length > 0) throw new UsageError('give one FILE');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parseImport(
    { name: basename(path), bytes },
    { now: new Date().toISOString(), parseHtml: (html) => parseHtml(html, 'about:blank') },
  );
  if (!parsed.ok) {
    write(JSON.stringify({ ok: false, reason: parsed.reason }));
    return REFUSED_EXIT_CODE;
  }
  for (const item of parsed.items) write(JSON.stringify(dryRunLine(item)));
  return 0;
}

/** An item as the dry run prints it: its fields in a fixed order, the content only said to be there. */
function dryRunLine(item: ImportedItem) {
  const { url, title, tags, state, starred, savedAt, highlights } = item;
  return { url, title, tags, state, starred, savedAt, highlights, hasContent: item.content !== undefined };
}
