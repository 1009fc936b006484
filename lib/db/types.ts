import type { Article } from '../extract/types';

/** What saveArticle takes: the extractor's article, its summary, and the page's canonical link. */
export interface SaveInput extends Omit<Article, 'summary' | 'canonicalUrl'> {
  /** The summary, one sentence per entry: strings, or the extractor's summary lines (of which
   * the sentence text is kept). */
  summary: readonly (string | { text: string })[];
  /** The page's <link rel="canonical">, preferred over `url` to tell two saves apart. */
  canonicalUrl?: string | null;
}

/**
 * A saved article: everything the extractor read, to read it offline, plus the reader's own
 * marks. `url` and `canonicalUrl` are stored normalized (no fragment, no tracking parameters);
 * the summary is kept as its sentences.
 */
export interface SavedArticle extends Omit<Article, 'summary'> {
  id: number;
  summary: string[];
  tags: string[];
  /** Milliseconds since 1970 when first saved. */
  savedAt: number;
  /** Milliseconds since 1970 when marked read; null while unread. */
  readAt: number | null;
  /** Starred in the service it was imported from (Pocket favorites, Instapaper's Starred). */
  starred: boolean;
  /** How far the reader page was read; absent until it is opened there. */
  progress?: ReadingProgress;
}

/** Where the reader left an article: the share scrolled and the block at the top of the screen
 * (what the reader page returns to: a block stays put when the text size changes). */
export interface ReadingProgress {
  /** 0 at the top, 1 at the end. */
  fraction: number;
  /** Index of the article block at the top of the screen (lib/extract/dom/blocks.ts). */
  block: number;
  /** Milliseconds since 1970. */
  at: number;
}

/** A deleted article as deleteArticle returns it, for restoreArticle (undo): with its highlights. */
export interface DeletedArticle extends SavedArticle {
  highlights: Omit<HighlightRow, 'id' | 'articleId'>[];
}

/** An article as the library list shows it: everything but the HTML. */
export type ListedArticle = Omit<SavedArticle, 'html'>;

/** The articles table's row: the article without its HTML (kept apart in `articleHtml`, so
 * lists and search results do not read it), plus fields kept only for indexes. */
export interface ArticleRow extends ListedArticle {
  /** `url` and `canonicalUrl`: either finds the article (multiEntry index). */
  addresses: string[];
  /** 0 unread, 1 read: IndexedDB cannot index null, so readAt alone cannot list unread. */
  readState: 0 | 1;
}

/**
 * Why a write to the library did not happen, as a code the UI words in the reader's language
 * (WRITE_PROBLEM_MESSAGE_KEYS in lib/ui/messages-for-codes.ts). Nothing was changed either way.
 */
export const WRITE_PROBLEMS = [
  'quota', // the browser's storage is full: the write returns StorageFull
  'write-failed', // any other error: the write throws, and the caller that tells the reader uses this code
] as const;
export type WriteProblem = (typeof WRITE_PROBLEMS)[number];

/** A write that did not happen because the browser's storage is full. Nothing was changed. */
export interface StorageFull {
  ok: false;
  reason: Extract<WriteProblem, 'quota'>;
}

export type SaveResult = { ok: true; id: number; created: boolean } | StorageFull;
export type SaveManyResult = { ok: true; ids: number[]; created: number; updated: number } | StorageFull;
/** `found: false` when no article has that id. */
export type UpdateResult = { ok: true; found: boolean } | StorageFull;

export type ReadFilter = 'all' | 'unread' | 'read';
export interface ListOptions {
  filter?: ReadFilter;
  limit?: number;
  offset?: number;
}

/** A whole library as one JSON value: lossless, versioned, independent of local ids. */
export interface LibraryExport {
  format: 'lede-library';
  version: 1;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  articles: LibraryFileArticle[];
  /** The pictures kept offline, when the reader exported them too (older files have none). */
  pictures?: ExportedPicture[];
}

/** A picture kept offline, in a library file: its article's address, its own, and its bytes. */
export interface ExportedPicture {
  article: string;
  url: string;
  type: string;
  width: number;
  height: number;
  /** The bytes, base64. */
  data: string;
}
export type ExportedArticle = Omit<SavedArticle, 'id'>;

/** A highlight in a library file: all but its ids (the article it sits in says which article). */
export type ExportedHighlight = Omit<HighlightRow, 'id' | 'articleId'>;
/** An article in a library file, with its highlights (files from before Lede kept them have none;
 * an article without highlights is written without the field). */
export interface LibraryFileArticle extends ExportedArticle {
  highlights?: ExportedHighlight[];
}

export interface ImportProgress {
  done: number;
  total: number;
}
export interface ImportOptions {
  /** Called after each batch of articles is written (and once at the end). */
  onProgress?: (progress: ImportProgress) => void;
}

/** The colours a highlight can have; the first is the default. Stored by name: the reader
 * page's CSS gives each its shade (light and dark themes differ). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Where a highlight made in Lede sits, beside its text (W3C Web Annotation's TextQuoteSelector
 * with a position hint): the text just before and after it tells apart two places holding the
 * same words, and lets it attach again after the article was read again with other markup. */
export interface TextAnchor {
  /** Index of the article block (lib/extract/dom/blocks.ts) the highlight starts in. */
  block: number;
  /** Up to ANCHOR_CONTEXT characters of text before and after it (whitespace collapsed). */
  prefix: string;
  suffix: string;
}

/** A passage the reader marked, in Lede or in the service an article was imported from
 * (imported ones have no anchor and no colour: they are found by their text, in yellow). */
export interface HighlightRow {
  id: number;
  articleId: number;
  text: string;
  note?: string;
  color?: HighlightColor;
  anchor?: TextAnchor;
  /** Milliseconds since 1970. */
  createdAt: number;
}

/** Why an article in the fetch queue could not be read, as a code the library words. */
export const FETCH_FAILURES = [
  'not-found', // 404 or 410: the page is gone
  'refused', // 401 or 403: a login or a paywall
  'server-error', // 5xx, after every retry
  'timeout', // no complete answer in time, after every retry
  'network', // no connection to the site, after every retry
  'not-article', // the page was read but holds no article (a home page, a video)
  'not-html', // a PDF, an image, a file
] as const;
export type FetchFailure = (typeof FETCH_FAILURES)[number];

/** An article whose content is to be read: fetched from its address, or taken from the export it
 * came with (Omnivore and Wallabag carry the article's HTML). Once read it stays as `done`, without
 * the export's HTML, so the library can say "412 of 3,000", until the next links are queued. */
export interface FetchQueueRow {
  articleId: number;
  url: string;
  state: 'waiting' | 'failed' | 'done';
  /** Milliseconds since 1970: not tried before then (backoff, Retry-After). */
  due: number;
  attempts: number;
  reason?: FetchFailure;
  /** The article's HTML from the export, when it had it: no fetch needed. */
  content?: { html: string; byline?: string | null; publishedAt?: string | null; lang?: string | null };
}

/** A picture of a saved article, kept for offline reading (the reader's opt-in setting):
 * downscaled, as the reader sees it. Found by its article; deleted with it. */
export interface ImageRow {
  id: number;
  articleId: number;
  /** The picture's address in the article's HTML: what the reader swaps for this copy. */
  url: string;
  blob: Blob;
  width: number;
  height: number;
}

/** An article whose pictures are still to be kept offline. */
export interface ImageJobRow {
  articleId: number;
  /** Milliseconds since 1970 when it was asked for. */
  queuedAt: number;
}
