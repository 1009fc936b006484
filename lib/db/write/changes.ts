// Every change to articles goes through here, inside one read-write transaction that also
// changes the search index: the index can never disagree with the articles. Changed articles
// wait in pendingDocs (searchable at once); mergeIfDue, after the transaction, folds them into
// the index pages when enough have gathered.
import { documentTerms, type SearchDocRow } from '../../search/document';
import { isMergeDue, mergeIfDue } from './search-merge';
import { articleDocument, highlightsByArticle, indexedState, writeSearchDocs } from './search-docs';
import { readSearchState, voidInRuns } from '../../search/state';
import { isQuotaError } from './quota';
import { isSameArticle, toRow, toSavedArticle, type MergePolicy } from '../records';
import type { LedeDb } from './schema';
import type { ArticleRow, DeletedArticle, ExportedArticle } from '../types';

/** Tables every write touches; pass to db.transaction('rw', ...). Highlights and the fetch
 * queue belong to their article: a delete takes them along. */
export function writeTables(db: LedeDb) {
  return [
    db.articles,
    db.articleHtml,
    db.docLengths,
    db.pendingDocs,
    db.meta,
    db.highlights,
    db.fetchQueue,
    db.images,
    db.imageQueue,
  ];
}

/** An article on its way in, with its search row computed before the transaction (CPU work
 * that would otherwise hold the database) and, for an undo, the id it had. */
export interface Incoming {
  article: ExportedArticle;
  search: Omit<SearchDocRow, 'id'>;
  id?: number;
}

export function incoming(article: ExportedArticle, id?: number): Incoming {
  const search = documentTerms(article.title.normalize('NFC'), article.text.normalize('NFC'));
  return { article, search, ...(id === undefined ? {} : { id }) };
}

/** One article of a batch after merging: its row, whether it is new, and its search row when
 * its title or text changed (and the index must follow). */
interface Pending {
  row: Omit<ArticleRow, 'id'> & { id?: number };
  html: string;
  isNew: boolean;
  search?: Omit<SearchDocRow, 'id'>;
}

/** Merges each input with the stored article it matches, or with an earlier input of the same
 * batch; returns the merged entries and, per input, the entry it ended in. */
function resolve(batch: readonly Incoming[], storedRows: readonly ArticleRow[], merge: MergePolicy) {
  const pending: Pending[] = [];
  const slots = batch.map(({ article, search, id }) => {
    const slot = pending.findIndex((entry) => isSameArticle(entry.row, article));
    const earlier = pending[slot];
    const stored = earlier ? undefined : storedRows.find((row) => isSameArticle(row, article));
    const base = earlier?.row ?? stored;
    const mergedArticle = base ? merge(base, article) : article;
    const merged = toRow(mergedArticle);
    const keptId = base?.id ?? id;
    const contentChanged = !base || merged.title !== base.title || merged.text !== base.text;
    const entry: Pending = {
      row: keptId === undefined ? merged : { ...merged, id: keptId },
      html: mergedArticle.html,
      isNew: earlier ? earlier.isNew : !stored,
      ...(contentChanged ? { search } : earlier?.search ? { search: earlier.search } : {}),
    };
    if (earlier) pending[slot] = entry;
    else pending.push(entry);
    return earlier ? slot : pending.length - 1;
  });
  return { pending, slots };
}

/** What upsertBatch did: one id per input, in input order; and whether the index needs a
 * merge step now (settleIndex). */
export interface UpsertResult {
  ids: number[];
  created: number;
  mergeDue: boolean;
}

/** Saves a batch inside the caller's transaction. */
export async function upsertBatch(
  db: LedeDb,
  batch: readonly Incoming[],
  merge: MergePolicy,
  /** The stored rows the batch's addresses find, when the caller looked them up already (an
   * import): not looked up twice. */
  known?: readonly ArticleRow[],
): Promise<UpsertResult> {
  const addresses = batch.flatMap(({ article }) =>
    article.canonicalUrl ? [article.url, article.canonicalUrl] : [article.url],
  );
  const storedRows = known ?? (await db.articles.where('addresses').anyOf(addresses).toArray());
  const { pending, slots } = resolve(batch, storedRows, merge);

  const withoutId = pending.filter((entry) => entry.row.id === undefined);
  const newIds = await db.articles.bulkAdd(
    withoutId.map((entry) => entry.row),
    { allKeys: true },
  );
  withoutId.forEach((entry, i) => (entry.row.id = newIds[i]));

  // Requests are sent together, not one after another: IndexedDB runs them in order anyway,
  // and each round trip to the browser's database process costs about a millisecond.
  const reindexed = pending.flatMap(({ row, search }) => (search ? [{ id: row.id!, ...search }] : []));
  // A new article has no length stored yet and, a link before its text is read, no HTML: no
  // request for either (an import of 10,000 links makes ~20,000 fewer).
  const created = new Set(pending.filter((entry) => entry.isNew).map((entry) => entry.row.id!));
  const stored = reindexed.filter((doc) => !created.has(doc.id));
  const [storedDocs, state, highlights] = await Promise.all([
    db.docLengths.bulkGet(stored.map((doc) => doc.id)),
    readSearchState(db.meta),
    highlightsByArticle(
      db,
      stored.map((doc) => doc.id),
    ),
    db.articles.bulkPut(pending.filter((entry) => !withoutId.includes(entry)).map((entry) => entry.row as ArticleRow)),
    db.articleHtml.bulkPut(
      pending
        .filter((entry) => !(entry.isNew && entry.html === ''))
        .map((entry) => ({ id: entry.row.id!, html: entry.html })),
    ),
  ]);
  // An article saved again keeps its highlights (a link imported with them, its text fetched
  // later, most of all): their words stay in its document.
  const rows = new Map(pending.map((entry) => [entry.row.id!, entry.row]));
  const docs = reindexed.map((doc) => {
    const marks = highlights.get(doc.id);
    return marks ? { id: doc.id, ...articleDocument(rows.get(doc.id)!, marks) } : doc;
  });
  const oldLength = new Map(storedDocs.flatMap((doc) => (doc ? [[doc.id, doc.length] as const] : [])));
  const nextState = indexedState(state, docs, oldLength);
  const pendingCount = await writeSearchDocs(db, docs, nextState);
  return {
    ids: slots.map((slot) => pending[slot]!.row.id!),
    created: pending.filter((entry) => entry.isNew).length,
    mergeDue: isMergeDue(nextState, pendingCount),
  };
}

/** Deletes articles, their search rows, highlights, kept pictures and place in the queues inside the
 * caller's transaction; returns them as they were (with their highlights, for an undo). Their
 * postings in the index pages stay until a merge, void from now on. */
export async function removeArticles(db: LedeDb, ids: readonly number[]): Promise<DeletedArticle[]> {
  const rows = (await db.articles.bulkGet([...ids])).filter((row): row is ArticleRow => row !== undefined);
  const rowIds = rows.map((row) => row.id);
  const [html, docs, state, highlights] = await Promise.all([
    db.articleHtml.bulkGet(rowIds),
    db.docLengths.bulkGet(rowIds),
    readSearchState(db.meta),
    db.highlights.where('articleId').anyOf(rowIds).toArray(),
  ]);
  await Promise.all([
    // kept pictures go with their article: deleting it frees their space (undo fetches them again)
    ...[db.articles, db.articleHtml, db.docLengths, db.pendingDocs, db.fetchQueue, db.imageQueue].map((table) =>
      table.bulkDelete(rowIds),
    ),
    db.images.where('articleId').anyOf(rowIds).delete(),
    db.highlights.bulkDelete(highlights.map((highlight) => highlight.id)),
  ]);
  await db.meta.put({
    ...state,
    generation: state.generation + 1,
    articleCount: state.articleCount - docs.filter(Boolean).length,
    totalLength: state.totalLength - docs.reduce((sum, doc) => sum + (doc?.length ?? 0), 0),
    runs: voidInRuns(state, rowIds),
  });
  return rows.map((row, i) => ({
    ...toSavedArticle(row, html[i]?.html),
    highlights: highlights
      .filter((highlight) => highlight.articleId === row.id)
      .map(({ id: _id, articleId: _articleId, ...kept }) => kept),
  }));
}

/** After a write: merges waiting articles into the index pages when due (`mergeDue`, when the
 * write's transaction found out). A full disk here loses nothing (waiting articles stay
 * searchable) and the next write tries again. */
export async function settleIndex(db: LedeDb, { mergeDue }: { mergeDue?: boolean } = {}): Promise<void> {
  try {
    await mergeIfDue(db, mergeDue === undefined ? {} : { due: mergeDue });
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
}
