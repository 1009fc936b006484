// Reading an article out of HTML that is not on screen: a page Lede fetched for a saved link, or
// the article an export carried (Omnivore, Wallabag). Same pipeline, budgets and slices as the
// popup (lib/extract readArticle); the document is parsed inert (nothing in it runs or loads).
import { readArticle } from '../extract';
import type { HtmlSanitizer } from '../extract/sanitize';
import type { ExtractOutcome } from '../extract/types';
import type { HtmlParser } from '../import/types';

export interface HtmlReading {
  parseHtml: HtmlParser;
  sanitize?: HtmlSanitizer;
  signal?: AbortSignal;
}

/** A fetched page's article. `url` is the page's final address (after redirects). */
export function readFetchedPage(html: string, url: string, reading: HtmlReading): Promise<ExtractOutcome> {
  const doc = reading.parseHtml(html);
  withBase(doc, url);
  return readArticle(doc, { url, force: false }, environment(reading));
}

/** What an export said of an article besides its HTML. */
export interface ExportedArticleFacts {
  title: string;
  byline?: string | null;
  lang?: string | null;
  publishedAt?: string | null;
}

/** An export's article HTML read as an article page: it is the article (the service already
 * cleaned it), so it is read even when short ("Show anyway"). */
export function readExportedArticle(
  html: string,
  url: string,
  facts: ExportedArticleFacts,
  reading: HtmlReading,
): Promise<ExtractOutcome> {
  const doc = reading.parseHtml('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  if (facts.lang) doc.documentElement.setAttribute('lang', facts.lang);
  const meta = (name: string, content: string | null | undefined) => {
    if (!content) return;
    const element = doc.createElement('meta');
    element.setAttribute('name', name);
    element.setAttribute('content', content);
    doc.head.append(element);
  };
  doc.title = facts.title;
  meta('author', facts.byline);
  meta('article:published_time', facts.publishedAt);
  const article = doc.createElement('article');
  // parsed by the same inert parser: scripts in it never run, its pictures never load here
  article.append(...reading.parseHtml(`<body>${html}</body>`).body.childNodes);
  doc.body.append(article);
  withBase(doc, url);
  return readArticle(doc, { url, force: true }, environment(reading));
}

function environment({ sanitize, signal }: HtmlReading) {
  return { ...(sanitize ? { sanitize } : {}), ...(signal ? { signal } : {}) };
}

/** Relative links and pictures resolve against the article's address, not the extension page's. */
function withBase(doc: Document, url: string): void {
  if (doc.querySelector('base[href]')) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  (doc.head ?? doc.documentElement).prepend(base);
}
