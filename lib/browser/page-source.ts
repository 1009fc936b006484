// The popup reads a page from a snapshot of its nodes (messages.ts `pageSource`,
// page-snapshot.ts), on its own thread: however long Lede's steps or Readability take on a huge
// or hostile page, the page itself never freezes. The snapshot is rebuilt into an inert
// document: nothing in it runs or loads.
import { readArticle, type ReadingOptions } from '../extract';
import { createSanitizer } from '../extract/sanitize';
import type { ExtractOutcome } from '../extract/types';
import type { PageSource } from './messages';
import { documentFromSnapshot } from './page-snapshot';

/** The page as a document of its own, its relative links resolving against the page's address
 * (a built document's address is the extension page's: a <base> says the page's). */
export async function pageDocument(source: PageSource): Promise<Document> {
  const doc = await documentFromSnapshot(source.nodes);
  const base = doc.querySelector('base[href]');
  if (base) {
    base.setAttribute('href', resolved(base.getAttribute('href')!, source.url));
  } else if (doc.documentElement) {
    const pageBase = doc.createElement('base');
    pageBase.setAttribute('href', source.url);
    (doc.head ?? doc.documentElement).prepend(pageBase);
  }
  return doc;
}

/** Reads the article of `source` in this extension page, in slices (lib/extract readArticle). */
export async function readPageSource(
  source: PageSource,
  options: { force: boolean } & ReadingOptions,
): Promise<ExtractOutcome> {
  const { force, ...reading } = options;
  const doc = await pageDocument(source);
  performance.mark('lede:page-document'); // for test/bench/popup.ts --timeline
  return readArticle(doc, { url: source.url, force }, { ...reading, sanitize: createSanitizer(window) });
}

function resolved(href: string, pageUrl: string): string {
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}
