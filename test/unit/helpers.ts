import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../cli/parse-html';
import { bareArticle, type BareArticleFields } from '../../lib/db/write/bare-article';
import type { LibraryExport } from '../../lib/db/types';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/** A fixture page parsed as a browser would parse it. */
export function loadFixture(name: string, url = `https://news.example/${name}`): Document {
  return parseHtml(readFileSync(join(FIXTURES, name), 'utf8'), url);
}

/** An HTML string parsed as the page at `url`. */
export function page(html: string, url = 'https://news.example/article.html'): Document {
  return parseHtml(html, url);
}

/** Six different paragraphs of Vietnamese news prose, as an article body. */
export const PROSE = [
  'Sáng 14-4, tại thành phố Lào Cai, Ban Thi đua Khen thưởng Trung ương đã tổ chức hội nghị đẩy mạnh phong trào thi đua vì người nghèo năm 2023 với sự tham gia của nhiều tỉnh.',
  'Các phong trào giảm nghèo đã được cả nước thực hiện hiệu quả trong nhiều năm qua, được quốc tế đánh giá rất cao và coi là một điểm sáng trong thực hiện các mục tiêu thiên niên kỷ.',
  'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 nhằm giảm nghèo đa chiều, bao trùm, hạn chế tái nghèo và hỗ trợ người nghèo tiếp cận dịch vụ xã hội cơ bản.',
  'Phát biểu tại hội nghị, ông Phan Văn Hùng đánh giá cao việc triển khai phong trào ở các địa phương và đề nghị đại biểu chia sẻ những cách làm hay để nhân rộng trong thời gian tới.',
  'Hội nghị đánh giá công tác tham mưu, triển khai các phong trào thi đua được thực hiện tốt; nhiều vấn đề an sinh xã hội trong y tế, giáo dục, nhà ở được các địa phương quan tâm.',
  'Tiêu biểu như kinh nghiệm của tỉnh Lào Cai, mỗi huyện lựa chọn một hoặc hai thôn bản tiêu biểu để triển khai thực hiện và nhân rộng mô hình chăn nuôi gia cầm liên hộ.',
];

/**
 * A news page whose article container holds the prose and `inside` (noise a rule must
 * remove, placed where plain Readability keeps it), with `before`/`after` around it.
 */
export function articlePage(parts: {
  inside?: string;
  top?: string;
  before?: string;
  after?: string;
  head?: string;
  lang?: string;
}): Document {
  const paragraphs = PROSE.map((text) => `<p>${text}</p>`);
  const body = [parts.top ?? '', ...paragraphs.slice(0, 3), parts.inside ?? '', ...paragraphs.slice(3)].join('\n');
  return page(
    `<!doctype html><html lang="${parts.lang ?? 'vi'}"><head><meta charset="utf-8"><title>Hội nghị thi đua vì người nghèo - Báo Mẫu</title>${parts.head ?? ''}</head>
    <body><header class="site"><a href="/">Báo Mẫu</a></header>${parts.before ?? ''}
    <div class="main"><h1>Hội nghị thi đua vì người nghèo</h1><div class="content">${body}</div></div>${parts.after ?? ''}</body></html>`,
    'https://bao.example/thi-dua/hoi-nghi.html',
  );
}

/** A small seeded PRNG (mulberry32) returning floats in [0, 1): every run generates the same input. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Lede library file of articles made from address, title and text, unread, saved now. */
export function libraryFileOf(articles: readonly BareArticleFields[]): LibraryExport {
  return {
    format: 'lede-library',
    version: 1,
    exportedAt: new Date().toISOString(),
    articles: articles.map((fields) => ({
      ...bareArticle(fields),
      canonicalUrl: null,
      summary: [],
      tags: [],
      savedAt: Date.now(),
      readAt: null,
      starred: false,
    })),
  };
}
