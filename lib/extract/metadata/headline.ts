import { normalizeLabel } from '../dom/elements';
import { TITLE_SEPARATORS } from '../rules/metadata';
import { hostOf } from './page-facts';
import type { PageFacts, ReadabilityMetadata } from './types';

/** The site's name: Readability's, a <meta>, else the host name without "www.". */
export function siteNameOf(facts: PageFacts, readability: ReadabilityMetadata): string | null {
  return readability.siteName?.trim() || facts.siteName || hostOf(facts.url) || null;
}

/**
 * The headline without the site's name: "Headline - Site" → "Headline". Prefers an <h1>
 * that the <title> starts with (24h appends an accent-less copy: "Tiêu đề-tieu de").
 */
export function headlineOf(facts: PageFacts, readability: ReadabilityMetadata, siteName: string | null): string {
  const raw = (readability.title ?? '').trim() || facts.documentTitle || facts.headings[0] || facts.url;
  const heading = facts.headings.find((h) => h.length >= 10 && normalizeLabel(raw).startsWith(normalizeLabel(h)));
  if (heading) return heading;
  const parts = raw
    .split(TITLE_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return raw;
  const site = normalizeLabel(siteName ?? '');
  const host = hostOf(facts.url);
  const isSite = (part: string) => {
    const label = normalizeLabel(part);
    const squashed = label.replace(/\s/g, '');
    return (
      (!!site && (label === site || site.includes(label) || label.includes(site))) ||
      (!!host && (squashed === host || host.startsWith(squashed)))
    );
  };
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (isSite(last)) return raw.slice(0, raw.lastIndexOf(last)).replace(/[\s\-–—|:·»]+$/, '');
  if (isSite(first)) return raw.slice(raw.indexOf(first) + first.length).replace(/^[\s\-–—|:·»]+/, '');
  return raw;
}
