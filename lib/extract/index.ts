import { Readability } from '@mozilla/readability';
import { cleanContext, type CleanContext } from './clean/context';
import { articleBlocks } from './dom/blocks';
import { hasText } from './dom/elements';
import { PageIndex } from './dom/page-index';
import { failure } from './failures';
import { bylineOf, cleanByline } from './metadata/byline';
import { publishedTimeOf } from './metadata/dates';
import { headlineOf, siteNameOf } from './metadata/headline';
import { languageOf } from './metadata/language';
import { leadImageOf } from './metadata/lead-image';
import { readPageFacts } from './metadata/page-facts';
import { readingMinutes } from './metadata/reading-time';
import { POST_CLEAN_STEPS, PRE_CLEAN_STEPS, PREPARE_STEPS, RECOVERY_STEPS } from './pipeline';
import { clonePage } from './prepare/clone';
import { absolutizeUrls, documentBase } from './prepare/urls';
import { findLeftovers } from './recover/leftovers';
import { createSanitizer, type HtmlSanitizer } from './sanitize';
import type { ArticleDraft, CleanStep, Leftovers } from './step-types';
import { summarize } from '../summarize';
import { countWords } from '../text/words';
import type { Article, ExtractOptions, ExtractOutcome } from './types';

export interface ExtractEnvironment {
  /** Sanitizer bound to a DOM DOMPurify supports; defaults to the document's own window. */
  sanitize?: HtmlSanitizer;
  /** Clock for the `ms` figure; defaults to performance.now. */
  now?: () => number;
}

/** Fewer characters than this, after cleaning, is not an article (unless forced). */
const MIN_ARTICLE_CHARS = 280;

/**
 * Reads the article out of `doc`. Works on a private clone: `doc` is never changed. The steps
 * and their order are in pipeline.ts. Forced ("Show anyway") extraction that finds nothing
 * after cleaning falls back to Readability alone, so the reader gets whatever text the page has.
 */
export function extractArticle(doc: Document, options: ExtractOptions, env: ExtractEnvironment = {}): ExtractOutcome {
  const now = env.now ?? (() => performance.now());
  const started = now();
  try {
    if (isFrameset(doc)) return failure('frames');
    const sanitize = env.sanitize ?? createSanitizer(requireWindow(doc));
    const cleaned = runPipeline(doc, options, { sanitize, applyRules: true });
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
}

function runPipeline(doc: Document, options: ExtractOptions, pipeline: PipelineOptions): ExtractOutcome {
  const { url } = options;
  const clone = clonePage(doc);
  if (!clone.body || !hasText(clone.body)) return failure('empty-page');

  const prepared = { doc: clone, index: new PageIndex(clone) };
  for (const step of PREPARE_STEPS) step(prepared);
  const base = documentBase(prepared.index, url);
  const facts = readPageFacts(clone, prepared.index, url);
  let leftovers: Leftovers | null = null;
  if (pipeline.applyRules) {
    const ctx = runCleanSteps(PRE_CLEAN_STEPS, clone.body, url);
    // the measure still describes what the rules left
    leftovers = findLeftovers(clone.body, ctx.measure, {
      description: facts.description,
      leadImage: facts.leadImage,
      core: ctx.guard.core,
    });
    if (leftovers.leadFigure) absolutizeUrls(leftovers.leadFigure, base);
  }

  const parsed = new Readability(clone, {
    charThreshold: options.force ? 0 : 500,
    serializer: (node: Node) => node,
  }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return failure(options.force ? 'empty-page' : 'not-article', { canForce: !options.force });
  if (pipeline.applyRules) runCleanSteps(POST_CLEAN_STEPS, content, url);
  const siteName = siteNameOf(facts, parsed);
  const title = headlineOf(facts, parsed, siteName);
  absolutizeUrls(content, base); // on the article only: a fraction of the page
  const draft: ArticleDraft = {
    content,
    title,
    byline: cleanByline(parsed.byline),
    leftovers: leftovers ?? NO_LEFTOVERS,
    bylineLine: null,
  };
  if (pipeline.applyRules) for (const step of RECOVERY_STEPS) step(draft);

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
    byline: bylineOf({
      readability: parsed.byline,
      bylineLine: draft.bylineLine,
      authorBox: leftovers?.author ?? null,
      signature: leftovers?.signature ?? null,
      siteName,
      articleBlocks: text.split('\n\n'),
    }),
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
    summary:
      options.summary === false
        ? []
        : summarize({ blocks: blocks.map(({ text, kind }) => ({ text, kind })), lang }).map((line) => ({
            text: line.text,
            block: line.blockIndex,
          })),
  };
  return { ok: true, article, ms: 0 };
}

const NO_LEFTOVERS: Leftovers = { lead: null, leadFigure: null, author: null, signature: null };

/** Runs cleaning rules one after another on `root`, measured once for the round. */
function runCleanSteps(steps: readonly CleanStep[], root: Element, pageUrl: string): CleanContext {
  const ctx = cleanContext(root, pageUrl);
  for (const step of steps) step(ctx);
  return ctx;
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
