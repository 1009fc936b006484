// Hostile pages, family by family and size by size, generated from a seed: deep nesting
// (tables, lists, <dl>, formatting elements) to 3,000 levels, misnested formatting runs, binary
// garbage served as HTML, 50,000 paragraphs, thousands of images, a multi-MB base64 image, and a
// normal article for reference. Shared by `bench:robustness` (jsdom) and `bench:long-tasks`
// (real Chromium).
const PROSE = [
  'Sáng 14-4, tại thành phố Lào Cai, Ban Thi đua Khen thưởng Trung ương đã tổ chức hội nghị đẩy mạnh phong trào thi đua vì người nghèo năm 2023.',
  'Các phong trào giảm nghèo đã được cả nước thực hiện hiệu quả trong nhiều năm qua, được quốc tế đánh giá rất cao và coi là một điểm sáng.',
  'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 nhằm giảm nghèo đa chiều, bao trùm, hạn chế tái nghèo.',
  'The council met on Tuesday to discuss the budget for the coming year, and several members asked for the report to be published.',
  'Officials said the new line would open in the spring, two years later than planned, after delays in the delivery of the trains.',
];

const wrap = (body: string, title = 'Hostile page') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const prose = (rand: () => number) => PROSE[Math.floor(rand() * PROSE.length)]!;
const article = (rand: () => number, paragraphs = 8) =>
  `<article><h1>Tiêu đề bài viết</h1>${Array.from({ length: paragraphs }, () => `<p>${prose(rand)}</p>`).join('')}</article>`;

/** Nesting `depth` levels of `open`, a line of text at each level, the article at the bottom. */
function nested(open: string, close: string) {
  return (depth: number, rand: () => number) => {
    const levels = Array.from({ length: depth }, (_, i) => `${open}${i % 7 === 0 ? prose(rand) : `level ${i}`}`);
    return wrap(`${levels.join('')}${article(rand)}${close.repeat(depth)}`);
  };
}

export interface Family {
  name: string;
  sizes: number[];
  unit: string;
  html: (size: number, rand: () => number) => string;
}

export const FAMILIES: Family[] = [
  {
    name: 'normal article',
    sizes: [1],
    unit: 'page',
    html: (_, rand) => wrap(`<header><a href="/">Site</a></header>${article(rand, 12)}`),
  },
  {
    name: 'nested tables',
    sizes: [500, 1500, 3000],
    unit: 'levels',
    html: nested('<table><tr><td>', '</td></tr></table>'),
  },
  { name: 'nested lists', sizes: [500, 1500, 3000], unit: 'levels', html: nested('<ul><li>', '</li></ul>') },
  { name: 'nested dl', sizes: [500, 1500, 3000], unit: 'levels', html: nested('<dl><dd>', '</dd></dl>') },
  {
    name: 'nested formatting',
    sizes: [500, 1500, 3000],
    unit: 'levels',
    html: (depth, rand) => {
      const tags = ['b', 'i', 'u', 'em', 'strong', 'span', 'font', 'small'];
      const levels = Array.from(
        { length: depth },
        (_, i) => `<${tags[i % tags.length]}>${i % 7 ? `level ${i} ` : prose(rand)}`,
      );
      return wrap(`<div>${levels.join('')}</div>${article(rand)}`);
    },
  },
  {
    name: 'misnested formatting',
    sizes: [1000, 3000, 6000],
    unit: 'runs',
    html: (runs, rand) =>
      wrap(
        `<p>${Array.from({ length: runs }, () => `<b><i><u>${prose(rand).slice(0, 40)}</b></i>`).join('')}</p>${article(rand)}`,
      ),
  },
  {
    name: 'binary garbage',
    sizes: [50_000, 100_000, 200_000],
    unit: 'bytes',
    html: (bytes, rand) => Array.from({ length: bytes }, () => String.fromCharCode(Math.floor(rand() * 256))).join(''),
  },
  {
    name: 'paragraphs',
    sizes: [10_000, 25_000, 50_000],
    unit: '<p>',
    html: (count, rand) =>
      wrap(
        `<article><h1>Dài</h1>${Array.from({ length: count }, (_, i) => `<p>${i}. ${prose(rand)}</p>`).join('')}</article>`,
      ),
  },
  {
    name: 'images',
    sizes: [1000, 3000, 6000],
    unit: '<img>',
    html: (count, rand) =>
      wrap(
        `${article(rand)}<div class="gallery">${Array.from(
          { length: count },
          (_, i) =>
            `<div><img src="/photos/${i}.jpg" data-src="/photos/${i}-large.jpg" alt="Ảnh ${i}" width="640"><span>${i % 3 ? '' : prose(rand).slice(0, 30)}</span></div>`,
        ).join('')}</div>`,
      ),
  },
  {
    name: 'base64 image',
    sizes: [1_000_000, 4_000_000, 8_000_000],
    unit: 'bytes',
    html: (bytes, rand) => {
      const data = Buffer.from(Array.from({ length: Math.ceil((bytes * 3) / 4) }, () => Math.floor(rand() * 256)));
      const src = `data:image/png;base64,${data.toString('base64')}`;
      return wrap(
        `<article><h1>Ảnh lớn</h1><figure><img src="${src}" srcset="${src} 2x"><figcaption>Ảnh</figcaption></figure>${article(rand).slice(9, -10)}</article>`,
      );
    },
  },
];
