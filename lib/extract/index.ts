import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { failure } from './failures';
import { absolutizeUrls, documentBase, removeTemplates } from './normalize';
import { createSanitizer, fragmentToHtml, type HtmlSanitizer } from './sanitize';
import { blockText, countWords } from './text';
import type { Article, ExtractOptions, ExtractOutcome } from './types';

export type { Article, ExtractOptions, ExtractOutcome, FailureReason } from './types';

export interface ExtractEnvironment {
  /** Sanitizer bound to a DOM DOMPurify supports; defaults to the document's own window. */
  sanitize?: HtmlSanitizer;
  /** Clock for the `ms` figure; defaults to performance.now. */
  now?: () => number;
}

/**
 * Reads the article out of `doc`. Works on a private clone: `doc` is never changed.
 * Pipeline: clone → normalise → Readability → sanitize → block-aware text.
 */
export function extractArticle(doc: Document, options: ExtractOptions, env: ExtractEnvironment = {}): ExtractOutcome {
  const now = env.now ?? (() => performance.now());
  const started = now();
  try {
    const sanitize = env.sanitize ?? createSanitizer(requireWindow(doc));
    const clone = doc.cloneNode(true) as Document;
    if (!clone.body || !clone.body.textContent?.trim()) return failure('empty-page');
    removeTemplates(clone);
    absolutizeUrls(clone, documentBase(clone, options.url));

    if (!options.force && !isProbablyReaderable(clone)) return failure('not-article', { canForce: true });
    const parsed = new Readability(clone, { charThreshold: options.force ? 0 : 500 }).parse();
    if (!parsed?.content) return failure(options.force ? 'empty-page' : 'not-article', { canForce: !options.force });

    const fragment = sanitize(parsed.content);
    const text = blockText(fragment);
    if (!text) return failure('empty-page');
    const article: Article = {
      url: options.url,
      title: (parsed.title ?? '').trim() || doc.title.trim() || options.url,
      byline: clean(parsed.byline),
      siteName: clean(parsed.siteName),
      lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
      dir: parsed.dir === 'rtl' ? 'rtl' : 'ltr',
      publishedTime: clean(parsed.publishedTime),
      excerpt: clean(parsed.excerpt),
      text,
      html: fragmentToHtml(fragment),
      wordCount: countWords(text),
    };
    return { ok: true, article, ms: now() - started };
  } catch (error) {
    console.error('Lede: extraction failed', error);
    return failure('extract-failed');
  }
}

function requireWindow(doc: Document): Window {
  const window = doc.defaultView;
  if (!window) throw new Error('extractArticle needs a sanitizer when the document has no window');
  return window;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
