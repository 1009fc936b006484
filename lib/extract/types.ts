/** What Lede extracted from one page: everything the popup and the library show. */
export interface Article {
  /** Address of the page the article was read from. */
  url: string;
  /** The page's own canonical address (<link rel="canonical">), absolute; null when it gives none. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language tag from the page, e.g. "vi" or "en-US"; null when the page does not say. */
  lang: string | null;
  /** Writing direction of the article text. */
  dir: 'ltr' | 'rtl';
  /** ISO 8601 publication time when the page states one. */
  publishedTime: string | null;
  excerpt: string | null;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  /** Sanitized article HTML, safe to render in an extension page. */
  html: string;
  wordCount: number;
  /** Minutes a reader of the article's language needs, at least 1. */
  readingMinutes: number;
  /** Absolute URL of the article's lead image, or null. */
  leadImage: string | null;
  /** The extractive summary: its sentences in text order, each with the index of its block in `text`'s paragraphs. */
  summary: SummaryLine[];
}

/** One summary sentence and the paragraph (block) it comes from. */
export interface SummaryLine {
  text: string;
  /** Index of the sentence's block among the article's text blocks (`text.split('\n\n')`). */
  block: number;
}

/**
 * Why Lede shows no article: a code, never a sentence. The UI says each in the reader's language
 * (FAILURE_MESSAGE_KEYS in lib/ui/messages-for-codes.ts).
 */
export const FAILURE_REASONS = [
  'restricted-page', // the browser forbids extensions here (chrome://, web store, PDF viewer)
  'not-article', // the page has no article-like content; "Show anyway" may force it
  'empty-page', // nothing readable at all
  'frames', // a <frameset> page: the article is in another document
  'extract-failed', // an unexpected error while reading the page
  'cancelled', // the reader stopped it (Cancel) before it was done
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export type ExtractOutcome =
  | {
      ok: true;
      article: Article;
      ms: number;
      /** Lede's steps skipped on this page (`phase.name`: they threw, or left no article), and
       * "rules" when Readability alone gave the article. Empty on a page read as it should be. */
      degraded: string[];
    }
  | { ok: false; reason: FailureReason; canForce: boolean };

export interface ExtractOptions {
  /** Address of the page; resolves relative links and images. */
  url: string;
  /** Extract even when the page does not look like an article ("Show anyway"). */
  force?: boolean;
  /** Compute the summary (default true); callers that only need the clean article skip it. */
  summary?: boolean;
  /** Time the extraction may take, in ms: a page too big to read within it is read from its
   * start, its end cut (prepare/copy-budget.ts). Default EXTRACTION_BUDGET_MS; Infinity reads all. */
  budgetMs?: number;
}
