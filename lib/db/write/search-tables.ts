// The tables of the search index and what it indexes, by name and row type, apart from
// schema.ts: the code schema upgrades run (search-docs.ts, search-merge.ts) takes its tables
// from here, so that schema.ts → an upgrade → that code never leads back to schema.ts.
// LedeDb (schema.ts) declares the same tables; passing it where these are asked checks that.
import type { EntityTable, Table } from 'dexie';
import type { DocLengthRow, SearchDocRow } from '../../search/document';
import type { KeyListRow } from '../../search/key-lists';
import type { PageRow } from '../../search/pages';
import type { MetaTable } from '../../search/state';
import type { ArticleRow, HighlightRow } from '../types';

export interface SearchTables {
  articles: EntityTable<ArticleRow, 'id'>;
  highlights: EntityTable<HighlightRow, 'id'>;
  docLengths: Table<DocLengthRow, number>;
  pendingDocs: Table<SearchDocRow, number>;
  runPages: Table<PageRow, [run: number, first: string]>;
  runKeys: Table<KeyListRow, [run: number, first: string]>;
  meta: MetaTable;
}
