import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { PAGE_MAX_ELEMENTS, trimForReadability } from '../../lib/extract/prepare/readability-budget';
import { page, PROSE } from './helpers';

const article = (paragraphs: number) =>
  `<article id="story"><h1>Tiêu đề</h1>${Array.from({ length: paragraphs }, (_, i) => `<p>${i + 1}. ${PROSE[i % PROSE.length]}</p>`).join('')}</article>`;
/** The column as main-content.ts would tell it: `core`, and the prose of the paragraphs in an element. */
const columnOf = (core: Element | null) => ({
  core,
  proseIn: (element: Element) =>
    [...element.querySelectorAll('p')].reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0),
});
const gallery = (pictures: number) =>
  `<div class="gallery">${Array.from({ length: pictures }, (_, i) => `<div><img src="/p/${i}.jpg"><span>Ảnh ${i}</span></div>`).join('')}</div>`;

describe("Readability's budget", () => {
  it('takes what lies beside the article first, biggest first, and keeps the article whole', () => {
    const doc = page(`<html><body><header><a href="/">Báo</a></header>${article(20)}${gallery(40)}</body></html>`);
    const story = doc.getElementById('story')!;
    expect(trimForReadability(doc.body, columnOf(story), { page: 60, article: 1000 })).toBe('beside');
    expect(doc.querySelector('.gallery')).toBeNull(); // 121 elements: the biggest thing beside it
    expect(doc.querySelector('header')).not.toBeNull(); // small: it could stay
    expect(story.querySelectorAll('p')).toHaveLength(20);
  });

  it('keeps what beside the column holds a good part of the prose: the column may be guessed wrong', () => {
    const doc = page(
      `<html><body><div id="comments">${article(20)}</div><div id="real">${article(10)}</div>${gallery(40)}</body></html>`,
    );
    expect(trimForReadability(doc.body, columnOf(doc.getElementById('comments')), { page: 20, article: 1000 })).toBe(
      'beside',
    );
    expect(doc.querySelector('.gallery')).toBeNull();
    expect(doc.querySelectorAll('#real p')).toHaveLength(10);
  });

  it('cuts the end of an article that alone is over the budget, keeping its beginning', () => {
    const doc = page(`<html><body>${article(100)}</body></html>`);
    expect(trimForReadability(doc.body, columnOf(doc.getElementById('story')), { page: 20, article: 30 })).toBe('cut');
    expect(doc.body.getElementsByTagName('*').length).toBe(30);
    expect(doc.querySelector('p')!.textContent).toMatch(/^1\. /);
  });

  it('leaves a page within the budget as it is', () => {
    const doc = page(`<html><body>${article(20)}${gallery(5)}</body></html>`);
    const before = doc.body.innerHTML;
    expect(trimForReadability(doc.body, columnOf(doc.getElementById('story')))).toBe('none');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('reads the article of a page with a huge gallery beside it, and says Readability read less', () => {
    const pictures = Math.ceil(PAGE_MAX_ELEMENTS / 3) + 100;
    const doc = page(`<html lang="vi"><body>${article(12)}${gallery(pictures)}</body></html>`);
    // all the time it needs: the copy's own budget (copy-budget.ts) would cut the gallery's end in jsdom
    const outcome = extractArticle(doc, { url: 'https://news.example/a.html', budgetMs: Infinity });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.degraded).toContain('readability.page:budget');
    expect(outcome.degraded).not.toContain('readability:budget'); // nothing of the article was cut
    expect(outcome.article.text).toContain(PROSE[0]!);
    expect(outcome.article.text).not.toContain('Ảnh 1');
  });

  it('leaves out an image inlined as megabytes of data: URL, and keeps the article', () => {
    const huge = `data:image/png;base64,${'A'.repeat(1_200_000)}`;
    const doc = page(
      `<html lang="vi"><body><article><h1>Tiêu đề</h1><figure><img src="${huge}" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    const outcome = extractArticle(doc, { url: 'https://news.example/a.html' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.degraded).toContain('prepare.removeHugeAttributes:budget');
    expect(outcome.article.html.length).toBeLessThan(100_000);
    expect(outcome.article.text).toContain(PROSE[5]!);
  });

  it('summarizes a very long article from its beginning, and says so', () => {
    // ~650 paragraphs of ~170 characters: over the summary's 100,000 characters
    const doc = page(`<html lang="vi"><body>${article(650)}</body></html>`);
    const outcome = extractArticle(doc, { url: 'https://news.example/a.html' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.degraded).toContain('summary:budget');
    expect(outcome.article.summary.length).toBeGreaterThan(0);
    const blocks = outcome.article.text.split('\n\n');
    const firstUnread = blocks.findIndex((_, i) => blocks.slice(0, i + 1).join('').length > 100_000);
    for (const line of outcome.article.summary) expect(line.block).toBeLessThan(firstUnread);
  });
});
