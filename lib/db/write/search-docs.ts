// An article's search document is its title, its text and its highlights' text and notes
// (lib/search/document.ts). Saves compute it from the article (changes.ts); whatever changes
// highlights indexes the article again here, inside its own transaction, so the index always
// holds the words of the highlights the article has: adding, changing or removing one (and
// undoing that), importing them, or restoring a deleted article with them.
import { documentTerms, type SearchDocRow } from '../../search/document';
import { readSearchState, type SearchStateRow } from '../../search/state';
import type { ArticleRow, HighlightRow } from '../types';
import type { SearchTables } from './search-tables';
import { isMergeDue } from './search-merge';

/** The tables indexing an article again reads and writes: the database's, or a schema upgrade's. */
export type SearchDocTables = Pick<SearchTables, 'articles' | 'highlights' | 'docLengths' | 'pendingDocs' | 'meta'>;

/** The same tables of the database, for db.transaction('rw', ...). */
export const searchDocTables = (db: SearchDocTables) => [
  db.articles,
  db.highlights,
  db.docLengths,
  db.pendingDocs,
  db.meta,
];

/** The search row of a stored article with these highlights (without its id). */
export function articleDocument(
  row: Pick<ArticleRow, 'title' | 'text'>,
  highlights: readonly HighlightRow[],
): Omit<SearchDocRow, 'id'> {
  return documentTerms(row.title.normalize('NFC'), row.text.normalize('NFC'), highlights);
}

/** The highlights of `articleIds`, by article (no request when there are none to look up). */
export async function highlightsByArticle(
  tables: Pick<SearchDocTables, 'highlights'>,
  articleIds: readonly number[],
): Promise<Map<number, HighlightRow[]>> {
  const byArticle = new Map<number, HighlightRow[]>();
  if (articleIds.length === 0) return byArticle;
  for (const row of await tables.highlights
    .where('articleId')
    .anyOf([...articleIds])
    .toArray()) {
    const list = byArticle.get(row.articleId);
    if (list) list.push(row);
    else byArticle.set(row.articleId, [row]);
  }
  return byArticle;
}

/** The state after (re)indexing `docs`: `oldLength` holds the length of those indexed before. */
export function indexedState(
  state: SearchStateRow,
  docs: readonly SearchDocRow[],
  oldLength: ReadonlyMap<number, number>,
): SearchStateRow {
  return {
    ...state,
    generation: state.generation + 1,
    articleCount: state.articleCount + docs.filter((doc) => !oldLength.has(doc.id)).length,
    totalLength: state.totalLength + docs.reduce((sum, doc) => sum + doc.length - (oldLength.get(doc.id) ?? 0), 0),
  };
}

/** Writes search rows (they wait in pendingDocs for a merge) and the state; returns how many
 * articles wait now. */
export async function writeSearchDocs(
  tables: Pick<SearchDocTables, 'docLengths' | 'pendingDocs' | 'meta'>,
  docs: readonly SearchDocRow[],
  nextState: SearchStateRow,
): Promise<number> {
  const [pendingCount] = await Promise.all([
    tables.pendingDocs.bulkPut([...docs]).then(() => tables.pendingDocs.count()),
    tables.docLengths.bulkPut(docs.map(({ id, length }) => ({ id, length }))),
    tables.meta.put(nextState),
  ]);
  return pendingCount;
}

/** Indexes saved articles again from their stored title, text and highlights, inside the
 * caller's transaction (articles no longer saved are left out); says whether the index needs a
 * merge step now (settleIndex, after the transaction). */
export async function reindexArticles(
  tables: SearchDocTables,
  articleIds: readonly number[],
): Promise<{ mergeDue: boolean }> {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return { mergeDue: false };
  const [rows, highlights, lengths, state] = await Promise.all([
    tables.articles.bulkGet(ids),
    highlightsByArticle(tables, ids),
    tables.docLengths.bulkGet(ids),
    readSearchState(tables.meta),
  ]);
  const docs = rows.flatMap((row) =>
    row ? [{ id: row.id, ...articleDocument(row, highlights.get(row.id) ?? []) }] : [],
  );
  const oldLength = new Map(lengths.flatMap((doc) => (doc ? [[doc.id, doc.length] as const] : [])));
  const nextState = indexedState(state, docs, oldLength);
  const pendingCount = await writeSearchDocs(tables, docs, nextState);
  return { mergeDue: isMergeDue(nextState, pendingCount) };
}
