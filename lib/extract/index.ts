import { isProbablyReaderable, Readability } from '@mozilla/readability';
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
import type { ArticleDraft, Leftovers } from './step-types';
import { ARTICLE_CHARS, overBudget, runGuarded, StepFailed, type StepTimer } from './guard';
import type { PageFacts } from './metadata/types';
import { summarize } from '../summarize';
import { countWords } from '../text/words';
import type { Article, ExtractOptions, ExtractOutcome } from './types';

export interface ExtractEnvironment {
  /** Sanitizer bound to a DOM DOMPurify supports; defaults to the document's own window. */
  sanitize?: HtmlSanitizer;
  /** Clock for the `ms` figure; defaults to performance.now. */
  now?: () => number;
  /** Told how long each step and each stage between them took (benchmarks; off normally). */
  timeStep?: StepTimer;
}

/** Steps skipped before Lede gives up on its rules and shows Readability's article alone. */
const MAX_SKIPPED_STEPS = 3;

/**
 * Reads the article out of `doc`. Works on a private clone: `doc` is never changed. The steps
 * and their order are in pipeline.ts; each runs guarded (guard.ts): a step that throws or leaves
 * no article is skipped and named in `degraded`, and the extraction starts again without it.
 * When Lede's rules leave nothing on a page Readability judges readable, or the reader asked
 * "Show anyway", Readability alone gives the article (`degraded` then says "rules").
 * `extract-failed` only when Readability alone fails too.
 */
export function extractArticle(doc: Document, options: ExtractOptions, env: ExtractEnvironment = {}): ExtractOutcome {
  const now = env.now ?? (() => performance.now());
  const started = now();
  const done = (outcome: PipelineOutcome, degraded: string[]): ExtractOutcome =>
    outcome.ok ? { ok: true, article: outcome.article, ms: now() - started, degraded } : outcome;
  try {
    if (isFrameset(doc)) return failure('frames');
    const sanitize = env.sanitize ?? createSanitizer(requireWindow(doc));
    const skip = new Set<string>();
    let cleaned: PipelineOutcome | null = null;
    try {
      while (!cleaned && skip.size <= MAX_SKIPPED_STEPS) {
        try {
          cleaned = runPipeline(doc, options, { sanitize, applyRules: true, skip, timeStep: env.timeStep });
        } catch (error) {
          if (!(error instanceof StepFailed)) throw error;
          console.warn(`Lede: skipped a step that ${error.why} on this page: ${error.step}`, error.cause ?? '');
          skip.add(error.step);
        }
      }
    } catch (error) {
      console.error('Lede: the cleaning rules failed on this page; Readability alone reads it', error);
    }
    if (cleaned?.ok) return done(cleaned, [...skip, ...cleaned.overBudget]);
    const plainWanted = !cleaned || options.force || isProbablyReaderable(doc);
    const plain = plainWanted
      ? runPipeline(doc, options, { sanitize, applyRules: false, skip, timeStep: env.timeStep })
      : null;
    if (plain?.ok) return done(plain, [...skip, 'rules', ...plain.overBudget]);
    return cleaned ?? plain ?? failure('extract-failed');
  } catch (error) {
    console.error('Lede: extraction failed', error);
    return failure('extract-failed');
  }
}

/** `overBudget`: the steps and stages that stopped at their budget (guard.ts), for `degraded`. */
type PipelineOutcome = { ok: true; article: Article; overBudget: string[] } | Extract<ExtractOutcome, { ok: false }>;

interface PipelineOptions {
  sanitize: HtmlSanitizer;
  /** Lede's cleaning rules on (the normal path) or off (Readability alone). */
  applyRules: boolean;
  /** Steps to leave out (`phase.name`): they failed on this page. */
  skip: ReadonlySet<string>;
  timeStep?: StepTimer;
}

function runPipeline(doc: Document, options: ExtractOptions, pipeline: PipelineOptions): PipelineOutcome {
  const { url } = options;
  const time = <T>(stage: string, run: () => T): T => timed(pipeline.timeStep, stage, run);
  const { doc: clone, flattened } = time('clone', () => clonePage(doc));
  if (!clone.body || !hasText(clone.body)) return failure('empty-page');
  const budgetNotes = flattened ? [overBudget('prepare.clone')] : [];

  const guard = (root: () => Element) => ({ root, skip: pipeline.skip, timeStep: pipeline.timeStep });
  const prepared = { doc: clone, index: new PageIndex(clone) };
  budgetNotes.push(
    ...runGuarded(
      'prepare',
      PREPARE_STEPS,
      prepared,
      guard(() => clone.body ?? clone.documentElement),
    ),
  );
  const base = documentBase(prepared.index, url);
  const facts = readPageFacts(clone, prepared.index, url);
  let leftovers: Leftovers | null = null;
  if (pipeline.applyRules) {
    const body = clone.body;
    const ctx = time('preClean.measure', () => cleanContext(body, url));
    budgetNotes.push(
      ...runGuarded(
        'preClean',
        PRE_CLEAN_STEPS,
        ctx,
        guard(() => body),
      ),
    );
    // the measure still describes what the rules left
    leftovers = time('recovery.findLeftovers', () => guardedLeftovers(body, ctx, facts, pipeline.skip));
    if (leftovers.leadFigure) absolutizeUrls(leftovers.leadFigure, base);
  }

  const parsed = time('readability', () =>
    new Readability(clone, {
      charThreshold: options.force ? 0 : 500,
      serializer: (node: Node) => node,
    }).parse(),
  );
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return failure(options.force ? 'empty-page' : 'not-article', { canForce: !options.force });
  if (pipeline.applyRules)
    budgetNotes.push(
      ...runGuarded(
        'postClean',
        POST_CLEAN_STEPS,
        time('postClean.measure', () => cleanContext(content, url)),
        guard(() => content),
      ),
    );
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
  if (pipeline.applyRules)
    budgetNotes.push(
      ...runGuarded(
        'recovery',
        RECOVERY_STEPS,
        draft,
        guard(() => content),
      ),
    );

  const cleanArticle = time('sanitize', () => pipeline.sanitize.inPlace(content));
  const blocks = time('blocks', () => articleBlocks(cleanArticle));
  const text = blocks.map((block) => block.text).join('\n\n');
  if (!text) return failure('empty-page');
  if (!options.force && text.length < ARTICLE_CHARS) return failure('not-article', { canForce: true });

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
        : time('summary', () => summarize({ blocks: blocks.map(({ text, kind }) => ({ text, kind })), lang })).map(
            (line) => ({ text: line.text, block: line.blockIndex }),
          ),
  };
  return { ok: true, article, overBudget: budgetNotes };
}

/** `run()`, its time told to `timeStep` as `stage` when there is one. */
function timed<T>(timeStep: StepTimer | undefined, stage: string, run: () => T): T {
  if (!timeStep) return run();
  const started = performance.now();
  const result = run();
  timeStep(stage, performance.now() - started);
  return result;
}

const NO_LEFTOVERS: Leftovers = { lead: null, leadFigure: null, author: null, signature: null };

/** What Readability will leave out (recover/leftovers.ts), found guarded like a step. */
function guardedLeftovers(body: Element, ctx: CleanContext, facts: PageFacts, skip: ReadonlySet<string>): Leftovers {
  const id = 'recovery.findLeftovers';
  if (skip.has(id)) return NO_LEFTOVERS;
  try {
    return findLeftovers(body, ctx.measure, {
      description: facts.description,
      leadImage: facts.leadImage,
      core: ctx.guard.core,
    });
  } catch (error) {
    throw new StepFailed(id, 'threw', { cause: error });
  }
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
