// Omnivore's export: a zip of metadata_0_to_20.json, metadata_20_to_40.json… (20 items each),
// content/{slug}.html (the article as Omnivore read it) and highlights/{slug}.md; or, from
// tools that re-packed it, one JSON array of the same metadata. The service closed in 2024, so
// this format will not change again.
import { importedItem, isoFromDate, webAddress } from './fields';
import type { ImportContext, ImportedContent, ImportedHighlight, ImportedItem, ParsedImport, ZipEntry } from './types';
import { textOf } from './zip';

/** Omnivore's item states (its enum is upper case; some tools wrote "Archived"). Any other state
 * ("SUCCEEDED", "PROCESSING", "FAILED", "CONTENT_NOT_FETCHED") is a saved link still to read. */
const STATES: Record<string, ImportedItem['state']> = {
  archived: 'archived',
};

/** metadata_{from}_to_{to}.json, or metadata.json in the first exports, anywhere in the zip
 * (a reader who unzipped and re-zipped the export adds a folder above it). */
const METADATA = /(^|\/)metadata(?:_(\d+)_to_\d+)?\.json$/;

type Row = Record<string, unknown>;
type Files = { content: (slug: string) => string | null; highlights: (slug: string) => string | null };

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Omnivore's metadata: an array whose objects carry a slug and Omnivore's savedAt or labels. */
export function looksLikeOmnivoreJson(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const first: unknown = value[0];
  return isRow(first) && 'slug' in first && 'url' in first && ('savedAt' in first || 'labels' in first);
}

export function looksLikeOmnivore(entries: ZipEntry[]): boolean {
  return entries.some((entry) => METADATA.test(entry.path));
}

export function readOmnivoreJson(source: string, ctx: ImportContext): ParsedImport {
  const rows = parseJson(source);
  if (rows === undefined) return { ok: false, reason: 'malformed' };
  if (!Array.isArray(rows) || (rows.length > 0 && !looksLikeOmnivoreJson(rows))) {
    return { ok: false, reason: 'unknown-format' };
  }
  return toImport(rows, ctx, { content: () => null, highlights: () => null });
}

export function readOmnivore(entries: ZipEntry[], ctx: ImportContext): ParsedImport {
  const pages = entries
    .map((entry) => ({ entry, match: METADATA.exec(entry.path) }))
    .filter((page) => page.match !== null)
    // in the export's order: metadata_100_to_120 comes after metadata_20_to_40
    .sort((a, b) => Number(a.match?.[2] ?? 0) - Number(b.match?.[2] ?? 0));
  if (pages.length === 0) return { ok: false, reason: 'unknown-format' };
  const rows: unknown[] = [];
  for (const { entry } of pages) {
    const page = parseJson(textOf(entry));
    if (!Array.isArray(page)) return { ok: false, reason: 'malformed', detail: entry.path };
    for (const row of page as unknown[]) rows.push(row);
  }
  // content/ and highlights/ sit beside the metadata files
  const first = pages[0]?.match;
  const root = first ? first.input.slice(0, first.index + (first[1] ?? '').length) : '';
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  const read = (path: string) => {
    const entry = byPath.get(root + path);
    return entry ? textOf(entry) : null;
  };
  return toImport(rows, ctx, {
    content: (slug) => read(`content/${slug}.html`),
    highlights: (slug) => read(`highlights/${slug}.md`),
  });
}

function toImport(rows: unknown[], ctx: ImportContext, files: Files): ParsedImport {
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const row of rows) {
    const item = isRow(row) ? toItem(row, ctx, files) : null;
    if (item) items.push(item);
    else skipped += 1;
  }
  if (items.length === 0) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'omnivore', items, skipped };
}

function toItem(row: Row, ctx: ImportContext, files: Files): ImportedItem | null {
  const url = webAddress(text(row.url));
  if (!url) return null;
  const slug = text(row.slug);
  const html = slug ? files.content(slug) : null;
  const notes = slug ? files.highlights(slug) : null;
  return importedItem({
    url,
    title: text(row.title),
    tags: labelNames(row.labels),
    state: STATES[text(row.state).toLowerCase()] ?? 'unread',
    savedAt: isoFromDate(text(row.savedAt)) ?? ctx.now,
    highlights: notes ? highlightsOf(notes) : [],
    ...(html?.trim() ? { content: contentOf(html, row) } : {}),
  });
}

/** Labels as names (newer exports) or as {name, color} (older ones). */
function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((label: unknown) => (isRow(label) ? text(label.name) : text(label)));
}

function contentOf(html: string, row: Row): ImportedContent {
  // Omnivore's readable HTML has no <html>; a lang, when kept, sits on its first element
  const lang = /^\s*<[a-z][^>]*\slang=["']?([\w-]+)/i.exec(html)?.[1] ?? null;
  return { html, byline: text(row.author).trim() || null, publishedAt: isoFromDate(text(row.publishedAt)), lang };
}

/** Omnivore writes each highlight as "> quote" (only the quote's blank lines get a "> ": its
 * other lines are bare), then optionally its labels ("#a #b") and its note, each after a blank
 * line; highlights are separated by blank lines. So: a block opening with ">" starts a highlight,
 * and the blocks after it, up to the next one, are its note. */
export function highlightsOf(markdown: string): ImportedHighlight[] {
  const highlights: ImportedHighlight[] = [];
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  let notes: string[] = [];
  const close = () => {
    const last = highlights[highlights.length - 1];
    if (last && notes.length) last.note = notes.join('\n\n');
    notes = [];
  };
  for (const block of blocks.map((b) => b.trim()).filter(Boolean)) {
    if (block.startsWith('>')) {
      close();
      const quote = block
        .split('\n')
        .map((line) => line.replace(/^>[ \t]?/, ''))
        .join('\n')
        .trim();
      if (quote) highlights.push({ text: quote });
      continue;
    }
    // labels right after the quote are the highlight's, not part of its note
    const isLabels = notes.length === 0 && /^#\S+(\s+#\S+)*$/.test(block);
    // a note before any quote is a note on the whole page: nowhere to keep it as a highlight
    if (!isLabels && highlights.length > 0) notes.push(block);
  }
  close();
  return highlights;
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}
