// Independent measures of noise left in an extracted text. They use the label lists as a
// dictionary of noise words, but not the cleaning code: a leak here is a paragraph of the
// output that a reader would call clutter.
import { labelSet, normalizeLabel, textOf } from '../../lib/extract/dom/elements';
import { isRelatedHeading } from '../../lib/extract/clean/labelled-lists';
import { COPY_SHARE_LABELS } from '../../lib/extract/rules/labels';

const COPY_SHARE = labelSet(COPY_SHARE_LABELS);

export interface LeakCounts {
  copyShare: number;
  duplicateCaptions: number;
  relatedHeadlines: number;
  /** Reviewed noise strings (fixtures' mustNotContain) found in the text. */
  expectedNoise: number;
  /** Reviewed content strings (fixtures' mustContain) missing from the text. */
  lostContent: number;
}

/** Headlines of other pages on the original page: link texts of four words or more. */
export function otherPageHeadlines(doc: Document, pageUrl: string): Set<string> {
  const headlines = new Set<string>();
  const page = safeUrl(pageUrl);
  for (const link of doc.querySelectorAll('a[href]')) {
    const target = safeUrl(link.getAttribute('href') ?? '', pageUrl);
    if (!target || (page && target.origin === page.origin && target.pathname === page.pathname)) continue;
    const text = textOf(link);
    if (text.split(' ').length >= 4) headlines.add(normalizeLabel(text));
  }
  return headlines;
}

export function countLeaks(
  text: string,
  headlines: Set<string>,
  expect?: { mustContain?: string[]; mustNotContain?: string[] },
): LeakCounts {
  const blocks = text
    .split(/\n+/)
    .map((block) => block.trim())
    .filter(Boolean);
  const keys = blocks.map(normalizeLabel);
  let duplicateCaptions = 0;
  keys.forEach((key, index) => {
    if (key.length >= 8 && key.length <= 300 && keys.slice(Math.max(0, index - 3), index).includes(key))
      duplicateCaptions++;
  });
  return {
    copyShare: keys.filter((key) => COPY_SHARE.has(key)).length,
    duplicateCaptions,
    relatedHeadlines: blocks.filter(
      (block, i) =>
        isRelatedHeading(block) || headlines.has(keys[i]!.replace(/^(xem them|doc them|read more)\s*:?\s*/, '')),
    ).length,
    expectedNoise: (expect?.mustNotContain ?? []).filter((noise) => text.includes(noise)).length,
    lostContent: (expect?.mustContain ?? []).filter((content) => !text.includes(content)).length,
  };
}

function safeUrl(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}
