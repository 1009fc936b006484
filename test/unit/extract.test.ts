import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { loadFixture, page } from './helpers';

/** Six different paragraphs built from one sentence, as an article body. */
function paragraphs(sentence: string, attributes = ''): string {
  return [1, 2, 3, 4, 5, 6].map((n) => `<p${attributes}>${n}. ${sentence}</p>`).join('');
}

const SEED_URL = 'https://thidua.example/thi-dua/nhieu-mo-hinh-hay.html';

describe('extractArticle', () => {
  it('reads title, site, language, date and body of the seed page', () => {
    const outcome = extractArticle(loadFixture('seed-article.html', SEED_URL), { url: SEED_URL });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { article } = outcome;
    expect(article.title).toBe(
      'Nhiều mô hình hay trong Phong trào thi đua “Vì người nghèo - không để ai bị bỏ lại phía sau”',
    );
    expect(article.siteName).toBe('Báo Thi đua Việt Nam');
    expect(article.lang).toBe('vi');
    expect(article.publishedTime).toBe('2023-04-14T15:30:00+07:00');
    expect(article.text).toContain('Hội nghị diễn ra đến hết ngày 14-4.');
    expect(article.wordCount).toBeGreaterThan(500);
  });

  it('separates paragraphs with a blank line in the text', () => {
    const outcome = extractArticle(loadFixture('seed-article.html', SEED_URL), { url: SEED_URL });
    if (!outcome.ok) throw new Error(outcome.reason);
    const paragraphs = outcome.article.text.split('\n\n');
    expect(paragraphs).toContain('Hội nghị diễn ra đến hết ngày 14-4.');
  });

  it('makes image addresses absolute against the page URL', () => {
    const doc = page(`<html><head><title>Rain returns</title></head><body><article>
      <h1>Rain returns</h1>${paragraphs('Heavy rain is expected across the north this week, forecasters said on Monday, as a cold front moves south and meets humid air from the sea.')}
      <figure><img src="/img/rain.jpg" alt="Rain"><figcaption>Rain in the city.</figcaption></figure></article></body></html>`);
    const outcome = extractArticle(doc, { url: 'https://news.example/weather/rain.html' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.article.html).toContain('src="https://news.example/img/rain.jpg"');
  });

  it('never changes the document it reads', () => {
    const doc = loadFixture('seed-article.html', SEED_URL);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: SEED_URL });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says a sign-in page is not an article, and can be forced', () => {
    const doc = loadFixture('not-article.html');
    const outcome = extractArticle(doc, { url: 'https://mail.example/login' });
    expect(outcome).toMatchObject({ ok: false, reason: 'not-article', canForce: true });
    const forced = extractArticle(doc, { url: 'https://mail.example/login', force: true });
    expect(forced.ok).toBe(true);
  });

  it('says an empty page is empty instead of throwing', () => {
    const outcome = extractArticle(page('<html><body>  </body></html>'), { url: 'https://news.example/' });
    expect(outcome).toMatchObject({ ok: false, reason: 'empty-page' });
  });

  it('strips scripts and event handlers from the article HTML', () => {
    const body = paragraphs(
      'Officials confirmed on Tuesday that the new bridge will open to traffic next month after two years of construction work on the river crossing.',
      ' onclick="steal()"',
    );
    const doc = page(
      `<html><body><article><h1>Bridge</h1>${body}<script>steal()</script><a href="javascript:steal()">x</a></article></body></html>`,
    );
    const outcome = extractArticle(doc, { url: 'https://news.example/bridge' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.article.html).not.toMatch(/onclick|<script|javascript:/i);
  });
});
