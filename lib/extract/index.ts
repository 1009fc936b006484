import { Readability } from '@mozilla/readability';
import { removeLaterRepeats } from './clean/article-repeats';
import { postClean, preClean, type CleanReport } from './clean';
import { clonePage } from './prepare/clone';
import { hasText } from './dom/elements';
import { failure } from './failures';
import { figureGalleries } from './prepare/figures';
import { restoreLazyImages } from './prepare/lazy-images';
import { removeRepeatedHeader } from './clean/header-lines';
import { findLeftovers, restoreLeftovers, type Leftovers } from './recover/leftovers';
import { bylineOf, cleanByline, headlineOf, languageOf, leadImageOf, publishedTimeOf, readingMinutes, readPageFacts, siteNameOf } from './metadata/byline';
import { absolutizeUrls, documentBase, removeTemplates } from './prepare/urls';
import { PageIndex } from './dom/page-index';
import { createSanitizer, type HtmlSanitizer } from './sanitize';
import { summarize } from '../summarize';
import { articleBlocks, countWords } from './dom/blocks';
import type { Article, ExtractOptions, ExtractOutcome } from './types';

export type { Article, ExtractOptions, ExtractOutcome, FailureReason } from './types';

export interface ExtractEnvironment {
  /** Sanitizer bound to a DOM DOMPurify supports; defaults to the document's own window. */
  sanitize?: HtmlSanitizer;
  /** Clock for the `ms` figure; defaults to performance.now. */
  now?: () => number;
  /** Receives how many elements each cleaning rule removed. */
  onCleanReport?: (report: { before: CleanReport; after: CleanReport }) => void;
}

/** Fewer characters than this, after cleaning, is not an article (unless forced). */
const MIN_ARTICLE_CHARS = 280;

/**
 * Reads the article out of `doc`. Works on a private clone: `doc` is never changed.
 * Pipeline: clone → normalise (templates, lazy images, absolute URLs) → pre-clean rules →
 * Readability → post-clean rules → sanitize (DOMPurify) → block-aware text and metadata.
 * Forced ("Show anyway") extraction that finds nothing after cleaning falls back to
 * Readability alone, so the reader gets whatever text the page has.
 */
export function extractArticle(doc: Document, options: ExtractOptions, env: ExtractEnvironment = {}): ExtractOutcome {
  const now = env.now ?? (() => performance.now());
  const started = now();
  try {
    if (isFrameset(doc)) return failure('frames');
    const sanitize = env.sanitize ?? createSanitizer(requireWindow(doc));
    const cleaned = runPipeline(doc, options, { sanitize, applyRules: true, onCleanReport: env.onCleanReport });
    const outcome = cleaned.ok || !options.force ? cleaned : runPipeline(doc, options, { sanitize, applyRules: false });
    return outcome.ok ? { ok: true, article: outcome.article, ms: now() - started } : outcome;
  } catch (error) {
    console.error('Lede: extraction failed', error);
    return failure('extract-failed');
  }
}

interface PipelineOptions {
  sanitize: HtmlSanitizer;
  /** Lede's cleaning rules on (the normal path) or off (the forced fallback). */
  applyRules: boolean;
  onCleanReport?: ExtractEnvironment['onCleanReport'];
}

function runPipeline(doc: Document, options: ExtractOptions, pipeline: PipelineOptions): ExtractOutcome {
  const { url } = options;
  const clone = clonePage(doc);
  if (!clone.body || !hasText(clone.body)) return failure('empty-page');

  const page = new PageIndex(clone);
  removeTemplates(page);
  restoreLazyImages(clone, page);
  figureGalleries(clone, page);
  const base = documentBase(page, url);
  const facts = readPageFacts(clone, page, url);
  let before: CleanReport = {};
  let leftovers: Leftovers | null = null;
  if (pipeline.applyRules) {
    const { report, ctx } = preClean(clone.body, url);
    before = report;
    leftovers = findLeftovers(clone.body, ctx.measure, { description: facts.description, leadImage: facts.leadImage, core: ctx.guard.core });
    if (leftovers.leadFigure) absolutizeUrls(leftovers.leadFigure, base);
  }

  const parsed = new Readability(clone, { charThreshold: options.force ? 0 : 500, serializer: (node: Node) => node }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return failure(options.force ? 'empty-page' : 'not-article', { canForce: !options.force });
  const after = pipeline.applyRules ? postClean(content, url) : {};
  const siteName = siteNameOf(facts, parsed);
  const title = headlineOf(facts, parsed, siteName);
  absolutizeUrls(content, base); // on the article only: a fraction of the page
  if (leftovers) restoreLeftovers(content, leftovers);
  const bylineLine = pipeline.applyRules ? removeRepeatedHeader(content, { title, byline: cleanByline(parsed.byline) }) : null;
  if (pipeline.applyRules) removeLaterRepeats(content, { title });
  pipeline.onCleanReport?.({ before, after });

  const cleanArticle = pipeline.sanitize.inPlace(content);
  const blocks = articleBlocks(cleanArticle);
  const text = blocks.map((block) => block.text).join('\n\n');
  if (!text) return failure('empty-page');
  if (!options.force && text.length < MIN_ARTICLE_CHARS) return failure('not-article', { canForce: true });

  const { lang, dir } = languageOf(facts, parsed, text);
  const wordCount = countWords(text);
  const article: Article = {
    url,
    canonicalUrl: facts.canonicalUrl,
    title,
    byline: bylineOf({ readability: parsed.byline, bylineLine, authorBox: leftovers?.author ?? null, signature: leftovers?.signature ?? null, siteName, articleBlocks: text.split('\n\n') }),
    siteName,
    lang,
    dir,
    publishedTime: publishedTimeOf(facts, parsed),
    excerpt: parsed.excerpt?.replace(/\s+/g, ' ').trim() || text.split('\n\n')[0]!.slice(0, 300),
    text,
    html: cleanArticle.innerHTML,
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang),
    leadImage: leadImageOf(facts, cleanArticle),
    summary: options.summary === false ? [] : summarize({ blocks: blocks.map(({ text, kind }) => ({ text, kind })), lang }).map((line) => ({ text: line.text, block: line.blockIndex })),
  };
  return { ok: true, article, ms: 0 };
}

/** A page made of frames (a <frameset> and no <body>): nothing to read in this document. */
function isFrameset(doc: Document): boolean {
  if (doc.body?.localName === 'body') return false; // the common case, without a selector query
  return !!doc.querySelector('frameset') && !doc.querySelector('body');
}

function requireWindow(doc: Document): Window {
  const window = doc.defaultView;
  if (!window) throw new Error('extractArticle needs a sanitizer when the document has no window');
  return window;
}
