// Keeping a saved article's pictures for offline reading (issue 14, the reader's opt-in): each
// picture of the saved HTML is fetched (credentials omitted, only from sites the reader granted),
// downscaled (downscale.ts) and stored beside the article; the reader swaps them in offline.
import type { ImageRow } from '../db/types';
import type { LedeDb } from '../db/write/schema';
import type { HtmlParser } from '../import/types';

export const IMAGE_LIMITS = {
  /** Pictures kept per article: a gallery of hundreds is not what offline reading needs. */
  perArticle: 40,
  /** A larger source is left out (a raw photo, a video served as a picture). */
  maxSourceBytes: 15 * 1024 * 1024,
  timeoutMs: 30_000,
} as const;

export interface KeepImagesHost {
  db: LedeDb;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Makes the copy kept: smaller, re-encoded; null when the picture cannot be decoded. */
  downscale: (source: Blob) => Promise<{ blob: Blob; width: number; height: number } | null>;
  parseHtml: HtmlParser;
  mayFetch: (url: string) => boolean;
}

/** The pictures of an article's saved HTML, absolute, once each, in order. */
export function pictureAddresses(html: string, parseHtml: HtmlParser): string[] {
  const doc = parseHtml(`<body>${html}</body>`);
  const seen = new Set<string>();
  for (const img of doc.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src')!.trim();
    if (/^https?:\/\//i.test(src)) seen.add(src);
  }
  return [...seen].slice(0, IMAGE_LIMITS.perArticle);
}

/** Keeps the pictures of article `articleId` (replacing any kept before); returns how many. */
export async function keepArticleImages(host: KeepImagesHost, articleId: number, signal?: AbortSignal) {
  const html = (await host.db.articleHtml.get(articleId))?.html;
  if (html === undefined) return 0; // deleted meanwhile
  const kept: Omit<ImageRow, 'id'>[] = [];
  for (const url of pictureAddresses(html, host.parseHtml)) {
    if (signal?.aborted) break;
    if (!host.mayFetch(url)) continue;
    const copy = await fetchPicture(host, url, signal);
    if (copy) kept.push({ articleId, url, ...copy });
  }
  await host.db.transaction('rw', host.db.images, host.db.articles, async () => {
    if (!(await host.db.articles.get(articleId))) return; // deleted while its pictures came
    await host.db.images.where('articleId').equals(articleId).delete();
    await host.db.images.bulkAdd(kept as ImageRow[]);
  });
  return kept.length;
}

async function fetchPicture(host: KeepImagesHost, url: string, signal?: AbortSignal) {
  const timeout = AbortSignal.timeout(IMAGE_LIMITS.timeoutMs);
  try {
    const response = await host.fetch(url, {
      credentials: 'omit',
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
    if (!response.ok || !(response.headers.get('content-type') ?? 'image/').startsWith('image/')) return null;
    const source = await response.blob();
    if (source.size > IMAGE_LIMITS.maxSourceBytes) return null;
    return await host.downscale(source);
  } catch {
    return null; // one picture that does not come never stops the others
  }
}

/** Works through the articles whose pictures are asked for, oldest first. */
export async function runImageQueue(host: KeepImagesHost, signal?: AbortSignal): Promise<number> {
  let done = 0;
  for (;;) {
    if (signal?.aborted) return done;
    const job = await host.db.imageQueue.orderBy('articleId').first();
    if (!job) return done;
    await keepArticleImages(host, job.articleId, signal);
    await host.db.imageQueue.delete(job.articleId);
    done += 1;
  }
}
