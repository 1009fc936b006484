// Turning inputs into stored rows, and deciding when two records are the same article.
import type { ArticleRow, ExportedArticle, ListedArticle, ReadingProgress, SaveInput, SavedArticle } from './types';
import { normalizeUrl, tryNormalizeUrl } from './url';

/** The article as listed (the row without the fields kept only for indexes). */
export function toListedArticle(row: ArticleRow): ListedArticle {
  const { addresses: _addresses, readState: _readState, ...listed } = row;
  return listed;
}

/** The article as it was saved: its row and its HTML. */
export function toSavedArticle(row: ArticleRow, html: string | undefined): SavedArticle {
  return { ...toListedArticle(row), html: html ?? '' };
}

/** The stored row of an article (its HTML goes apart): index fields derived, search text in
 * NFC so offsets found in it match. */
export function toRow(article: ExportedArticle): Omit<ArticleRow, 'id'> {
  const { html: _html, ...listed } = article;
  const addresses = [article.url];
  if (article.canonicalUrl && article.canonicalUrl !== article.url) addresses.push(article.canonicalUrl);
  return {
    ...listed,
    title: article.title.normalize('NFC'),
    text: article.text.normalize('NFC'),
    addresses,
    readState: article.readAt === null ? 0 : 1,
  };
}

/** A new save of an extracted article. Throws on an address that is not a web URL (misuse);
 * a broken canonical link is the page's fault and is ignored. */
export function fromSaveInput(input: SaveInput, now: number): ExportedArticle {
  return {
    url: normalizeUrl(input.url),
    canonicalUrl: input.canonicalUrl ? (tryNormalizeUrl(input.canonicalUrl) ?? null) : null,
    title: input.title,
    byline: input.byline,
    siteName: input.siteName,
    lang: input.lang,
    dir: input.dir,
    publishedTime: input.publishedTime,
    excerpt: input.excerpt,
    text: input.text,
    html: input.html,
    summary: input.summary.map((sentence) => (typeof sentence === 'string' ? sentence : sentence.text)),
    wordCount: input.wordCount,
    readingMinutes: input.readingMinutes,
    leadImage: input.leadImage,
    tags: [],
    savedAt: now,
    readAt: null,
    starred: false,
  };
}

type Addressed = Pick<SavedArticle, 'url' | 'canonicalUrl'>;

/** Same article: same canonical address when both pages give one (a site's shared page URL
 * must not merge two stories), otherwise any address in common. */
export function isSameArticle(a: Addressed, b: Addressed): boolean {
  if (a.canonicalUrl && b.canonicalUrl) return a.canonicalUrl === b.canonicalUrl;
  const addressesOfB = [b.url, b.canonicalUrl];
  return [a.url, a.canonicalUrl].some((address) => address !== null && addressesOfB.includes(address));
}

/** How a record already stored and an incoming one for the same article become one. Only the
 * incoming record carries HTML; the stored one is the row without it. */
export type MergePolicy = (stored: Omit<ExportedArticle, 'html'>, incoming: ExportedArticle) => ExportedArticle;

export const MERGE_POLICIES = {
  /** Saving a page again: fresh content, while the first address, first-save time, read mark
   * and tags stay (the address the reader first saved from keeps finding it). */
  resave: (stored, incoming) => ({
    ...incoming,
    url: stored.url,
    savedAt: stored.savedAt,
    readAt: stored.readAt,
    tags: stored.tags,
    starred: stored.starred,
    ...(stored.progress ? { progress: stored.progress } : {}),
  }),
  /** Import or undo: the incoming content; tags of both; read if read on either side; the
   * earlier save time, so the library order does not jump. */
  combine: (stored, incoming) => ({
    ...incoming,
    savedAt: Math.min(stored.savedAt, incoming.savedAt),
    readAt: earliest(stored.readAt, incoming.readAt),
    tags: normalizeTags([...stored.tags, ...incoming.tags]),
    starred: stored.starred || incoming.starred,
    ...latestProgress(stored.progress, incoming.progress),
  }),
} satisfies Record<string, MergePolicy>;

/** The reading progress saved last of two, as a field to spread (none when neither has one). */
function latestProgress(a: ReadingProgress | undefined, b: ReadingProgress | undefined) {
  const latest = !a ? b : !b ? a : b.at >= a.at ? b : a;
  return latest ? { progress: latest } : {};
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

/** Tags as the reader sees them: trimmed, inner spaces collapsed, no empty or repeated tag
 * (compared without case), in the order first given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const clean = tag.normalize('NFC').trim().replace(/\s+/g, ' ');
    const key = clean.toLowerCase();
    if (clean === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(clean);
  }
  return result;
}
