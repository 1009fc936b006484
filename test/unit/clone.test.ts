// Lede's private copy of the page: everything cloneNode(true) copies, minus the <style>
// blocks of <head> (their CSS is never read, and copying them is costly); the page itself
// is never touched.
import { describe, expect, it } from 'vitest';
import { clonePage } from '../../lib/extract/prepare/clone';
import {
  copyElementLimit,
  EXTRACTION_BUDGET_MS,
  MAX_ELEMENTS,
  MIN_ELEMENTS,
} from '../../lib/extract/prepare/copy-budget';
import { page } from './helpers';

const HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài báo</title>
  <style>body { color: red }</style><link rel="canonical" href="https://bao.example/a.html"><style>.x { margin: 0 }</style></head>
  <body><article><h1>Bài báo</h1><style>.in-body { color: blue }</style><p>Đoạn văn.</p></article></body></html>`;

describe('clonePage', () => {
  it('copies the page except the <style> blocks of <head>, and leaves the page as it was', () => {
    const doc = page(HTML, 'https://bao.example/a.html');
    const before = doc.documentElement.outerHTML;
    const { doc: copy } = clonePage(doc);

    const expected = doc.cloneNode(true) as Document;
    for (const style of [...expected.head.querySelectorAll('style')]) style.remove();
    expect(copy.documentElement.outerHTML).toBe(expected.documentElement.outerHTML);
    expect(copy.doctype?.name).toBe('html');
    expect(copy.querySelector('body style')?.textContent).toBe('.in-body { color: blue }'); // only <head>'s go
    expect(copy.head.querySelectorAll('style')).toHaveLength(0);

    copy.body.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.head.querySelectorAll('style')).toHaveLength(2);
  });
});

describe('the copy within the time budget', () => {
  const paragraphs = (count: number) =>
    `<!doctype html><html lang="vi"><head><title>Dài</title></head><body><article><h1>Dài</h1>${Array.from(
      { length: count },
      (_, i) => `<p>Đoạn ${i + 1}.</p>`,
    ).join('')}</article><footer>Cuối trang</footer></body></html>`;

  it('copies a page too big for the budget from its start, no further than the fewest elements it always keeps', () => {
    const doc = page(paragraphs(MIN_ELEMENTS + 1_000));
    const before = doc.documentElement.outerHTML;
    const { doc: copy, cut } = clonePage(doc, { budgetMs: 0 });
    expect(cut).toBe(true);
    expect(copy.getElementsByTagName('*').length).toBe(MIN_ELEMENTS);
    expect(copy.querySelector('h1')?.textContent).toBe('Dài');
    expect(copy.body.textContent).toContain('Đoạn 1.');
    expect(copy.body.textContent).not.toContain(`Đoạn ${MIN_ELEMENTS + 1_000}.`);
    expect(copy.body.textContent).not.toContain('Cuối trang');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('copies the same page whole when time allows, and a page under the fewest elements whatever the budget', () => {
    const big = clonePage(page(paragraphs(MIN_ELEMENTS + 1_000)), { budgetMs: Infinity });
    expect(big.cut).toBe(false);
    expect(big.doc.body.textContent).toContain('Cuối trang');
    const small = clonePage(page(paragraphs(MIN_ELEMENTS - 100)), { budgetMs: 0 });
    expect(small.cut).toBe(false);
    expect(small.doc.body.textContent).toContain('Cuối trang');
  });
});

describe('copyElementLimit', () => {
  it('gives a slow DOM fewer elements than a fast one, never fewer than MIN_ELEMENTS nor more than MAX_ELEMENTS', () => {
    const elements = 200_000;
    // jsdom walks ~3 µs an element; a browser ~0.1 µs
    const slow = copyElementLimit({ elements, walkMs: elements * 0.003, budgetMs: EXTRACTION_BUDGET_MS });
    const fast = copyElementLimit({ elements, walkMs: elements * 0.0001, budgetMs: EXTRACTION_BUDGET_MS });
    expect(slow).toBeLessThan(fast);
    expect(slow).toBe(MIN_ELEMENTS);
    expect(fast).toBe(MAX_ELEMENTS);
    const middling = copyElementLimit({ elements, walkMs: elements * 0.0008, budgetMs: EXTRACTION_BUDGET_MS });
    expect(middling).toBeGreaterThan(MIN_ELEMENTS);
    expect(middling).toBeLessThan(MAX_ELEMENTS);
    expect(copyElementLimit({ elements, walkMs: 0, budgetMs: 0 })).toBe(MIN_ELEMENTS);
    expect(copyElementLimit({ elements, walkMs: 10_000, budgetMs: Infinity })).toBe(Infinity);
  });
});
