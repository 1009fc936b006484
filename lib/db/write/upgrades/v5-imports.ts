// Schema version 5 makes Lede a home for imported libraries (issue 14): articles carry the star
// other services kept, highlights get a table of their own, and articles still to be read (a
// link without its text) wait in a queue that outlives the browser. Every article is kept.
import type { Transaction } from 'dexie';
import type { ArticleRow } from '../../types';

export async function upgradeToImports(transaction: Transaction): Promise<void> {
  await transaction
    .table<ArticleRow, number>('articles')
    .toCollection()
    .modify((row) => {
      row.starred ??= false;
    });
}
