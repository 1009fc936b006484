import { describe, expect, it } from 'vitest';
import { extractArticle, readArticle } from '../../lib/extract';
import { loadFixture } from './helpers';

// In the browser the article is read in slices (lib/extract readArticle): the thread goes back
// to the page or popup between steps, and the reader can stop a long reading.
describe('reading in slices', () => {
  it('reads the same article as reading all at once, giving the thread back on the way', async () => {
    const doc = loadFixture('seed-article.html');
    let tasksBetween = 0;
    const counting = setInterval(() => tasksBetween++, 0);
    const sliced = await readArticle(doc, { url: doc.URL }, { sliceMs: 0 });
    clearInterval(counting);
    const whole = extractArticle(doc, { url: doc.URL });
    expect(sliced.ok && whole.ok).toBe(true);
    if (!sliced.ok || !whole.ok) return;
    expect(sliced.article.text).toBe(whole.article.text);
    expect(sliced.article.summary).toEqual(whole.article.summary);
    expect(tasksBetween).toBeGreaterThan(3); // other tasks ran between the steps
  });

  it('stops with "cancelled" once the reader cancels, without finishing the article', async () => {
    const doc = loadFixture('seed-article.html');
    const reading = new AbortController();
    const steps: string[] = [];
    const outcome = await readArticle(
      doc,
      { url: doc.URL },
      {
        sliceMs: 0,
        signal: reading.signal,
        timeStep: (step) => {
          steps.push(step);
          if (step === 'clone') setTimeout(() => reading.abort(), 0);
        },
      },
    );
    expect(outcome).toEqual({ ok: false, reason: 'cancelled', canForce: false });
    expect(steps).not.toContain('readability');
  });
});
