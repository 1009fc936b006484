// What Readability alone loses and Lede puts back: lazy-loaded images, photo galleries,
// the lead paragraph above the body, the hero photo, the author's signature line.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { PROSE, articlePage } from './helpers';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

function read(doc: Document) {
  const outcome = extractArticle(doc, { url: 'https://bao.example/thi-dua/hoi-nghi.html' });
  if (!outcome.ok) throw new Error(`not extracted: ${outcome.reason}`);
  return outcome.article;
}

describe('lazy-loaded images', () => {
  it('shows the real picture of data-src, data-original, placeholder+srcset and <noscript> images', () => {
    const doc = articlePage({
      inside: `<figure><img src="${PIXEL}" data-src="/img/one.jpg"><figcaption>Ảnh một.</figcaption></figure>
        <p><img src="/images/blank.gif" data-original="/img/two.jpg"></p>
        <figure><img src="/img/placeholder.png" srcset="/img/three-480.jpg 480w, /img/three-1024.jpg 1024w"></figure>
        <figure><img src="${PIXEL}" class="lazy"><noscript><img src="/img/four.jpg"></noscript></figure>`,
    });
    // browsers with scripting on parse <noscript> content as text, not elements
    const noscript = doc.querySelector('noscript')!;
    noscript.textContent = noscript.innerHTML;
    const { html } = read(doc);
    for (const image of ['one.jpg', 'two.jpg', 'three-1024.jpg', 'four.jpg'])
      expect(html).toContain(`https://bao.example/img/${image}`);
    expect(html).not.toContain('data:image/gif');
  });
});

describe('photo galleries', () => {
  it('keeps every photo of a <div> of figures and its one caption', () => {
    const { html, text } = read(
      articlePage({
        inside: `<div class="layout-image-2"><figure><img src="/img/g1.jpg"></figure><figure><img src="/img/g2.jpg"></figure><figcaption>Khu sạc xe buýt điện.</figcaption></div>`,
      }),
    );
    expect(html).toContain('/img/g1.jpg');
    expect(html).toContain('/img/g2.jpg');
    expect(text).toContain('Khu sạc xe buýt điện.');
  });
});

describe('parts Readability leaves outside the article', () => {
  it('puts the lead paragraph (sapo) above the body back at the top', () => {
    const lead =
      '(Báo Mẫu) - Hội nghị toàn quốc về phong trào thi đua vì người nghèo diễn ra tại Lào Cai với nhiều mô hình hay.';
    const { text } = read(articlePage({ before: `<div class="article__sapo">${lead}</div>` }));
    expect(text.startsWith(lead)).toBe(true);
  });
  it('puts the hero photo under the headline back, with its caption', () => {
    const doc = articlePage({});
    doc
      .querySelector('h1')!
      .insertAdjacentHTML(
        'afterend',
        '<figure class="hero"><img src="/img/hero-photo.jpg" width="800"><figcaption>Toàn cảnh hội nghị ở Lào Cai.</figcaption></figure>',
      );
    const { html, text } = read(doc);
    expect(html).toContain('/img/hero-photo.jpg');
    expect(text.split('Toàn cảnh hội nghị ở Lào Cai.').length - 1).toBe(1);
  });
  it('puts back a bare lead photo named by og:image, with an absolute address', () => {
    // the page's own photo sits outside the article container as a lone <img>, no <figure>
    const { html } = read(
      articlePage({
        head: '<meta property="og:image" content="https://bao.example/img/2024/lead-photo-8812.jpg">',
        before: '<div class="cover"><img src="/img/2024/lead-photo-8812.jpg" width="960" alt=""></div>',
      }),
    );
    expect(html).toContain('src="https://bao.example/img/2024/lead-photo-8812.jpg"');
  });
  it('takes the byline from a right-aligned signature after the body', () => {
    const doc = articlePage({});
    doc
      .querySelector('.content')!
      .insertAdjacentHTML('beforeend', '<p style="text-align:right"><strong>Thanh Hằng</strong></p>');
    const { byline, text } = read(doc);
    expect(byline).toBe('Thanh Hằng');
    expect(text.trim().endsWith('Thanh Hằng')).toBe(true);
    expect(PROSE.every((p) => text.includes(p))).toBe(true);
  });
});
