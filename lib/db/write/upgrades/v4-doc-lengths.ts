// Schema version 4 keeps, of every indexed article's search row, only its length. Versions 1-3
// stored each article's index keys and counts twice: in `searchDocs` for good and in
// `pendingDocs` until a merge. Merges rebuild pages from waiting rows and stored pages, never
// from `searchDocs`; saves and deletes only read the length there (for BM25's average length).
import type { Transaction } from 'dexie';
import type { DocLengthRow, SearchDocRow } from '../../../search/document';

export async function upgradeToDocLengths(transaction: Transaction): Promise<void> {
  const lengths: DocLengthRow[] = [];
  // a cursor, not toArray(): one old row (a few KB of keys) in memory at a time
  await transaction
    .table<SearchDocRow, number>('searchDocs')
    .each(({ id, length }) => void lengths.push({ id, length }));
  await transaction.table<DocLengthRow, number>('docLengths').bulkAdd(lengths);
}
