// One caption for every reader: an image whose alt or title repeats its caption gets alt="" and
// no title (a screen reader, or a reader whose images did not load, would get the caption twice);
// an image without a caption, or with an alt that says something else, keeps it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { articlePage, page } from './helpers';

const CAPTION = 'Đại biểu tham quan gian hàng giới thiệu sản phẩm của các hộ thoát nghèo tại Lào Cai';

/** The article's images as the reader page gets them: alt and title of each. */
function images(inside: string): Array<{ alt: string | null; title: string | null }> {
  const outcome = extractArticle(articlePage({ inside }), { url: 'https://bao.example/thi-dua/hoi-nghi.html' });
  if (!outcome.ok) throw new Error(outcome.reason);
  const html = page(outcome.article.html);
  return [...html.querySelectorAll('img')].map((img) => ({
    alt: img.getAttribute('alt'),
    title: img.getAttribute('title'),
  }));
}

describe('image alt and title that repeat the caption', () => {
  it('are cleared in a <figure> with a <figcaption> (WordPress, most sites)', () => {
    const figure = `<figure><img src="/a.jpg" alt="${CAPTION}" title="${CAPTION}"><figcaption>${CAPTION}. (Ảnh: TTXVN)</figcaption></figure>`;
    expect(images(figure)).toEqual([{ alt: '', title: null }]);
  });

  it('are cleared when they nearly repeat it (words left out or in another order)', () => {
    const figure = `<figure><img src="/a.jpg" alt="Tham quan gian hàng sản phẩm của các hộ thoát nghèo tại Lào Cai"><figcaption>${CAPTION}</figcaption></figure>`;
    expect(images(figure)).toEqual([{ alt: '', title: null }]);
  });

  it('are cleared in a two-row caption table (vnexpress tplCaption and other Vietnamese CMSs)', () => {
    const table = `<table class="tplCaption"><tbody><tr><td><img src="/a.jpg" alt="${CAPTION}"></td></tr><tr><td><p class="Image">${CAPTION}.</p></td></tr></tbody></table>`;
    expect(images(table)).toEqual([{ alt: '', title: null }]);
  });

  it('are cleared when the caption is the short block right after the image', () => {
    const block = `<p><a href="/a.jpg"><img src="/a.jpg" alt="${CAPTION}" title="${CAPTION}"></a></p><p><em>${CAPTION}</em></p>`;
    expect(images(block)).toEqual([{ alt: '', title: null }]);
  });

  it('are cleared in a gallery whose one caption is under its photos (plo layout-image)', () => {
    const gallery = `<div class="layout-image-2"><figure><img src="/a.jpg" alt="${CAPTION}"></figure><figure><img src="/b.jpg" alt="b.jpg"></figure><p>${CAPTION}</p></div>`;
    expect(images(gallery)).toEqual([
      { alt: '', title: null },
      { alt: 'b.jpg', title: null },
    ]);
  });

  it('are kept when the alt says something the caption does not', () => {
    const figure = `<figure><img src="/a.jpg" alt="Bản đồ các huyện nghèo của tỉnh"><figcaption>${CAPTION}</figcaption></figure>`;
    expect(images(figure)).toEqual([{ alt: 'Bản đồ các huyện nghèo của tỉnh', title: null }]);
  });

  it('are kept on an image without a caption', () => {
    const lone = `<p><img src="/a.jpg" alt="${CAPTION}"></p>`;
    expect(images(lone)).toEqual([{ alt: CAPTION, title: null }]);
  });
});
