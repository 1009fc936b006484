// One fixture per rule group: each page puts the noise where plain Readability keeps it,
// so each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { PROSE, articlePage, page } from './helpers';

function read(doc: Document, url = 'https://bao.example/thi-dua/hoi-nghi.html') {
  const outcome = extractArticle(doc, { url });
  if (!outcome.ok) throw new Error(`not extracted: ${outcome.reason}`);
  return outcome.article;
}

const keepsProse = (text: string) => expect(PROSE.filter((p) => !text.includes(p))).toEqual([]);

describe('copy and share controls (by their words, whatever their class)', () => {
  it('removes "Click để copy", "Copy link", "Click To Tweet" and "Share Tweet Submit"', () => {
    const { text } = read(
      articlePage({
        top: '<div class="x1"><span class="i"></span>• Click để copy</div>',
        inside: `<div class="x2"><a href="#">Copy link</a></div><p><a href="https://twitter.com/intent/tweet?text=x">Click To Tweet</a></p>
        <div class="x3"><span>Share</span> <span>Tweet</span> <span>Submit</span></div>`,
      }),
    );
    for (const label of ['Click để copy', 'Copy link', 'Click To Tweet', 'Share', 'Tweet', 'Submit'])
      expect(text).not.toContain(label);
    keepsProse(text);
  });
  it('removes controls with a count ("Bình luận (12)", "Share 2.4K"), back-to-top links and share/print links in other languages', () => {
    const { text } = read(
      articlePage({
        inside: `<div class="x4"><a href="#c">Bình luận <span>(12)</span></a></div><div class="x5"><a href="#s">Share</a> <b>2.4K</b></div>
        <div class="x6"><a href="#">Partager</a></div><p><a href="?print=true">Imprimer</a></p><div class="x7"><a href="#page">Haut de page</a></div>
        <div class="x8"><span>Compartir</span></div><p><a href="#top">Về đầu trang</a></p><div class="x9"><a href="#">Back to top</a></div>`,
      }),
    );
    for (const label of [
      'Bình luận',
      '(12)',
      'Share',
      '2.4K',
      'Partager',
      'Imprimer',
      'Haut de page',
      'Compartir',
      'Về đầu trang',
      'Back to top',
    ])
      expect(text).not.toContain(label);
    keepsProse(text);
  });
  it('keeps a sentence that starts with a control word and a number, and removes the control with its count ("Email 3")', () => {
    const { text } = read(
      articlePage({
        inside:
          '<p>Share 25 percent of the harvest with the cooperative, the farmers agreed in 2023.</p><p>Email 3</p>',
      }),
    );
    expect(text).toContain('Share 25 percent of the harvest');
    expect(text).not.toContain('Email 3');
  });
});

describe('lists of other articles under a heading', () => {
  it('removes a "Tin liên quan" heading and its list, and a "You may also like" box', () => {
    const { text } = read(
      articlePage({
        inside: `<h3>Tin liên quan</h3><ul><li><a href="/a1.html">Hà Nội công bố chỉ tiêu tuyển sinh lớp 10</a></li><li><a href="/a2.html">Gia Lai xử phạt thương mại điện tử</a></li></ul>
        <div class="b"><h4>You may also like</h4><div><a href="/e1.html">Night trains return to the Alps this summer</a> <a href="/e2.html">Ferry fares rise again</a></div></div>`,
      }),
    );
    for (const noise of ['Tin liên quan', 'Hà Nội công bố chỉ tiêu', 'You may also like', 'Night trains return'])
      expect(text).not.toContain(noise);
    keepsProse(text);
  });
  it('knows the headings of sites and languages beyond the corpus: "Tin cùng chủ đề", "La rédaction vous conseille :", "Further reading", "관련기사"', () => {
    const list = (n: string) =>
      `<ul><li><a href="/${n}1.html">Tiêu đề khác ${n} số một về thời tiết</a></li><li><a href="/${n}2.html">Tiêu đề khác ${n} số hai về giá vàng</a></li></ul>`;
    const { text } = read(
      articlePage({
        inside: `<h3>Tin cùng chủ đề</h3>${list('a')}<div class="y1"><h4>La rédaction vous conseille :</h4>${list('b')}</div>
        <h2>Further reading</h2>${list('c')}<div class="y2"><strong>관련기사</strong>${list('d')}</div>`,
      }),
    );
    for (const noise of [
      'Tin cùng chủ đề',
      'La rédaction vous conseille',
      'Further reading',
      '관련기사',
      'Tiêu đề khác',
    ])
      expect(text).not.toContain(noise);
    keepsProse(text);
  });
});

describe('story lists and cards, by their shape alone', () => {
  const item = (n: number) =>
    `<div class="c"><a href="/story-${n}.html"><img src="/t${n}.jpg"></a><h3><a href="/story-${n}.html">Tiêu đề bài viết khác số ${n} về giao thông</a></h3><p>Tóm tắt ngắn của bài viết khác số ${n}.</p></div>`;
  it('removes a list of headline + teaser items with no heading', () => {
    const li = (n: number) =>
      `<li><a href="/story-${n}.html">Tiêu đề bài viết khác số ${n} về giao thông</a> — tóm tắt ngắn số ${n}.</li>`;
    const { text } = read(articlePage({ inside: `<ul class="w">${[1, 2, 3, 4].map(li).join('')}</ul>` }));
    expect(text).not.toMatch(/bài viết khác số/);
    keepsProse(text);
  });
  it('removes a single related-story card inside the body', () => {
    const { text } = read(articlePage({ inside: item(7) }));
    expect(text).not.toMatch(/bài viết khác số 7/);
    keepsProse(text);
  });
});

describe('paragraphs that are only a link to another article', () => {
  it('removes ">> headline", "Xem thêm: headline" and "Read more: headline", keeps a source credit', () => {
    const { text } = read(
      articlePage({
        inside: `<p>&gt;&gt; <a href="/x1.html">Doanh nhân buôn ma túy xuyên quốc gia lãnh án</a></p>
        <p>Xem thêm: <a href="/x2.html">Bộ Nội vụ đồng ý nghỉ Tết 9 ngày</a></p>
        <p><strong>Read more:</strong> <a href="/x3.html">Rural bus routes to be restored</a></p>
        <p>Theo <a href="https://thongtan.example/bai-goc.html">Thông tấn xã</a></p>`,
      }),
    );
    expect(text).toContain('Theo Thông tấn xã');
    for (const noise of ['Doanh nhân buôn ma túy', 'Bộ Nội vụ đồng ý', 'Rural bus routes', 'Xem thêm', 'Read more'])
      expect(text).not.toContain(noise);
    keepsProse(text);
  });
});

describe('text printed twice', () => {
  it('shows a caption once when it is also printed as a paragraph or as the image label', () => {
    const { text } = read(
      articlePage({
        inside: `<figure><img src="/a.jpg" alt="Các đại biểu dự hội nghị."><figcaption>Các đại biểu dự hội nghị.</figcaption></figure><p><em>Các đại biểu dự hội nghị.</em></p>
        <table><tr><td><img src="/b.jpg" alt="Toàn cảnh hội nghị."><span>Toàn cảnh hội nghị.</span></td></tr><tr><td><p>Toàn cảnh hội nghị.</p></td></tr></table>`,
      }),
    );
    expect(text.split('Các đại biểu dự hội nghị.').length - 1).toBe(1);
    expect(text.split('Toàn cảnh hội nghị.').length - 1).toBe(1);
  });
  it('shows the headline and a paragraph once when a share card at the end of the body prints them again (le Figaro)', () => {
    const standfirst =
      'Phong trào thi đua vì người nghèo được triển khai rộng khắp, với nhiều mô hình hay ở các tỉnh miền núi phía Bắc.';
    const body = PROSE.map((p) => `<p>${p}</p>`).join('');
    const doc =
      page(`<html lang="vi"><head><title>Hội nghị thi đua vì người nghèo</title></head><body><div class="main"><h1>Hội nghị thi đua vì người nghèo</h1>
      <div class="content"><p><b>${standfirst}</b></p>${body}<div class="c9"><h3>Hội nghị thi đua vì người nghèo</h3><p>${standfirst}</p></div></div></div></body></html>`);
    const { title, text } = read(doc);
    expect(title).toBe('Hội nghị thi đua vì người nghèo');
    expect(text).not.toContain('Hội nghị thi đua vì người nghèo');
    expect(text.split(standfirst).length - 1).toBe(1);
    expect(text.indexOf(standfirst)).toBe(0);
    keepsProse(text);
  });
  it('keeps a credit line once when the page prints it twice', () => {
    const { text } = read(articlePage({ top: '<p>Tin, ảnh: NGUYỄN ANH</p>', inside: '<p>Tin, ảnh: NGUYỄN ANH</p>' }));
    expect(text.split('Tin, ảnh: NGUYỄN ANH').length - 1).toBe(1);
  });
});

describe('furniture found by markup', () => {
  it('removes share bars by class, screen-reader-only text and in-article navigation', () => {
    const { text } = read(
      articlePage({
        inside: `<div class="box-share"><a href="/s">Facebook nhóm bạn đọc</a></div><nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav>
        <figure><img src="/c.jpg"><figcaption><span class="visually-hidden">Image caption, </span>Nông dân thu hoạch lúa.</figcaption></figure>`,
      }),
    );
    for (const noise of ['Facebook nhóm bạn đọc', 'Trang chủ', 'Image caption']) expect(text).not.toContain(noise);
    expect(text).toContain('Nông dân thu hoạch lúa.');
  });
  it('never removes the article, even in a container named "sidebar-1" or a page-wide <form>', () => {
    const doc =
      page(`<html><body><form id="aspnetForm"><script>var theForm = document.forms['aspnetForm']; ${'x'.repeat(3000)}</script>
      <div class="sidebar-1"><div id="print-news">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <div class="sidebar-2"><p>Quảng cáo</p></div></form></body></html>`);
    keepsProse(read(doc).text);
  });
});

describe('datelines and page-number bars', () => {
  it('removes a line that is only a date, and one that is only page numbers; keeps dates inside sentences', () => {
    const { text } = read(
      articlePage({
        top: '<p>Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)</p>',
        inside: '<p>Trang trước, [1], 2, 3, 4, Trang sau</p>',
      }),
    );
    expect(text).not.toContain('24/12/2012');
    expect(text).not.toContain('Trang sau');
    expect(text).toContain('Sáng 14-4');
  });
  it('keeps a place dateline in the first sentence as text, not as the author (Washington Post, AP: <span class="dateline">CAIRO —</span>)', () => {
    const prose = [
      'Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people in an assault that shook the capital.',
      'It was the most deadly attack in the country in more than a decade, and no group had claimed responsibility by the evening.',
      'The government said the museum would stay closed for a week while investigators worked through the galleries and the gardens.',
    ];
    const doc = page(
      `<html lang="en"><head><title>Gunmen attack museum</title></head><body><article><h1>Gunmen attack museum</h1>
      <p><span class="dateline">CAIRO —</span> ${prose[0]}</p>${prose
        .slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
      'https://news.example/world/museum.html',
    );
    const article = read(doc, 'https://news.example/world/museum.html');
    expect(article.text.startsWith(`CAIRO — ${prose[0]}`)).toBe(true);
    expect(article.byline).toBeNull();
  });
  it('removes an English dateline with a time zone ("Published: Wednesday, 21 Sep 2011 | 4:35 PM ET")', () => {
    const { text } = read(articlePage({ top: '<p>Published: Wednesday, 21 Sep 2011 | 4:35 PM ET</p>', lang: 'en' }));
    expect(text).not.toContain('21 Sep 2011');
    keepsProse(text);
  });
  it('removes datelines with a month’s name in other languages ("Publié le lundi 3 mars 2024", "Aktualisiert am 3. März 2024")', () => {
    const lines = [
      'Publié le lundi 3 mars 2024 à 10h30',
      'Aktualisiert am 3. März 2024, 10:30 Uhr',
      'Actualizado el 3 de marzo de 2024',
      'Atualizado em 3 de março de 2024 às 10:30',
      'Aggiornato il 3 febbraio 2024 alle 10:30',
      'Le 3 mars 2024',
    ];
    const { text } = read(articlePage({ top: lines.map((line) => `<p>${line}</p>`).join(''), lang: 'fr' }));
    expect(lines.filter((line) => text.includes(line.slice(0, 12)))).toEqual([]);
    keepsProse(text);
  });
});
