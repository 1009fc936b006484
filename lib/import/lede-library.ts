// Lede's own library file (lib/db/write/library-file.ts) read as import items, so the CLI's
// dry run and the import page list it like any other export. The library page still imports it
// with importLibrary, which keeps every field (summary, text, read dates) losslessly.
import { LIBRARY_FORMAT } from '../db/write/library-file';
import { validateLibrary } from '../db/write/validate';
import { importedItem } from './fields';
import type { ParsedImport } from './types';

export function looksLikeLedeLibrary(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === LIBRARY_FORMAT;
}

export function readLedeLibrary(value: unknown): ParsedImport {
  const validated = validateLibrary(value);
  if (!validated.ok) return { ok: false, reason: 'malformed', detail: validated.problem.code };
  const items = validated.library.articles.map((article) =>
    importedItem({
      url: article.url,
      title: article.title,
      tags: article.tags,
      state: article.readAt === null ? 'unread' : 'archived',
      savedAt: new Date(article.savedAt).toISOString(),
      content: { html: article.html, byline: article.byline, publishedAt: article.publishedTime, lang: article.lang },
      highlights: (article.highlights ?? []).map(({ text, note, createdAt }) => ({
        text,
        ...(note ? { note } : {}),
        createdAt: new Date(createdAt).toISOString(),
      })),
    }),
  );
  if (!items.length) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'lede-library', items, skipped: 0 };
}
