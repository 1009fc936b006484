// Lists that are the article stay whole: a briefing of short items led by bold links, a live
// blog, a Q&A, recipe steps, "what we know" bullets. They look like lists of other stories (items
// led by a link) but are written as prose that links inside its sentences, or are numbered.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { page } from './helpers';

const URL = 'https://news.example/2024/11/12/briefing.html';

/** A news page whose article is a heading, an intro, `list` and a closing line. */
function listPage(list: string, lang = 'en'): Document {
  return page(
    `<!doctype html><html lang="${lang}"><head><title>Briefing - The Daily</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
    <main><article><h1>Briefing</h1><p>Good morning. Here is what is happening today, in a few short items.</p>
    ${list}<p>That is all for today.</p></article></main><footer>© The Daily</footer></body></html>`,
    URL,
  );
}

/** Reads the page and returns the items (their distinctive words) missing from the article. */
function missing(doc: Document, items: readonly string[]): { lost: string[]; degraded: string[] } {
  const outcome = extractArticle(doc, { url: URL });
  if (!outcome.ok) throw new Error(outcome.reason);
  return { lost: items.filter((item) => !outcome.article.text.includes(item)), degraded: outcome.degraded };
}

const NEWS = [
  [
    'Congress passes a stopgap budget',
    'The House voted 220-210 late on Tuesday to keep',
    'the government open',
    'until March.',
  ],
  [
    'Storm batters the Gulf Coast',
    'Hurricane Delia made landfall near Mobile, knocking',
    'out power to 400,000 homes',
    'overnight.',
  ],
  ['Inflation cools again', 'Consumer prices rose 0.2% in October, giving', 'the central bank room', 'to pause.'],
  ['A court blocks the new rule', 'A federal judge in Texas halted a rule on', 'pay data reporting', 'for employers.'],
  [
    'Tech giant lays off thousands',
    'The company will cut about 6% of its',
    'workforce this quarter',
    'as it shifts spending.',
  ],
] as const;

describe('lists that are the article', () => {
  it('keeps a briefing whose items are led by bold links and link inside their sentences', () => {
    const list = `<ul>${NEWS.map(([lead, before, link, after], i) => `<li><strong><a href="/2024/11/12/story-${i}.html">${lead}:</a></strong> ${before} <a href="https://other.example/${i}">${link}</a> ${after}</li>`).join('')}</ul>`;
    expect(
      missing(
        listPage(list),
        NEWS.map(([, before]) => before),
      ),
    ).toEqual({ lost: [], degraded: [] });
  });

  it('keeps a Vietnamese briefing ("Những điều cần biết") in paragraphs', () => {
    const items = [
      [
        'Giá xăng giảm',
        'Từ 15h chiều nay, giá xăng RON95 giảm 300 đồng mỗi lít theo',
        'thông báo của liên Bộ',
        'Công Thương - Tài chính.',
      ],
      [
        'Mưa lớn ở miền Trung',
        'Các tỉnh từ Quảng Bình đến Quảng Ngãi có mưa to, nhiều nơi',
        'ngập sâu hơn một mét',
        'trong đêm qua.',
      ],
      [
        'Học sinh nghỉ học',
        'Hà Nội cho học sinh mầm non và tiểu học nghỉ vì',
        'không khí lạnh tăng cường',
        'từ sáng mai.',
      ],
      [
        'Giá vàng lập đỉnh',
        'Vàng miếng tăng thêm 500.000 đồng mỗi lượng sau khi',
        'giá thế giới đi lên',
        'trong phiên tối.',
      ],
    ];
    const list = items
      .map(
        ([lead, before, link, after], i) =>
          `<p><strong><a href="/tin-${i}.html">${lead}:</a></strong> ${before} <a href="/chu-de-${i}.html">${link}</a> ${after}</p>`,
      )
      .join('');
    const doc = listPage(`<div class="tin-nhanh">${list}</div>`, 'vi');
    expect(
      missing(
        doc,
        items.map(([, before]) => before!),
      ),
    ).toEqual({ lost: [], degraded: [] });
  });

  it('keeps "what we know" bullets that start with a link to the story’s sources', () => {
    const bullets = NEWS.map(
      ([, before, link, after], i) => `<li><a href="/2024/11/12/source-${i}.html">${link}</a>: ${before} ${after}</li>`,
    );
    expect(
      missing(
        listPage(`<h2>What we know</h2><ul>${bullets.join('')}</ul>`),
        NEWS.map(([, before]) => before),
      ),
    ).toEqual({ lost: [], degraded: [] });
  });

  it('keeps numbered recipe steps, each a sentence with a link to an ingredient', () => {
    const steps = [
      'Heat the oven to 200C and grease a deep baking tin with butter before you start.',
      'Whisk the eggs with the sugar until pale and thick, about five minutes by hand.',
      'Fold in the flour and a pinch of salt gently, so the batter keeps its air.',
      'Bake for twenty-five minutes, until a skewer pushed into the middle comes out clean.',
    ];
    const list = `<ol>${steps.map((step, i) => `<li><a href="/ingredients/${i}.html">Step ${i + 1}</a> ${step}</li>`).join('')}</ol>`;
    expect(missing(listPage(list), steps)).toEqual({ lost: [], degraded: [] });
  });

  it('keeps a live blog with timestamps and a Q&A', () => {
    const posts = NEWS.map(
      ([lead, before, link, after], i) =>
        `<div class="post"><a href="${URL}?post=${i}"><time>10:${10 + i}</time></a><h3>${lead}</h3><p>${before} <a href="https://other.example/${i}">${link}</a> ${after}</p></div>`,
    );
    const qa = NEWS.map(
      ([lead, before, , after]) => `<h3>What happened: ${lead.toLowerCase()}?</h3><p>${before} ${after}</p>`,
    );
    expect(
      missing(
        listPage(posts.join('') + qa.join('')),
        NEWS.map(([lead]) => lead),
      ),
    ).toEqual({ lost: [], degraded: [] });
  });

  it('still removes lists of other stories: teasers with "Read more", a numbered "Most read" of headlines', () => {
    const teasers = NEWS.map(
      ([lead, before], i) =>
        `<div class="card"><a href="/2024/11/11/other-${i}.html">${lead} again</a><p>${before} yesterday. <a href="/2024/11/11/other-${i}.html">Read more</a></p></div>`,
    );
    const mostRead = NEWS.map(
      ([lead], i) => `<li><a href="/2024/11/10/top-${i}.html">${i + 1}. ${lead} in pictures</a></li>`,
    );
    const doc = listPage(
      `<p>${NEWS.map(([, before, link, after]) => `${before} ${link} ${after}`).join(' ')}</p><div class="more">${teasers.join('')}</div><ol>${mostRead.join('')}</ol>`,
    );
    const outcome = extractArticle(doc, { url: URL });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.article.text).not.toContain('again');
    expect(outcome.article.text).not.toContain('in pictures');
  });
});
