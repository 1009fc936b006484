// Lede's steps never cost the reader Readability's article: a step that throws on a page's
// markup, or that leaves no article, is skipped, named in `degraded`, and the article comes out
// as it would without that step.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { POST_CLEAN_STEPS, PRE_CLEAN_STEPS, RECOVERY_STEPS } from '../../lib/extract/pipeline';
import type { Step } from '../../lib/extract/step-types';
import { loadFixture } from './helpers';

const URL = 'https://thidua.example/thi-dua/nhieu-mo-hinh-hay.html';
const seed = () => loadFixture('seed-article.html', URL);

/** Replaces the step named `name` of `steps` for one test (the lists are the pipeline's own). */
const restores: Array<() => void> = [];
function breakStep<S>(steps: readonly Step<S>[], name: string, run: (state: S) => unknown): void {
  const step = steps.find((s) => s.name === name)!;
  const original = step.run;
  step.run = run;
  restores.push(() => (step.run = original));
}

/** The article with `steps`' step `name` left out, for comparison. */
function withoutStep<S>(steps: readonly Step<S>[], name: string): string {
  breakStep(steps, name, () => undefined);
  const outcome = extractArticle(seed(), { url: URL });
  restores.pop()!();
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.article.text;
}

describe('guarded steps', () => {
  afterEach(() => {
    for (const restore of restores.splice(0).reverse()) restore();
    vi.restoreAllMocks();
  });

  it('reads the seed page with no step skipped', () => {
    const outcome = extractArticle(seed(), { url: URL });
    expect(outcome.ok && outcome.degraded).toEqual([]);
  });

  it('skips a step that throws on the page’s markup (a selector error) and keeps the article', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const expected = withoutStep(PRE_CLEAN_STEPS, 'removeStoryLists');
    breakStep(PRE_CLEAN_STEPS, 'removeStoryLists', () => {
      throw new SyntaxError('")" is expected');
    });
    const page = seed();
    const before = page.documentElement.outerHTML;
    const outcome = extractArticle(page, { url: URL });
    if (!outcome.ok) throw new Error(`lost the article: ${outcome.reason}`);
    expect(outcome.degraded).toEqual(['preClean.removeStoryLists']);
    expect(outcome.article.text).toBe(expected);
    expect(page.documentElement.outerHTML).toBe(before); // the live page is never touched
  });

  it('skips a step that leaves no article, and says which', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const expected = withoutStep(POST_CLEAN_STEPS, 'removeDuplicateText');
    breakStep(POST_CLEAN_STEPS, 'removeDuplicateText', (ctx) => ctx.root.replaceChildren());
    const outcome = extractArticle(seed(), { url: URL });
    if (!outcome.ok) throw new Error(`lost the article: ${outcome.reason}`);
    expect(outcome.degraded).toEqual(['postClean.removeDuplicateText']);
    expect(outcome.article.text).toBe(expected);
  });

  it('skips a recovery step that throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    breakStep(RECOVERY_STEPS, 'removeRepeatedHeader', () => {
      throw new TypeError('Cannot read properties of null');
    });
    const outcome = extractArticle(seed(), { url: URL });
    expect(outcome.ok && outcome.degraded).toEqual(['recovery.removeRepeatedHeader']);
    expect(outcome.ok && outcome.article.text).toContain('Hội nghị diễn ra đến hết ngày 14-4.');
  });

  it('gives Readability’s article alone when every rule fails, and says so', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const steps of [PRE_CLEAN_STEPS, POST_CLEAN_STEPS])
      for (const { name } of steps)
        breakStep(steps, name, () => {
          throw new Error('broken');
        });
    const outcome = extractArticle(seed(), { url: URL });
    if (!outcome.ok) throw new Error(`lost the article: ${outcome.reason}`);
    expect(outcome.degraded.at(-1)).toBe('rules');
    expect(outcome.degraded.length).toBeGreaterThan(1);
    expect(outcome.article.text).toContain('Hội nghị diễn ra đến hết ngày 14-4.');
  });
});
