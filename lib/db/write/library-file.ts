// The library as one JSON file: exported whole, imported all or nothing. An import validates
// every article before it writes anything, then merges by address in one transaction.
import { MERGE_POLICIES, toSavedArticle } from '../records';
import { unlessStorageFull } from './quota';
import type { LedeDb } from './schema';
import type { ImportOptions, LibraryExport, LibraryFileArticle, StorageFull } from '../types';
import { validateLibrary, type ImportProblem } from './validate';
import { incoming, settleIndex, upsertBatch, writeTables } from './changes';
import { reindexArticles } from './search-docs';
import { exportPictures, importPictures } from './library-pictures';
import { highlightsByArticle, importHighlights, type ImportedArticleHighlights } from './library-highlights';

export const LIBRARY_FORMAT = 'lede-library';
export const LIBRARY_VERSION = 1;
/** Articles per write (and per progress report) within the one import transaction. */
const IMPORT_BATCH_SIZE = 100;

/** The whole library as one file, each article with its highlights; with the pictures kept
 * offline when `pictures` (the reader's choice). */
export async function exportLibrary(db: LedeDb, options: { pictures?: boolean } = {}): Promise<LibraryExport> {
  const [rows, htmlRows, highlightRows] = await db.transaction('r', [db.articles, db.articleHtml, db.highlights], () =>
    Promise.all([db.articles.orderBy('savedAt').toArray(), db.articleHtml.toArray(), db.highlights.toArray()]),
  );
  const htmlById = new Map(htmlRows.map(({ id, html }) => [id, html]));
  const highlights = highlightsByArticle(highlightRows);
  const articles: LibraryFileArticle[] = rows.map((row) => {
    const { id: _id, ...article } = toSavedArticle(row, htmlById.get(row.id));
    const own = highlights.get(row.id);
    return own ? { ...article, highlights: own } : article;
  });
  const file: LibraryExport = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exportedAt: new Date().toISOString(),
    articles,
  };
  if (options.pictures) file.pictures = await exportPictures(db, new Map(rows.map((row) => [row.id, row.url])));
  return file;
}

/** An import: how many articles it added and updated, or why it changed nothing. */
export type ImportResult =
  { ok: true; added: number; updated: number } | { ok: false; reason: 'invalid'; problem: ImportProblem } | StorageFull;

/**
 * Imports a library file: its text, or the value JSON.parse made of it. A file that is not
 * JSON, cut short, from another program or with any malformed article is rejected with a
 * problem code (and where the problem is), and nothing is changed.
 */
export async function importLibrary(db: LedeDb, data: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const validated = validateLibrary(data);
  if (!validated.ok) return { ok: false, reason: 'invalid', problem: validated.problem };
  const { articles } = validated.library;
  const total = articles.length;
  const result = await unlessStorageFull(() =>
    db.transaction('rw', writeTables(db), async () => {
      let added = 0;
      const touched = new Set<number>();
      const idOfArticle = new Map<string, number>();
      const marked: ImportedArticleHighlights[] = [];
      for (let done = 0; done < total;) {
        const fileArticles = articles.slice(done, done + IMPORT_BATCH_SIZE);
        // Terms are computed batch by batch: all at once would hold every article's index in memory.
        // Highlights have a table of their own: they are not part of the article's row.
        const batch = fileArticles.map(({ highlights: _highlights, ...article }) => incoming(article));
        const { ids, created } = await upsertBatch(db, batch, MERGE_POLICIES.combine);
        added += created;
        for (const id of ids) touched.add(id);
        ids.forEach((id, i) => idOfArticle.set(batch[i]!.article.url, id));
        fileArticles.forEach(({ highlights }, i) => highlights && marked.push({ articleId: ids[i]!, highlights }));
        done += batch.length;
        options.onProgress?.({ done, total });
      }
      if (total === 0) options.onProgress?.({ done: 0, total: 0 });
      await importHighlights(db, marked);
      // their words join their articles' search documents (search-docs.ts)
      await reindexArticles(
        db,
        marked.filter((entry) => entry.highlights.length > 0).map((entry) => entry.articleId),
      );
      const { pictures } = validated.library;
      if (Array.isArray(pictures)) await importPictures(db, pictures, idOfArticle);
      return { ok: true as const, added, updated: touched.size - added };
    }),
  );
  if (result.ok) await settleIndex(db);
  return result;
}
