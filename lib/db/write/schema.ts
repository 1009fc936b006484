// The one Lede database. Every schema change is a new entry in SCHEMA_HISTORY with an upgrade
// that keeps every saved article; entries are never edited once released.
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { DocLengthRow, SearchDocRow } from '../../search/document';
import type { KeyListRow } from '../../search/key-lists';
import type { PageRow } from '../../search/pages';
import type { MetaTable } from '../../search/state';
import { DEFAULT_DB_NAME } from '../schema-version';
import type { ArticleRow, FetchQueueRow, HighlightRow, ImageJobRow, ImageRow } from '../types';
import { upgradeToDocLengths } from './upgrades/v4-doc-lengths';
import { upgradeToRunPages } from './upgrades/v3-run-pages';
import { upgradeToImports } from './upgrades/v5-imports';
import { upgradeToSearchedHighlights } from './upgrades/v8-searched-highlights';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs of the tables this version adds or changes (others carry over; null deletes). */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

/** Indexes are only those some query uses: addresses (find by URL, merge), savedAt (newest
 * first), [readState+savedAt] (unread or read, newest first). Search tables are keyed for
 * their own reads: docLengths and pendingDocs by article id, runPages by [run id, first key]. */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: '++id, *addresses, savedAt',
      articleHtml: 'id',
      searchDocs: 'id',
      pendingDocs: 'id',
      pages: '[bucket+level+first]',
      meta: 'key',
    },
  },
  {
    // Lists unread or read articles through an index instead of filtering the whole library.
    version: 2,
    stores: { articles: '++id, *addresses, savedAt, [readState+savedAt]' },
    upgrade: (transaction) =>
      transaction
        .table<ArticleRow>('articles')
        .toCollection()
        .modify((row) => {
          row.readState = row.readAt === null || row.readAt === undefined ? 0 : 1;
        }),
  },
  {
    // Index pages keyed by a run id that is never reused ([run, first]), so a page never
    // changes once written and can be cached in memory; runs of several sizes per bucket, so
    // a save merges little. The pages of version 2 are moved, not rebuilt.
    version: 3,
    stores: { pages: null, runPages: '[run+first]' },
    upgrade: upgradeToRunPages,
  },
  {
    // An indexed article's length only, not its index keys a second time (they stay in
    // pendingDocs until merged, then in the pages): half the database, less to write per save.
    version: 4,
    stores: { docLengths: 'id', searchDocs: null },
    upgrade: upgradeToDocLengths,
  },
  {
    // Imports (issue 14): a star on articles (no index: nothing lists by it yet); highlights
    // found by their article; the fetch queue read by state, soonest due first (what to fetch
    // next, what failed), keyed by article so an article is queued once.
    version: 5,
    stores: { highlights: '++id, articleId', fetchQueue: 'articleId, [state+due]' },
    upgrade: upgradeToImports,
  },
  {
    // Pictures kept offline (issue 14, opt-in): found by their article; the articles whose
    // pictures are still to fetch, keyed by article so one is queued once.
    version: 6,
    stores: { images: '++id, articleId', imageQueue: 'articleId' },
    upgrade: async () => undefined, // new tables start empty: every saved article stays as it is
  },
  {
    // Highlights made in Lede (issue 15): the library's view of all highlights lists them
    // newest first, across articles. IndexedDB builds the index from the rows already there.
    version: 7,
    stores: { highlights: '++id, articleId, createdAt' },
    upgrade: async () => undefined, // highlights and articles stay as they are
  },
  {
    // Search finds the words of highlights and notes, and forgives a typo (issue 15): articles
    // with highlights are indexed again; each run's folded keys are listed apart from their
    // postings (runKeys, keyed [run id, first key] like runPages), for the typo lookup.
    version: 8,
    stores: { runKeys: '[run+first]' },
    upgrade: upgradeToSearchedHighlights,
  },
];

export { DEFAULT_DB_NAME };

export interface LedeDbOptions {
  /** Database name; tests and tools use their own. */
  name?: string;
  /** IndexedDB implementation (fake-indexeddb in Node); the browser's by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class LedeDb extends Dexie {
  declare articles: EntityTable<ArticleRow, 'id'>;
  declare articleHtml: Table<{ id: number; html: string }, number>;
  /** Weighted word count of every indexed article. */
  declare docLengths: Table<DocLengthRow, number>;
  /** Search rows of articles not yet merged into pages. */
  declare pendingDocs: Table<SearchDocRow, number>;
  declare runPages: Table<PageRow, [run: number, first: string]>;
  /** Each run's folded keys without postings, for the typo lookup. */
  declare runKeys: Table<KeyListRow, [run: number, first: string]>;
  declare meta: MetaTable;
  declare highlights: EntityTable<HighlightRow, 'id'>;
  declare fetchQueue: Table<FetchQueueRow, number>;
  declare images: EntityTable<ImageRow, 'id'>;
  declare imageQueue: Table<ImageJobRow, number>;
  /** The key range class of this database's IndexedDB, for reads made without Dexie. */
  readonly keyRange: typeof IDBKeyRange;

  constructor(options: LedeDbOptions = {}) {
    super(options.name ?? DEFAULT_DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  }
}

/** Opens (creating or upgrading) the database; fails early if it cannot be opened. */
export async function openLedeDb(options: LedeDbOptions = {}): Promise<LedeDb> {
  const db = new LedeDb(options);
  await db.open();
  return db;
}
