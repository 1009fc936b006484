// Node-only: turns an HTML string into a DOM the extraction pipeline can read.
//
// jsdom, not linkedom: measured on the 12 corpus pages (test/bench/dom-parsers.ts),
// linkedom is ~6x faster but is not an HTML5 tree builder: a <meta> before the doctype
// left dantri-4 with an empty <body>, and 24h-1 came out as a different tree, so
// Readability picked another block (860 chars instead of 3,556). jsdom builds the same
// tree a browser does, so the CLI reads a page the way the extension does.
import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses `html` as the page at `url`. Scripts never run and resources never load. */
export function parseHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole(); // page CSS and markup errors are the page's business, not ours
  return new JSDOM(html, { url: safeUrl(url), contentType: 'text/html', virtualConsole }).window.document;
}

function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'file:'
      ? parsed.href
      : 'about:blank';
  } catch {
    return 'about:blank';
  }
}
