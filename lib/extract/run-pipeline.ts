// One pass of the extraction pipeline over a copy of the page: the stages of pipeline.ts in
// order, each step guarded (guard.ts). A generator: it yields after every step and stage, so
// that index.ts can run it at once (Node, tests) or give the thread back between steps (the
// browser). index.ts decides what to do when a step fails: skip it and run the pass again.
import { createReadability } from './readability';
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
import { trimForReadability, type ArticleColumn } from './prepare/readability-budget';
import { absolutizeUrls, documentBase } from './prepare/urls';
import { findLeftovers } from './recover/leftovers';
import type { HtmlSanitizer } from './sanitize';
import type { ArticleDraft, Leftovers } from './step-types';
import { ARTICLE_CHARS, ARTICLE_CUT, overBudget, runGuarded, StepFailed, type StepTimer } from './guard';
import type { PageFacts } from './metadata/types';
import { summarize } from '../summarize';
import { countWords } from '../text/words';
import type { Article, ExtractOptions, ExtractOutcome } from './types';

/** `overBudget`: the steps and stages that stopped at their budget (guard.ts), for `degraded`. */
export type PipelineOutcome =
  { ok: true; article: Article; overBudget: string[] } | Extract<ExtractOutcome, { ok: false }>;

export interface PipelineOptions {
  sanitize: HtmlSanitizer;
  /** Lede's cleaning rules on (the normal path) or off (Readability alone). */
  applyRules: boolean;
  /** Steps to leave out (`phase.name`): they failed on this page. */
  skip: ReadonlySet<string>;
  timeStep?: StepTimer;
}

/** One pass of the pipeline (pipeline.ts) over a copy of `doc`. Yields the name of each step or
 * stage once it is done, so that a driver can give the thread back between them (index.ts). */
export function* runPipeline(
  doc: Document,
  options: ExtractOptions,
  pipeline: PipelineOptions,
): Generator<string, PipelineOutcome, void> {
  const { url } = options;
  const time = <T>(name: string, run: () => T): Generator<string, T, void> => stage(pipeline.timeStep, name, run);
  const copy = yield* time('clone', () => clonePage(doc, { budgetMs: options.budgetMs }));
  const clone = copy.doc;
  if (!clone.body || !hasText(clone.body)) return failure('empty-page');
  const budgetNotes = copy.flattened ? [overBudget('prepare.clone')] : [];
  if (copy.cut) budgetNotes.push(ARTICLE_CUT);

  const guard = (root: () => Element) => ({ root, skip: pipeline.skip, timeStep: pipeline.timeStep });
  const prepared = { doc: clone, index: new PageIndex(clone) };
  budgetNotes.push(
    ...(yield* runGuarded(
      'prepare',
      PREPARE_STEPS,
      prepared,
      guard(() => clone.body ?? clone.documentElement),
    )),
  );
  const base = documentBase(prepared.index, url);
  const facts = readPageFacts(clone, prepared.index, url);
  let leftovers: Leftovers | null = null;
  let column: ArticleColumn | null = null; // the article's column, as far as the page's prose tells
  if (pipeline.applyRules) {
    const body = clone.body;
    const ctx = yield* time('preClean.measure', () => cleanContext(body, url));
    column = ctx.guard;
    budgetNotes.push(
      ...(yield* runGuarded(
        'preClean',
        PRE_CLEAN_STEPS,
        ctx,
        guard(() => body),
      )),
    );
    // the measure still describes what the rules left
    leftovers = yield* time('recovery.findLeftovers', () => guardedLeftovers(body, ctx, facts, pipeline.skip));
    if (leftovers.leadFigure) absolutizeUrls(leftovers.leadFigure, base);
  }

  const body = clone.body;
  const trim = body ? yield* time('readability.budget', () => trimForReadability(body, column)) : 'none';
  if (trim === 'beside') budgetNotes.push(overBudget('readability.page'));
  if (trim === 'cut') budgetNotes.push(overBudget('readability'));
  const parsed = yield* time('readability', () =>
    createReadability(clone, {
      charThreshold: options.force ? 0 : 500,
      serializer: (node: Node) => node,
    }).parse(),
  );
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return failure(options.force ? 'empty-page' : 'not-article', { canForce: !options.force });
  if (pipeline.applyRules)
    budgetNotes.push(
      ...(yield* runGuarded(
        'postClean',
        POST_CLEAN_STEPS,
        yield* time('postClean.measure', () => cleanContext(content, url)),
        guard(() => content),
      )),
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
      ...(yield* runGuarded(
        'recovery',
        RECOVERY_STEPS,
        draft,
        guard(() => content),
      )),
    );

  const cleanArticle = yield* time('sanitize', () => pipeline.sanitize.inPlace(content));
  const blocks = yield* time('blocks', () => articleBlocks(cleanArticle));
  const text = blocks.map((block) => block.text).join('\n\n');
  if (!text) return failure('empty-page');
  if (!options.force && text.length < ARTICLE_CHARS) return failure('not-article', { canForce: true });

  const { lang, dir } = languageOf(facts, parsed, text);
  // Budget: the summary reads the article's first SUMMARY_BUDGET_CHARS (its cost grows with the
  // text: 50,000 paragraphs took 6 s); a longer article's summary comes from its beginning.
  const summarized = blocksWithin(blocks, SUMMARY_BUDGET_CHARS);
  if (summarized.length < blocks.length && options.summary !== false) budgetNotes.push(overBudget('summary'));
  const summary =
    options.summary === false
      ? []
      : (yield* time('summary', () =>
          summarize({ blocks: summarized.map(({ text, kind }) => ({ text, kind })), lang }),
        )).map((line) => ({ text: line.text, block: line.blockIndex }));
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
    summary,
  };
  return { ok: true, article, overBudget: budgetNotes };
}

/** `run()`, its time told to `timeStep` as `name` when there is one; then yields `name`. */
function* stage<T>(timeStep: StepTimer | undefined, name: string, run: () => T): Generator<string, T, void> {
  const started = timeStep ? performance.now() : 0;
  const result = run();
  timeStep?.(name, performance.now() - started);
  yield name;
  return result;
}

/** Characters of the article the summary reads: a long read whole (10,000 words is ~60,000). */
const SUMMARY_BUDGET_CHARS = 100_000;

/** The first of `blocks` whose text adds up to at most `chars` (at least one). */
function blocksWithin<B extends { text: string }>(blocks: readonly B[], chars: number): readonly B[] {
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    total += blocks[i]!.text.length;
    if (total > chars) return blocks.slice(0, Math.max(1, i));
  }
  return blocks;
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
