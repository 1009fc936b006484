import { isProbablyReaderable } from '@mozilla/readability';
import { failure } from './failures';
import { StepFailed, type StepTimer } from './guard';
import { runPipeline, type PipelineOutcome } from './run-pipeline';
import { createSanitizer, type HtmlSanitizer } from './sanitize';
import type { ExtractOptions, ExtractOutcome } from './types';

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
 * Reads the article out of `doc`, all at once (Node, tests, the CLI). Works on a private clone:
 * `doc` is never changed. The steps and their order are in pipeline.ts; each runs guarded
 * (guard.ts): a step that throws or leaves no article is skipped and named in `degraded`, and
 * the extraction starts again without it. When Lede's rules leave nothing on a page Readability
 * judges readable, or the reader asked "Show anyway", Readability alone gives the article
 * (`degraded` then says "rules"). `extract-failed` only when Readability alone fails too.
 */
export function extractArticle(doc: Document, options: ExtractOptions, env: ExtractEnvironment = {}): ExtractOutcome {
  const steps = extraction(doc, options, env);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How a browser page runs the extraction: it gives its thread back between steps. */
export interface ReadingOptions {
  /** Longest time the extraction keeps the thread before it lets the page (or popup) go on. */
  sliceMs?: number;
  /** Aborted by the reader ("Cancel", or the popup closed): the outcome is then `cancelled`. */
  signal?: AbortSignal;
}

/** Longest run of steps between two pauses: under the 50 ms that makes a task "long". */
const SLICE_MS = 40;

/**
 * Reads the article out of `doc` as extractArticle does, but in slices: after any step, once
 * `sliceMs` have gone by, it gives the thread back (a macrotask) so that the page or popup
 * stays responsive, and stops with `cancelled` when `signal` was aborted meanwhile. One step
 * is never cut: a step's own cost is bounded by its budget (guard.ts).
 */
export async function readArticle(
  doc: Document,
  options: ExtractOptions,
  env: ExtractEnvironment & ReadingOptions = {},
): Promise<ExtractOutcome> {
  const sliceMs = env.sliceMs ?? SLICE_MS;
  const steps = extraction(doc, options, env);
  let sliceStarted = performance.now();
  for (;;) {
    if (env.signal?.aborted) return failure('cancelled');
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStarted < sliceMs) continue;
    await giveThreadBack();
    sliceStarted = performance.now();
  }
}

/** Resolves in a new task, after what the page had waiting (input, rendering) has run.
 * `scheduler.yield()` where there is one (Chromium), else a message to itself: setTimeout(0)
 * waits 4 ms once nested, for nothing. */
function giveThreadBack(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/** The extraction as a generator of step names (run-pipeline.ts); its value is the outcome. */
function* extraction(
  doc: Document,
  options: ExtractOptions,
  env: ExtractEnvironment,
): Generator<string, ExtractOutcome, void> {
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
          cleaned = yield* runPipeline(doc, options, { sanitize, applyRules: true, skip, timeStep: env.timeStep });
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
      ? yield* runPipeline(doc, options, { sanitize, applyRules: false, skip, timeStep: env.timeStep })
      : null;
    if (plain?.ok) return done(plain, [...skip, 'rules', ...plain.overBudget]);
    return cleaned ?? plain ?? failure('extract-failed');
  } catch (error) {
    console.error('Lede: extraction failed', error);
    return failure('extract-failed');
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
