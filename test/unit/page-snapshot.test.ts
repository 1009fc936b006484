import { describe, expect, it } from 'vitest';
import { documentFromSnapshot, snapshotTree, type Slicing } from '../../lib/browser/page-snapshot';
import { extractArticle } from '../../lib/extract';
import { createSanitizer } from '../../lib/extract/sanitize';
import { loadFixture, page } from './helpers';

/** Pauses after every 512 nodes, so that the tests go through the sliced paths. */
const EVERY_CHANCE: Slicing = { sliceMs: -1, pause: () => Promise.resolve() };

async function roundTrip(doc: Document, slicing?: Slicing): Promise<Document> {
  const tokens = await snapshotTree(doc.documentElement, slicing);
  // through JSON, as a message between the page and the popup travels
  return documentFromSnapshot(JSON.parse(JSON.stringify(tokens)), { slicing, window: doc.defaultView! });
}

describe('page snapshot (the page handed to the popup)', () => {
  it('rebuilds the seed page: the popup reads the same article as the page would', async () => {
    const live = loadFixture('seed-article.html');
    const copy = await roundTrip(live, EVERY_CHANCE);
    const here = extractArticle(copy, { url: live.URL }, { sanitize: createSanitizer(live.defaultView!) });
    const there = extractArticle(live, { url: live.URL });
    expect(here.ok && there.ok).toBe(true);
    if (!here.ok || !there.ok) return;
    expect(here.article.title).toBe(there.article.title);
    expect(here.article.text).toBe(there.article.text);
    expect(here.article.byline).toBe(there.article.byline);
  });

  it('gives a picture the page has loaded its size, so the popup reserves its room (no jump when it loads)', async () => {
    const live = page(
      `<html><body><p><img id="loaded" src="/a.jpg"><img id="sized" src="/b.jpg" width="300"><img id="lazy" src="/c.jpg"><img id="placeholder" src="/grey.png" data-src="/d.jpg"><img id="inline" src="data:image/gif;base64,R0lGOD"></p></body></html>`,
    );
    // jsdom loads no images: the page's own prototype answers as a browser's would for a loaded one
    const proto = live.defaultView!.HTMLImageElement.prototype;
    const loaded = (image: HTMLImageElement) => image.getAttribute('id') !== 'lazy';
    Object.defineProperty(proto, 'naturalWidth', {
      configurable: true,
      get() {
        return loaded(this) ? 1200 : 0;
      },
    });
    Object.defineProperty(proto, 'naturalHeight', {
      configurable: true,
      get() {
        return loaded(this) ? 800 : 0;
      },
    });
    const copy = await roundTrip(live);
    const size = (id: string) => [
      copy.getElementById(id)?.getAttribute('width'),
      copy.getElementById(id)?.getAttribute('height'),
    ];
    expect(size('loaded')).toEqual(['1200', '800']);
    expect(size('sized')).toEqual(['300', null]); // the page's own size stands
    expect(size('lazy')).toEqual([null, null]); // not loaded: nothing known
    expect(size('placeholder')).toEqual([null, null]); // a lazy loader's stand-in: not the picture's size
    expect(size('inline')).toEqual([null, null]);
    expect(live.getElementById('loaded')?.hasAttribute('width')).toBe(false); // the page is not touched
  });

  it('keeps the tree as the page has it, where HTML again would mutate (mXSS) and hide the rest', async () => {
    const live = page(
      `<html><body><div><math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=x&gt;"></mglyph></table></mtext></math><p id="after">The rest of the article.</p></div></body></html>`,
    );
    const copy = await roundTrip(live);
    // the same tree, the style sheet's text aside (the copy never carries it)
    const expected = live.body.cloneNode(true) as Element;
    for (const sheet of expected.querySelectorAll('style')) sheet.textContent = '';
    expect(copy.body.outerHTML).toBe(expected.outerHTML);
    expect(copy.getElementById('after')?.parentElement?.localName).toBe('div');
    // what serializing and parsing again would have made of it
    const reparsed = page(live.documentElement.outerHTML);
    expect(reparsed.body.outerHTML).not.toBe(live.body.outerHTML);
  });

  it('leaves out inline event handlers, comments, template contents, the code of scripts and style sheets', async () => {
    const live = page(
      `<html><head><script type="application/ld+json">{"headline":"H"}</script><script>track()</script><style>.a { color: red }</style></head><body onload="x()"><!-- c --><style>p { margin: 0 }</style><img src="a.jpg" onerror="pwn()" ONCLICK="y()" alt="A"><template><p>t</p></template><svg viewBox="0 0 1 1"><style>.i { fill: red }</style><foreignObject><p>in svg</p></foreignObject></svg></body></html>`,
    );
    const copy = await roundTrip(live);
    expect(copy.head.innerHTML).toBe(
      '<script type="application/ld+json">{"headline":"H"}</script><script></script><style></style>',
    );
    // an SVG's own <style> is part of its picture: kept
    expect(copy.body.outerHTML).toBe(
      '<body><style></style><img src="a.jpg" alt="A"><template></template><svg viewBox="0 0 1 1"><style>.i { fill: red }</style><foreignObject><p>in svg</p></foreignObject></svg></body>',
    );
    expect(copy.querySelector('svg')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('copies a tree deeper than any parser makes, without recursion', async () => {
    const live = page('<html><body></body></html>');
    let parent: Element = live.body;
    for (let i = 0; i < 3000; i++) parent = parent.appendChild(live.createElement('div'));
    parent.append('deep text');
    const copy = await roundTrip(live, EVERY_CHANCE);
    let depth = 0;
    let deepest: Element = copy.body;
    while (deepest.firstElementChild) ((deepest = deepest.firstElementChild), depth++);
    expect(depth).toBe(3000);
    expect(deepest.firstChild?.nodeValue).toBe('deep text');
  });

  it('is not fooled by a form whose inputs clobber its properties', async () => {
    const live = page(
      `<html><body><form name="f"><input name="attributes"><input name="firstChild"><input name="nextSibling"><input name="localName"><p>Inside the form.</p></form><p>After the form.</p></body></html>`,
    );
    const copy = await roundTrip(live);
    expect(copy.body.outerHTML).toBe(live.body.outerHTML);
  });
});
