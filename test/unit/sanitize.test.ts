// Hardened rendering (issue 12): article HTML is parsed once, by the sanitizer, and the node
// tree it returns is what the popup and the reader insert. These tests feed it DOMPurify's
// known mutation-XSS and DOM-clobbering vectors, hidden images and beacons, and stray media
// parts, through both ways markup reaches the screen: sanitized from a string (the render), and
// sanitized in place in a page copy, serialised for storage, then rendered (the whole path).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { PageIndex } from '../../lib/extract/dom/page-index';
import { restoreLazyImages } from '../../lib/extract/prepare/lazy-images';
import { createSanitizer, isHiddenOrTrackingImage } from '../../lib/extract/sanitize';
import { articlePage, page } from './helpers';

/** The extension page the article is rendered into (jsdom: scripts never run, nothing loads). */
function extensionPage() {
  const { window } = new JSDOM(
    '<!doctype html><html><head><title>Lede</title></head><body><div class="article__body"></div></body></html>',
    { url: 'https://lede.example/popup.html' },
  );
  const body = window.document.querySelector('.article__body')!;
  const sanitizer = createSanitizer(window as unknown as Window);
  return {
    window,
    body,
    /** What ArticleView does: one sanitizing parse into a fragment, inserted as nodes. */
    render(html: string) {
      body.replaceChildren(sanitizer.fromHtml(html));
      return body;
    },
  };
}

/** Markup sanitized in place in a detached copy (the extraction), then stored as a string. */
function storedHtml(html: string): string {
  const doc = page(`<!doctype html><html><body><div id="article">${html}</div></body></html>`);
  const article = doc.getElementById('article')!;
  article.remove();
  return createSanitizer(doc.defaultView!).inPlace(article).innerHTML;
}

const FETCHING_ATTRIBUTES = ['src', 'srcset', 'poster', 'background', 'data', 'action', 'formaction', 'xlink:href'];
const NEVER_RENDERED = [
  'script',
  'style',
  'title',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'textarea',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'svg',
  'math',
];

/**
 * The rendered tree is harmless: no handler, no script, nothing that fetches but the images
 * in `images` (each with no referrer and lazy), no clobbering name or id, and stable: a second
 * sanitizing parse of its own serialisation gives the same tree (no mutation left to happen).
 */
function expectHarmless(root: Element, images: string[] = []) {
  const elements = [...root.querySelectorAll('*')];
  expect(elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name))).toEqual([]);
  for (const tag of NEVER_RENDERED) expect(root.querySelector(tag), tag).toBeNull();
  expect(elements.filter((e) => /^\s*(javascript|vbscript|data):/i.test(e.getAttribute('href') ?? ''))).toEqual([]);
  const fetching = elements.flatMap((e) =>
    FETCHING_ATTRIBUTES.filter((name) => e.hasAttribute(name)).map(
      (name) => `${e.localName} ${name}=${e.getAttribute(name)}`,
    ),
  );
  expect(fetching).toEqual(images.map((src) => `img src=${src}`));
  for (const image of root.querySelectorAll('img')) {
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(image.getAttribute('loading')).toBe('lazy');
  }
  expect(elements.filter((e) => e.hasAttribute('id') || e.hasAttribute('name')).map((e) => e.outerHTML)).toEqual([]);
  const doc = root.ownerDocument;
  expect(typeof doc.getElementById).toBe('function');
  expect(typeof doc.querySelector).toBe('function');
  expect(doc.documentElement.localName).toBe('html');
  expect(canonical(extensionPage().render(root.innerHTML))).toBe(canonical(root));
}

/** A tree as text, each element's attributes in name order (a second pass may reorder them). */
function canonical(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const children = [...node.childNodes].map(canonical).join('');
  if (node.nodeType === 11 || (node as Element).matches('.article__body')) return children;
  const element = node as Element;
  const attributes = [...element.attributes]
    .map((a) => ` ${a.name}="${a.value}"`)
    .sort()
    .join('');
  return `<${element.localName}${attributes}>${children}</${element.localName}>`;
}

// DOMPurify's own mutation-XSS and namespace-confusion vectors (its test suite and advisories),
// with the images a browser's own first parse of the string makes live (those were the page's
// images all along and are kept, without their handlers); everything else must come out inert.
const MXSS_VECTORS: Array<{ name: string; html: string; images?: string[] }> = [
  { name: 'noscript attribute breakout', html: `<noscript><p title="</noscript><img src=x onerror=alert(1)>">` },
  { name: 'noscript text', html: `<noscript><img src=x onerror=alert(1)></noscript>` },
  {
    name: 'noembed attribute breakout',
    html: `<noembed><p title="</noembed><img src=x onerror=alert(1)>">`,
    images: ['x'],
  },
  {
    name: 'noframes attribute breakout',
    html: `<noframes><p title="</noframes><img src=x onerror=alert(1)>">`,
    images: ['x'],
  },
  {
    name: 'title attribute breakout',
    html: `<title><p title="</title><img src=x onerror=alert(1)>"></title>`,
    images: ['x'],
  },
  { name: 'title text', html: `<p>text<title><img src=x onerror=alert(1)></title></p>` },
  { name: 'style text', html: `<style><img src=x onerror=alert(1)></style>` },
  {
    name: 'style attribute breakout',
    html: `<style><p title="</style><img src=x onerror=alert(1)>"></style>`,
    images: ['x'],
  },
  { name: 'xmp text', html: `<xmp><img src=x onerror=alert(1)></xmp>` },
  { name: 'textarea text', html: `<textarea><img src=x onerror=alert(1)></textarea>` },
  {
    name: 'svg style (img leaves foreign content)',
    html: `<svg><style><img src=x onerror=alert(1)></style></svg>`,
    images: ['x'],
  },
  { name: 'svg </p> style', html: `<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">`, images: ['1'] },
  { name: 'svg title', html: `<svg><title><img src=x onerror=alert(1)></title></svg>` },
  {
    name: 'math mglyph style comment',
    html: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">`,
  },
  {
    name: 'nested form math namespace confusion',
    html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`,
  },
  {
    name: 'math annotation-xml',
    html: `<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>`,
  },
  {
    name: 'table foster-parented style',
    html: `<table><style><img src=x onerror=alert(1)></style><tr><td>cell</td></tr></table>`,
  },
  {
    name: 'table foster-parented noscript',
    html: `<table><tr><td>cell</td></tr><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript></table>`,
  },
  { name: 'comment breakout', html: `<!--><img src=x onerror=alert(1)>-->`, images: ['x'] },
  { name: 'comment with markup', html: `<p><!-- </p><img src=x onerror=alert(1)> --></p>` },
  { name: 'template', html: `<template><img src=x onerror=alert(1)></template>` },
  { name: 'iframe srcdoc', html: `<iframe srcdoc="<img src=x onerror=alert(1)>"></iframe>` },
  { name: 'javascript link', html: `<a href="javascript:alert(1)">read</a><a href=" jAvAsCrIpT:alert(1)">more</a>` },
  { name: 'script', html: `<p>a</p><script>alert(1)</script><p>b</p>` },
  { name: 'object data', html: `<object data="/pwn.swf"></object><embed src="/pwn.swf">` },
  {
    name: 'meta refresh and base',
    html: `<meta http-equiv="refresh" content="0;url=/pwn"><base href="https://evil.example/">`,
  },
  { name: 'link stylesheet', html: `<link rel="stylesheet" href="/pwn.css"><p>text</p>` },
  {
    name: 'table background',
    html: `<table background="/pwn.png"><tr><td background="/pwn2.png">cell</td></tr></table>`,
  },
];

const CLOBBERING_VECTORS = [
  `<img name=getElementById>`,
  `<img name=cookie><img name=documentElement>`,
  `<form id=x><input name=attributes></form>`,
  `<form name=getElementById><input name=ownerDocument></form>`,
  `<a id=chrome href="/a">chrome</a><a name=browser href="/b">browser</a>`,
  `<a id=location>here</a><p id=__proto__>p</p><p id=ledeGlobal>p</p>`,
  `<a id=defaultView></a><a id=defaultView name=href href="/c">c</a>`,
  `<img id=body src=/photo.jpg>`,
];

describe('rendering article HTML', () => {
  describe.each(MXSS_VECTORS)('mutation XSS: $name', ({ html, images = [] }) => {
    it('renders an inert tree from the string', () => {
      expectHarmless(extensionPage().render(html), images);
    });
    it('stores markup that renders an inert tree', () => {
      expectHarmless(extensionPage().render(storedHtml(html)), images);
    });
  });

  it.each(CLOBBERING_VECTORS)('renders no clobbering name or id: %s', (html) => {
    const { render, window } = extensionPage();
    const body = render(html);
    expectHarmless(body, html.includes('/photo.jpg') ? ['/photo.jpg'] : []);
    const globals = window as unknown as Record<string, unknown>;
    for (const name of ['ledeGlobal', 'x', 'getElementById']) expect(globals[name]).toBeUndefined();
    expect(window.document.body.localName).toBe('body');
    expect(typeof window.document.cookie).toBe('string');
    expect(storedHtml(html)).not.toMatch(/\s(id|name)=/);
  });

  it('inserts the sanitizer’s own nodes, owned by the page’s document', () => {
    const { window, render } = extensionPage();
    const body = render('<p>Hello <b>reader</b></p><img src="/photo.jpg" width="640" height="480" alt="A photo">');
    expect(body.firstElementChild!.ownerDocument).toBe(window.document);
    expect(body.innerHTML).toBe(
      '<p>Hello <b>reader</b></p><img src="/photo.jpg" width="640" height="480" alt="A photo" referrerpolicy="no-referrer" loading="lazy" decoding="async">',
    );
  });
});

describe('links in the article', () => {
  // Clicked in the popup or the reader, a link must not load over the extension page, nor tell the
  // page it opens where it came from. The page's own target goes (FORBID_ATTR); the render sets Lede's.
  it('opens links in a new tab with no opener and no referrer, whatever target the page gave; "#section" and "mailto:" stay', () => {
    const body = extensionPage().render(
      `<p><a href="https://news.example/other.html" target="_self" rel="opener">web</a>
      <a href="http://news.example/plain.html">plain</a> <a href="/relative.html" target="_top">relative</a>
      <a href="#section" target="_top">section</a> <a href="mailto:desk@news.example" target="_blank">mail</a>
      <a>no address</a></p><map><area href="https://news.example/map.html" target="_parent" alt="map"></map>`,
    );
    const link = (text: string) => [...body.querySelectorAll('a')].find((a) => a.textContent === text)!;
    const newTab = [...['web', 'plain', 'relative'].map(link), body.querySelector('area')!];
    for (const element of newTab) {
      const attributes = ['target', 'rel', 'referrerpolicy'].map((name) => element.getAttribute(name));
      expect(attributes, element.outerHTML).toEqual(['_blank', 'noopener noreferrer', 'no-referrer']);
    }
    for (const text of ['section', 'mail', 'no address']) expect(link(text).hasAttribute('target'), text).toBe(false);
    expect(link('section').getAttribute('href')).toBe('#section');
  });
  it('stores the article with no target: only the render chooses one', () => {
    expect(storedHtml('<a href="https://news.example/x" target="_blank">x</a>')).toBe(
      '<a href="https://news.example/x">x</a>',
    );
  });
});

describe('images a reader never sees', () => {
  const hidden = [
    `<img src="/a.gif" width="1" height="1">`,
    `<img src="/a.gif" width="0">`,
    `<img src="/a.gif" height="2px">`,
    `<img src="/a.jpg" hidden>`,
    `<img src="/a.jpg" style="display:none">`,
    `<img src="/a.jpg" style="color: red; visibility: hidden">`,
    `<img src="/a.jpg" style="width:1px;height:1px">`,
    `<img src="/a.jpg" style="opacity:0">`,
    `<img src="https://www.facebook.com/tr?id=4711&ev=PageView&noscript=1">`,
    `<img src="https://sb.scorecardresearch.com/p?c1=2&c2=1234&cv=2.0&cj=1">`,
    `<img src="https://www.google-analytics.com/collect?v=1&tid=UA-1">`,
    `<img src="https://stats.example/pixel.gif?u=1">`,
    `<img src="https://news.example/b/ss/rsid/1/H.25">`,
    `<img src="https://news.example/beacon?page=home">`,
    `<img srcset="https://px.ads.linkedin.com/collect/?pid=1 1x">`,
  ];
  it.each(hidden)('is dropped: %s', (html) => {
    expectHarmless(extensionPage().render(`<p>text</p>${html}`));
    expect(storedHtml(`<p>text</p>${html}`)).toBe('<p>text</p>');
  });

  it.each([
    `<img src="https://news.example/photos/harbour.jpg" width="640" height="480">`,
    `<img src="https://news.example/photos/harbour.jpg" width="100%">`,
    `<img src="https://news.example/track-and-field/sprint.jpg">`,
    `<img src="https://news.example/counter-protest.jpg">`,
    `<img src="data:image/png;base64,iVBORw0KGgo=">`,
  ])('keeps an article image: %s', (html) => {
    const image = extensionPage().render(html).querySelector('img')!;
    expect(isHiddenOrTrackingImage(image)).toBe(false);
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(image.getAttribute('loading')).toBe('lazy');
  });
});

describe('media parts', () => {
  it('keeps <source>, <track> and a poster only with their media element, which loads nothing until played', () => {
    const body = extensionPage().render(
      `<video poster="/poster.jpg" controls autoplay><source src="/v.mp4" type="video/mp4"><track src="/v.vtt" kind="captions"></video>` +
        `<audio controls><source src="/a.mp3"></audio>` +
        `<picture><source srcset="/p.webp" type="image/webp"><img src="/p.jpg" alt="p"></picture>`,
    );
    const video = body.querySelector('video')!;
    expect(video.getAttribute('poster')).toBe('/poster.jpg');
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.hasAttribute('autoplay')).toBe(false);
    expect(video.querySelectorAll('source, track')).toHaveLength(2);
    expect(body.querySelector('audio')!.getAttribute('preload')).toBe('none');
    expect(body.querySelector('audio source')).not.toBeNull();
    expect(body.querySelector('picture source')!.getAttribute('srcset')).toBe('/p.webp');
  });

  it('drops a <source> or <track> outside its media element, and a poster on anything but a video', () => {
    const body = extensionPage().render(
      `<p>a<source src="/pwn.mp4"></p><div><track src="/pwn.vtt"></div><source srcset="/pwn.webp">` +
        `<object data="/pwn.swf"><source src="/pwn2.mp4"></object>` +
        `<div poster="/pwn.jpg">d</div><img src="/photo.jpg" poster="/pwn2.jpg">`,
    );
    expect(body.querySelectorAll('source, track')).toHaveLength(0);
    expect(body.querySelectorAll('[poster]')).toHaveLength(0);
    expectHarmless(body, ['/photo.jpg']);
  });
});

describe('<noscript> images (lazy-image recovery)', () => {
  /** Runs the recovery on `html` (a body) and returns the page copy. */
  function recovered(html: string): Document {
    const doc = page(`<!doctype html><html><body>${html}</body></html>`);
    restoreLazyImages({ doc, index: new PageIndex(doc) });
    return doc;
  }
  /** A <noscript> as a page's parser (scripting on) leaves it: its content is one text node. */
  function noscriptText(text: string): string {
    const doc = page('<!doctype html><html><body></body></html>');
    const noscript = doc.createElement('noscript');
    noscript.textContent = text;
    doc.body.append(noscript);
    return doc.body.innerHTML.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  it('builds a new <img> from the noscript one’s address, alt text and size, nothing else', () => {
    const doc = recovered(
      `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" class="lazy">` +
        `<noscript>&lt;img src="https://news.example/real.jpg" srcset="https://news.example/real-2x.jpg 2x" alt="Real" width="640" height="480" ` +
        `class="c" style="border:0" id="img1" name="n" onerror="alert(1)" onload="alert(2)" data-x="1"&gt;</noscript></figure>`,
    );
    const images = [...doc.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttributeNames().sort()).toEqual(['alt', 'height', 'src', 'srcset', 'width']);
    expect(images[0]!.getAttribute('src')).toBe('https://news.example/real.jpg');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it.each([
    ['text that closes the noscript', '</noscript><img src="/pwn/a.png" onerror="alert(1)">'],
    ['text that closes a style', '<style></style><img src="/pwn/b.png">'],
    ['a tracking pixel', '<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1">'],
    ['a hidden image', '<img style="display:none" src="https://news.example/x.jpg">'],
    ['a beacon with no size', '<img src="https://sb.scorecardresearch.com/p?c1=2&c2=1&cj=1">'],
    ['no image at all', '<p title="<img src=/pwn/c.png>">x</p><iframe src="/pwn/d.html"></iframe>'],
  ])('makes no image of %s', (_, text) => {
    const doc = page('<!doctype html><html><body><p>before</p></body></html>');
    const noscript = doc.createElement('noscript');
    noscript.textContent = text;
    doc.body.append(noscript);
    restoreLazyImages({ doc, index: new PageIndex(doc) });
    expect(doc.querySelectorAll('img, iframe, style, p[title]')).toHaveLength(0);
  });

  it('reads a noscript as the page’s parser left it', () => {
    expect(noscriptText('<img src="/a.jpg">')).toBe('<noscript><img src="/a.jpg"></noscript>');
  });

  it('extracts an article whose noscript breakouts and pixels stay out of what is shown', () => {
    const doc = articlePage({
      inside:
        '<noscript><img height="1" width="1" src="https://bao.example/tr?id=1&amp;ev=PageView&amp;noscript=1"></noscript>' +
        '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="https://bao.example/anh.jpg">' +
        '<noscript><img src="https://bao.example/anh.jpg" alt="Ảnh hội nghị" onload="alert(1)"></noscript>' +
        '<figcaption>Toàn cảnh hội nghị thi đua vì người nghèo tại Lào Cai.</figcaption></figure>' +
        '<p><a id="getElementById" name="cookie" href="https://bao.example/khac.html">Xem thêm</a> tin về phong trào thi đua.</p>' +
        '<img src="https://bao.example/dem.gif" width="1" height="1"><img src="https://bao.example/an.jpg" hidden>',
    });
    // DOM-built, as a page's script can build it: a noscript whose text closes it
    const breakout = doc.createElement('noscript');
    breakout.textContent = '</noscript><img src="https://bao.example/pwn.png" onerror="alert(1)">';
    doc.querySelector('.content p')!.after(breakout);
    const outcome = extractArticle(doc, { url: 'https://bao.example/thi-dua/hoi-nghi.html' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const shown = extensionPage().render(outcome.article.html);
    expectHarmless(shown, ['https://bao.example/anh.jpg']);
  });
});
