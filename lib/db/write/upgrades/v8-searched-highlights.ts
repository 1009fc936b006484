// Schema version 8 searches highlights and notes, and forgives typos (issue 15).
// - An article's search document now holds its highlights' text and notes (search/document.ts).
//   Only articles with highlights index differently, and Lede made none before version 7's
//   (imports brought highlights with notes since version 5): those are indexed again, and the
//   rows written straight into the pages (the waiting rows of a few thousand imported links
//   would otherwise be read whole by every search until the next save).
// - Every run gets its key list (search/key-lists.ts), listed from its pages one at a time.
// Unlike version 3's, this upgrade uses the live document and key-list code: it writes today's
// index, which a later upgrade changing either must rebuild anyway. Every article is kept.
import Dexie, { type Transaction } from 'dexie';
import { addKeyCountsOfPage, encodeKeyLists } from '../../../search/key-lists';
import type { PageRow } from '../../../search/pages';
import { readSearchState } from '../../../search/state';
import type { HighlightRow } from '../../types';
import { reindexArticles } from '../search-docs';
import { mergeStepWithin } from '../search-merge';
import type { SearchTables } from '../search-tables';

export async function upgradeToSearchedHighlights(transaction: Transaction): Promise<void> {
  const names = [
    'articles',
    'highlights',
    'docLengths',
    'pendingDocs',
    'meta',
    'runPages',
    'runKeys',
  ] as const satisfies (keyof SearchTables)[];
  const tables = Object.fromEntries(names.map((name) => [name, transaction.table(name)])) as unknown as SearchTables;
  await listRunKeys(tables);
  const highlighted = (await tables.highlights.orderBy('articleId').uniqueKeys()) as HighlightRow['articleId'][];
  if (highlighted.length === 0) return;
  await reindexArticles(tables, highlighted);
  await mergeStepWithin(tables, 1); // flushes the waiting rows
}

/** Writes the key list of every run that has none, from its pages (one in memory at a time). */
async function listRunKeys(tables: Pick<SearchTables, 'runPages' | 'runKeys' | 'meta'>): Promise<void> {
  const state = await readSearchState(tables.meta);
  if (state.runs.length === 0) return;
  const runs = [];
  for (const run of state.runs) {
    if (run.keyFirsts) {
      runs.push(run);
      continue;
    }
    const counts: [string, number][] = [];
    await tables.runPages
      .where('[run+first]')
      .between([run.id, Dexie.minKey], [run.id, Dexie.maxKey])
      .each((page: PageRow) => addKeyCountsOfPage(counts, page));
    const lists = encodeKeyLists(run.id, counts);
    await tables.runKeys.bulkAdd(lists);
    runs.push({ ...run, keyFirsts: lists.map((list) => list.first) });
  }
  await tables.meta.put({ ...state, runs });
}
