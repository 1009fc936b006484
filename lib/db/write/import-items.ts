// Writing another service's export into the library (issue 14). Every item becomes an article
// at once, searchable by its title: a link waits in the fetch queue for its text (or for the
// export's own HTML to be read, for Omnivore and Wallabag). An item already in the library adds
// its marks (tags, star, read, the earlier save date, highlights) and keeps Lede's copy.
// Written in batches, each its own transaction: a 10,000-row export never sits in one, and an
// interrupted import keeps what it wrote (importing the file again merges, never doubles).
import type { ImportedItem } from '../../import/types';
import { fromSaveInput, MERGE_POLICIES, normalizeTags } from '../records';
import type { ArticleRow, FetchQueueRow, HighlightRow, StorageFull } from '../types';
import { tryNormalizeUrl } from '../url';
import { bareArticle } from './bare-article';
import { incoming, settleIndex, upsertBatch, writeTables } from './changes';
import { reindexArticles } from './search-docs';
import { startNewRound } from './queue';
import { unlessStorageFull } from './quota';
import type { LedeDb } from './schema';

/** Items per transaction: large enough that a 10,000-row export takes seconds, small enough
 * that the library page's reads never wait long behind one. */
const IMPORT_BATCH = 250;

export interface ImportItemsOptions {
  /** Milliseconds since 1970: when the import runs (the read time of archived items). */
  now: number;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface ImportCounts {
  /** New articles. */
  added: number;
  /** Items that were already in the library (or twice in the file): their marks were added. */
  merged: number;
  /** Items without a web address Lede can keep. */
  skipped: number;
  /** Articles waiting for their text (in the fetch queue). */
  queued: number;
}

/** Imports items in file order; on a full disk, what was written before stays. */
export async function importItems(
  db: LedeDb,
  items: readonly ImportedItem[],
  options: ImportItemsOptions,
): Promise<({ ok: true } & ImportCounts) | (StorageFull & ImportCounts)> {
  const counts: ImportCounts = { added: 0, merged: 0, skipped: 0, queued: 0 };
  await startNewRound(db);
  const tables = [...writeTables(db), db.highlights, db.fetchQueue];
  for (let done = 0; done < items.length;) {
    const batch = items.slice(done, done + IMPORT_BATCH);
    const written = await unlessStorageFull(() =>
      db.transaction('rw', tables, async () => ({ ok: true as const, ...(await importBatch(db, batch, options.now)) })),
    );
    if (!written.ok) return { ...written, ...counts };
    for (const key of Object.keys(counts) as (keyof ImportCounts)[]) counts[key] += written[key];
    done += batch.length;
    options.onProgress?.({ done, total: items.length });
  }
  await settleIndex(db);
  return { ok: true, ...counts };
}

/** One item per address: later copies in the batch add their marks to the first. */
interface Entry {
  url: string;
  item: ImportedItem;
  copies: ImportedItem[];
}

async function importBatch(db: LedeDb, batch: readonly ImportedItem[], now: number): Promise<ImportCounts> {
  const byUrl = new Map<string, Entry>();
  let skipped = 0;
  for (const item of batch) {
    const url = tryNormalizeUrl(item.url);
    if (!url) skipped += 1;
    else if (byUrl.has(url)) byUrl.get(url)!.copies.push(item);
    else byUrl.set(url, { url, item, copies: [] });
  }
  const entries = [...byUrl.values()];
  const stored = new Map<string, ArticleRow>();
  for (const row of await db.articles
    .where('addresses')
    .anyOf([...byUrl.keys()])
    .toArray())
    for (const address of row.addresses) stored.set(address, row);

  const known = entries.filter((entry) => stored.has(entry.url));
  const fresh = entries.filter((entry) => !stored.has(entry.url));
  await db.articles.bulkPut(
    known.map((entry) => withMarks(stored.get(entry.url)!, [entry.item, ...entry.copies], now)),
  );
  // no stored row has a fresh entry's address (looked up above): upsertBatch need not look again
  const { ids } = await upsertBatch(
    db,
    fresh.map((entry) => incoming(newArticle(entry, now))),
    MERGE_POLICIES.combine,
    [],
  );
  const idOf = new Map([
    ...known.map((entry) => [entry, stored.get(entry.url)!.id] as const),
    ...fresh.map((entry, i) => [entry, ids[i]!] as const),
  ]);
  // imported highlights and notes are searchable at once, a link's before its text is read
  await reindexArticles(db, await addHighlights(db, entries, idOf));
  const queued = await queueUnread(
    db,
    entries.filter((entry) => !stored.get(entry.url)?.text),
    { idOf, fresh: new Set(fresh), now },
  );
  const merged = batch.length - skipped - fresh.length;
  return { added: fresh.length, merged, skipped, queued };
}

/** A stored article with the marks of the items that name it added. */
function withMarks(row: ArticleRow, items: readonly ImportedItem[], now: number): ArticleRow {
  const read = items.some((item) => item.state === 'archived');
  const savedAt = Math.min(row.savedAt, ...items.map((item) => savedTime(item, now)));
  const readAt = row.readAt ?? (read ? now : null);
  return {
    ...row,
    tags: normalizeTags([...row.tags, ...items.flatMap((item) => item.tags)]),
    starred: row.starred || items.some((item) => item.starred),
    savedAt,
    readAt,
    readState: readAt === null ? 0 : 1,
  };
}

/** A link's article before its text is read: its title searchable, its marks kept. */
function newArticle({ url, item, copies }: Entry, now: number) {
  const all = [item, ...copies];
  const saved = fromSaveInput(bareArticle({ url, title: item.title, siteName: hostOf(url) }), now);
  const read = all.some((copy) => copy.state === 'archived');
  return {
    ...saved,
    byline: item.content?.byline ?? null,
    lang: item.content?.lang ?? null,
    publishedTime: item.content?.publishedAt ?? null,
    tags: normalizeTags(all.flatMap((copy) => copy.tags)),
    starred: all.some((copy) => copy.starred),
    savedAt: Math.min(...all.map((copy) => savedTime(copy, now))),
    readAt: read ? now : null,
  };
}

/** Adds the highlights the library does not have yet (same text on the same article); returns
 * the ids of the articles that gained some. */
async function addHighlights(db: LedeDb, entries: readonly Entry[], idOf: Map<Entry, number>): Promise<number[]> {
  const marked = entries.filter((entry) => [entry.item, ...entry.copies].some((item) => item.highlights.length));
  if (!marked.length) return [];
  const ids = marked.map((entry) => idOf.get(entry)!);
  const have = new Set((await db.highlights.where('articleId').anyOf(ids).toArray()).map(highlightKey));
  const rows: Omit<HighlightRow, 'id'>[] = [];
  for (const entry of marked) {
    for (const highlight of [entry.item, ...entry.copies].flatMap((item) => item.highlights)) {
      const createdAt = highlight.createdAt ? Date.parse(highlight.createdAt) : NaN;
      const row = {
        articleId: idOf.get(entry)!,
        text: highlight.text,
        ...(highlight.note ? { note: highlight.note } : {}),
        createdAt: Number.isNaN(createdAt) ? 0 : createdAt,
      };
      if (have.has(highlightKey(row))) continue;
      have.add(highlightKey(row));
      rows.push(row);
    }
  }
  await db.highlights.bulkAdd(rows as HighlightRow[]);
  return [...new Set(rows.map((row) => row.articleId))];
}

const highlightKey = (row: Pick<HighlightRow, 'articleId' | 'text'>) => `${row.articleId}\u0000${row.text}`;

/** Queues the articles that have no text yet (not twice); returns how many are waiting now. */
async function queueUnread(
  db: LedeDb,
  entries: readonly Entry[],
  { idOf, fresh, now }: { idOf: Map<Entry, number>; fresh: ReadonlySet<Entry>; now: number },
) {
  const ids = entries.map((entry) => idOf.get(entry)!);
  // only a link that was in the library before can be queued already
  const before = await db.fetchQueue.bulkGet(ids.filter((_, i) => !fresh.has(entries[i]!)));
  const queuedBefore = new Map(before.flatMap((row) => (row ? [[row.articleId, row] as const] : [])));
  const rows: FetchQueueRow[] = entries.flatMap((entry, i) => {
    const content = [entry.item, ...entry.copies].find((item) => item.content)?.content;
    const already = queuedBefore.get(ids[i]!);
    // a link queued before keeps its place, and gains the export's HTML if it lacked it
    if (already) return content && !already.content ? [{ ...already, content, state: 'waiting' as const }] : [];
    return [
      {
        articleId: ids[i]!,
        url: entry.url,
        state: 'waiting' as const,
        due: now,
        attempts: 0,
        ...(content ? { content } : {}),
      },
    ];
  });
  await db.fetchQueue.bulkPut(rows);
  return entries.length;
}

function savedTime(item: ImportedItem, now: number): number {
  const time = Date.parse(item.savedAt);
  return Number.isNaN(time) ? now : time;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
