// What the page states about itself (<meta>, <time>, <link rel=canonical>, <title>, <h1>, lang),
// read in one pass before Readability rearranges Lede's copy. The other metadata files choose
// between these facts and what Readability reported.
import { textOf } from '../dom/elements';
import type { PageIndex } from '../dom/page-index';
import { resolveUrl } from '../prepare/urls';
import { LEAD_IMAGE_META, PUBLISHED_TIME_META, SITE_NAME_META } from '../rules/metadata';
import { validDate } from './dates';
import { normalizeLangTag } from './language';
import type { PageFacts } from './types';

export type { PageFacts, ReadabilityMetadata } from './types';

/** Every <meta> content by its lower-cased property, name, itemprop and http-equiv. One pass over the page's <meta> tags. */
export function metaTable(page: PageIndex): Map<string, string> {
  const table = new Map<string, string>();
  for (const meta of page.elements('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

/** The first of `keys` the page's <meta> tags give a value for. */
export function metaContent(table: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = table.get(key);
    if (value) return value;
  }
  return null;
}

export function readPageFacts(doc: Document, page: PageIndex, url: string): PageFacts {
  const meta = metaTable(page);
  const times = page.elements('time').filter((time) => time.hasAttribute('datetime'));
  const timeElement =
    times.find((time) => time.getAttribute('itemprop') === 'datePublished' || time.hasAttribute('pubdate')) ?? times[0];
  const leadImage = metaContent(meta, LEAD_IMAGE_META);
  const canonical = page
    .elements('link')
    .find((link) => link.getAttribute('rel')?.toLowerCase() === 'canonical')
    ?.getAttribute('href');
  return {
    url,
    canonicalUrl: canonical ? resolveUrl(canonical, url) : null,
    documentTitle: textOf(page.elements('title')[0]),
    headings: page.elements('h1').map(textOf).filter(Boolean),
    siteName: metaContent(meta, SITE_NAME_META)?.replace(/^@/, '') ?? null,
    publishedTime:
      validDate(metaContent(meta, PUBLISHED_TIME_META)) ?? validDate(timeElement?.getAttribute('datetime')),
    leadImage: leadImage ? resolveUrl(leadImage, url) : null,
    description: metaContent(meta, ['description', 'og:description', 'twitter:description']),
    lang:
      normalizeLangTag(doc.documentElement?.getAttribute('lang')) ??
      normalizeLangTag(metaContent(meta, ['content-language', 'og:locale'])),
    dir: doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? null,
  };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
