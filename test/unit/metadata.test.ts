import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { detectLanguage } from '../../lib/text/language';
import { cleanByline } from '../../lib/extract/metadata/byline';
import { readingMinutes } from '../../lib/extract/metadata/reading-time';
import { PROSE, articlePage, page } from './helpers';

const ENGLISH = [
  'More than 120 rural bus routes cut during the pandemic will return by September after the government announced new funding for councils across the country.',
  'The money will be shared between 38 councils, with the largest sums going to areas where services were cut most deeply, officials said on Friday.',
  'Campaigners have long argued that the loss of rural services left older people and teenagers isolated, unable to reach shops, doctors or colleges.',
  'Bus operators said finding drivers remained the biggest obstacle, and that recruitment would take months even with the money in place.',
];

function read(doc: Document, url = 'https://bao.example/thi-dua/hoi-nghi.html') {
  const outcome = extractArticle(doc, { url });
  if (!outcome.ok) throw new Error(`not extracted: ${outcome.reason}`);
  return outcome.article;
}

describe('headline', () => {
  it.each([
    ['Hội nghị thi đua vì người nghèo - Báo Mẫu'],
    ['Hội nghị thi đua vì người nghèo | Báo Mẫu'],
    ['Báo Mẫu | Hội nghị thi đua vì người nghèo'],
  ])('drops the site name from "%s"', (title) => {
    const doc = articlePage({ head: '<meta property="og:site_name" content="Báo Mẫu">' });
    doc.title = title;
    expect(read(doc).title).toBe('Hội nghị thi đua vì người nghèo');
  });
});

describe('byline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Tin, ảnh: NGUYỄN ANH', 'NGUYỄN ANH'],
    ['Minh Quân Thứ bảy, 16/08/2025 - 20:31', 'Minh Quân'],
    ['Bài và ảnh: Thanh Hải', 'Thanh Hải'],
    ['Thứ bảy, 16/08/2025 - 20:31 | Minh Quân', 'Minh Quân'],
    // Vox Media: the name, then the date, the author's handle and a comment count
    ['By Sam Byford\n  on June  29, 2014 08:08 pm\n  @345triangle\n 76Comments', 'Sam Byford'],
    ['Griffin McElroy @griffinmcelroy on Jun 26, 2014 at 11a', 'Griffin McElroy'],
    // the Telegraph: a byline box that only holds the time and date
    ['9:39AM BST 05 Oct 2011', null],
    ['Nguyễn Văn Lực 14/04/2023 15:30', 'Nguyễn Văn Lực'],
    // "đăng" (posted) is a dateline word; "Đăng" is a name
    ['Hải Đăng', 'Hải Đăng'],
    ['Đăng Khoa 14/04/2023 15:30', 'Đăng Khoa'],
    ['Hải Đăng đăng lúc 14/04/2023 15:30', 'Hải Đăng'],
    // a part of the box that is only dateline words goes, whatever its case; the rest stays as written
    ['Ngày 14/04/2023 | Minh Quân', 'Minh Quân'],
    ['HẢI ĐĂNG', 'HẢI ĐĂNG'],
    // a place dateline is not an author
    ['CAIRO —', null],
    ['NEW YORK (AP) --', null],
    ['Tin, ảnh: NHẬT MINH', 'NHẬT MINH'],
    ['Minh Nhật 14/04/2023 15:30', 'Minh Nhật'],
    ['Cập nhật: 14/04/2023 15:30 - Minh Quân', 'Minh Quân'],
    ['Ed Hornick, CNN', 'Ed Hornick, CNN'],
    ['Samit Sarkar on Jun 30, 2014 06.30.14', 'Samit Sarkar'],
    ['Richard Lawler posted Aug 18th 2010 7:30PM', 'Richard Lawler'],
    ['JORDAN ROBERTSON - AP Technology Writer | AP – 1 hr 4 mins ago', 'JORDAN ROBERTSON - AP Technology Writer | AP'],
  ])('reads "%s" as %s', (raw, name) => expect(cleanByline(raw)).toBe(name));

  // dates with a month's name in the languages of the label lists (rules/metadata.ts MONTH_NAMES), and Dutch
  it.each([
    ['Par Jean Dupont, le 3 mars 2024', 'Jean Dupont'],
    ['Par Jean Dupont, lundi 1er avril 2024 à 10h30', 'Jean Dupont'],
    ['Von Anna Schmidt, 3. März 2024', 'Anna Schmidt'],
    ['Von Anna Schmidt, Montag, 3. Okt. 2024, 10:30 Uhr', 'Anna Schmidt'],
    ['Por Ana García, 3 de marzo de 2024', 'Ana García'],
    ['Por Ana García, el 3 de marzo del 2024', 'Ana García'],
    ['Por Ana Silva, 3 de março de 2024', 'Ana Silva'],
    ['Ana Silva, segunda-feira, 4 de março de 2024', 'Ana Silva'],
    ['Marco Rossi, il 3 febbraio 2024', 'Marco Rossi'],
    ['Jan Jansen, 3 maart 2024', 'Jan Jansen'],
    ['Jan Jansen op 14 mei 2024', 'Jan Jansen'],
    ['Budi Santoso, Senin, 4 Maret 2024 10:00 WIB', 'Budi Santoso'],
    ['Иван Петров, 3 марта 2024', 'Иван Петров'],
    ['بقلم: أحمد محمد - 3 مارس 2024', 'أحمد محمد'],
    ['สมชาย ใจดี 3 มีนาคม 2567', 'สมชาย ใจดี'],
    // "le", "el" before a date go in lower case only: "Le" is a name
    ['Minh Le, le 3 mars 2024', 'Minh Le'],
    ['Jean Le Gall le 3 mars 2024', 'Jean Le Gall'],
  ])('reads "%s" as %s', (raw, name) => expect(cleanByline(raw)).toBe(name));
  it.each([
    ['Di Marco Rossi, 3 marzo 2024', 'Marco Rossi'],
    ['Door Jan Jansen, 3 maart 2024', 'Jan Jansen'],
  ])('takes the date off "%s" (its "by" word is not one Lede knows)', (raw, name) =>
    expect(cleanByline(raw)).toMatch(new RegExp(`^(?:Di |Door )?${name}$`)),
  );

  it('takes the author out of a "By: <a rel=author>" box and leaves no "By:" behind (Time)', () => {
    const { text, byline } = read(
      articlePage({
        top: '<h4><span>By:</span> <a href="/author/jane-doe" rel="author">Jane Doe</a></h4>',
        lang: 'en',
      }),
    );
    expect(byline).toBe('Jane Doe');
    expect(text.startsWith('Sáng 14-4')).toBe(true);
  });
  it("does not take the site's address in the author box for the author (Le Figaro's 'lefigaro.fr')", () => {
    expect(read(articlePage({ top: '<div class="author">baomau.vn</div>' })).byline).toBeNull();
    expect(read(articlePage({ top: '<div class="author">Minh Quân</div>' })).byline).toBe('Minh Quân');
    expect(read(articlePage({ top: '<div class="author">J.R.Smith</div>' })).byline).toBe('J.R.Smith');
  });
  it('takes the credit line at the end of the article when the page names no author, and keeps it in the text once', () => {
    expect(read(articlePage({})).byline).toBeNull();
    const doc = articlePage({});
    doc.querySelector('.content')!.insertAdjacentHTML('beforeend', '<p>Tin, ảnh: NGUYỄN ANH</p>');
    const credited = read(doc);
    expect(credited.byline).toBe('NGUYỄN ANH');
    expect(credited.text.split('Tin, ảnh: NGUYỄN ANH').length - 1).toBe(1);
  });
});

describe('a byline box at the top of the body (English sites with generated class names)', () => {
  const englishPage = (top: string) =>
    page(
      `<!doctype html><html lang="en"><head><title>Rural buses return - Albion News</title></head><body>
      <article><h1>Rural buses return</h1><div class="sc-4f1d"><p><span class="sc-9a2b">${top}</span></p></div>
      ${ENGLISH.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
      'https://news.example/buses',
    );

  it('shows "By Jane Doe" and its role line once, in the header, not again atop the text', () => {
    const article = read(
      englishPage('<div><p><span>By Jane Doe</span></p><p>Transport correspondent</p></div>'),
      'https://news.example/buses',
    );
    expect(article.byline).toBe('Jane Doe');
    expect(article.text).not.toContain('By Jane Doe');
    expect(article.text).not.toContain('Transport correspondent');
    expect(article.text.startsWith(ENGLISH[0]!)).toBe(true);
  });
  it('keeps a first sentence that only starts with "By"', () => {
    const sentence = 'By the time the first bus arrived, the village had waited three years.';
    const article = read(englishPage(sentence), 'https://news.example/buses');
    expect(article.text.startsWith(sentence)).toBe(true);
    expect(article.byline).toBeNull();
  });
});

describe('language, direction, time, reading minutes', () => {
  it('trusts the text over a template that declares lang="en-us" on a Vietnamese page', () => {
    expect(read(articlePage({ lang: 'en-us' })).lang).toBe('vi');
  });
  it('reads an Arabic page right to left even without dir', () => {
    const arabic =
      'بدأ المزارعون في واحات الأحساء موسم حصاد التمور هذا العام في وقت مبكر مقارنة بالسنوات الماضية، بسبب ارتفاع درجات الحرارة خلال أشهر الصيف الطويلة.';
    const doc = page(
      `<html lang="ar"><head><title>حصاد التمور</title></head><body><article><h1>حصاد التمور</h1>${[1, 2, 3, 4].map((n) => `<p>${n} ${arabic}</p>`).join('')}</article></body></html>`,
    );
    expect(read(doc)).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });
  it('detects the language of text when the page does not say', () => {
    expect(detectLanguage(PROSE.join(' '))).toBe('vi');
    expect(detectLanguage(ENGLISH.join(' '))).toBe('en');
    expect(detectLanguage('東京都は新しい交通計画を発表しました。市民の生活が変わります。')).toBe('ja');
  });
  it('takes the publication time from <time datetime> when there is no meta tag', () => {
    const doc = articlePage({ top: '<time datetime="2023-04-14T15:30:00+07:00">14/04/2023</time>' });
    expect(read(doc).publishedTime).toBe('2023-04-14T15:30:00+07:00');
  });
  it('counts reading minutes at the speed of the article language', () => {
    expect(readingMinutes(2380, 'en')).toBe(10);
    expect(readingMinutes(50, 'vi')).toBe(1);
    expect(readingMinutes(3500, 'zh')).toBe(10);
  });
  it('names the site by its host when the page gives no name', () => {
    const doc = page(
      `<html><head><title>Rural buses</title></head><body><article><h1>Rural buses</h1>${ENGLISH.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    expect(read(doc, 'https://www.albion.example/news/buses').siteName).toBe('albion.example');
  });
});
