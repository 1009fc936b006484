// Golden outputs: every fixture page in test/fixtures (the seed page and the site-style
// pages) is extracted and compared with its reviewed output in test/fixtures/golden/.
// A missing or changed golden file fails (a changed one with a diff). Run with UPDATE_GOLDEN=1
// (`UPDATE_GOLDEN=1 npm run test:unit`) to write missing ones and rewrite changed ones; review
// the written files before committing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/extract/types';
import { FIXTURES, loadFixture } from './helpers';

const GOLDEN = join(FIXTURES, 'golden');
const SITES = join(FIXTURES, 'sites');

interface Expectations {
  url: string;
  title?: string;
  byline?: string | null;
  siteName?: string;
  lang?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  captions?: string[];
  images?: string[];
}

const pages: Array<{ name: string; file: string; expect: Expectations }> = [
  {
    name: 'seed-article',
    file: 'seed-article.html',
    expect: JSON.parse(readFileSync(join(FIXTURES, 'seed-article.expect.json'), 'utf8')),
  },
  ...readdirSync(SITES)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.html$/, ''),
      file: `sites/${file}`,
      expect: JSON.parse(readFileSync(join(SITES, file.replace(/\.html$/, '.expect.json')), 'utf8')) as Expectations,
    })),
];

/** The reviewable form of an extraction: metadata lines, a rule, then the text. */
function render(article: Article): string {
  const meta = [
    `title: ${article.title}`,
    `byline: ${article.byline}`,
    `site: ${article.siteName}`,
    `lang: ${article.lang}`,
    `dir: ${article.dir}`,
    `published: ${article.publishedTime}`,
    `lead image: ${article.leadImage}`,
    `words: ${article.wordCount}`,
    `reading minutes: ${article.readingMinutes}`,
    `images: ${(article.html.match(/<img\b[^>]*\bsrc="([^"]+)"/g) ?? []).map((tag) => tag.replace(/.*src="([^"]+)".*/, '$1').replaceAll('&amp;', '&')).join(' ')}`,
  ];
  return `${meta.join('\n')}\n${'-'.repeat(72)}\n${article.text}\n`;
}

describe.each(pages)('$name', ({ name, file, expect: expected }) => {
  const outcome = extractArticle(loadFixture(file, expected.url), { url: expected.url });
  const article = outcome.ok ? outcome.article : null;
  const readable = article ? [article.text, article.title, article.byline ?? ''].join('\n') : '';

  it('is read as an article', () => expect(outcome).toMatchObject({ ok: true }));

  it('matches its reviewed golden output', () => {
    if (!article) return;
    const path = join(GOLDEN, `${name}.txt`);
    const actual = render(article);
    if (process.env.UPDATE_GOLDEN === '1' && (!existsSync(path) || readFileSync(path, 'utf8') !== actual)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, actual);
      console.warn(`UPDATE_GOLDEN=1: wrote ${path}; review it before committing`);
    }
    if (!existsSync(path)) {
      throw new Error(
        `no golden output ${path}: create it with \`UPDATE_GOLDEN=1 npm run test:unit\` and review it before committing`,
      );
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });

  it('has the headline, byline, site and language a reader expects', () => {
    if (expected.title !== undefined) expect(article?.title).toBe(expected.title);
    if (expected.byline !== undefined) expect(article?.byline ?? null).toBe(expected.byline);
    if (expected.siteName !== undefined) expect(article?.siteName).toBe(expected.siteName);
    if (expected.lang !== undefined) expect(article?.lang).toBe(expected.lang);
  });

  it('keeps every paragraph, caption and credit of the article', () => {
    expect((expected.mustContain ?? []).filter((snippet) => !readable.includes(snippet))).toEqual([]);
  });

  it('drops every copy button, share label, related headline and menu', () => {
    expect((expected.mustNotContain ?? []).filter((noise) => readable.includes(noise))).toEqual([]);
  });

  it('shows each caption once', () => {
    const counts = (expected.captions ?? []).map((caption) => [
      caption,
      (article?.text ?? '').split(caption).length - 1,
    ]);
    expect(counts.filter(([, count]) => count !== 1)).toEqual([]);
  });

  it('keeps the real article images, not their placeholders', () => {
    const html = (article?.html ?? '').replaceAll('&amp;', '&');
    expect((expected.images ?? []).filter((image) => !html.includes(image))).toEqual([]);
    expect(html).not.toMatch(/src="data:image\/gif/);
  });
});
