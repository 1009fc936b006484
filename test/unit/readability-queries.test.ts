// Readability finds elements through a helper Lede replaces with a tree walk (lib/extract/
// readability.ts): the walk must return what querySelectorAll returns, and an upgraded Readability
// must still call the helper, or the replacement silently stops working.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { createReadability, elementsNamed, readabilityHasQueryHelper } from '../../lib/extract/readability';
import { page, PROSE } from './helpers';

const HTML = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
  <div id="a"><p>1 <img src="/1.jpg"></p><section><p>2</p><div><h2>h</h2><p>3<iframe src="/x"></iframe></p></div></section></div>
  <svg><title>icon</title></svg><ul><li><p>4</p></li></ul><P>5</P><embed src="/e"></body></html>`;

describe("Readability's element queries", () => {
  it('returns the elements querySelectorAll returns, in the same order, for documents and elements', () => {
    const doc = page(HTML);
    const lists = [
      ['p'],
      ['img', 'embed', 'object', 'iframe'],
      ['h1', 'h2'],
      ['style'],
      ['title'],
      ['section', 'li', 'p'],
      ['SPAN', 'LI', 'TD', 'P', 'DIV'],
    ];
    for (const root of [doc, doc.body, doc.getElementById('a')!]) {
      for (const names of lists)
        expect(elementsNamed(root, names)).toEqual([...root.querySelectorAll(names.join(','))]);
    }
    expect(elementsNamed(doc.querySelector('p')!, ['p'])).toEqual([]); // never the root itself
  });

  it('is still how Readability finds elements, and Readability reads the same article with it', () => {
    expect(readabilityHasQueryHelper()).toBe(true);
    const html = `<html><head><title>Bài</title></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>Bài</h1>${PROSE.map(
      (p) => `<p>${p}</p>`,
    ).join('')}<figure><img src="/a.jpg"><figcaption>Ảnh</figcaption></figure></article></body></html>`;
    const plain = new Readability(page(html)).parse();
    const walked = createReadability(page(html), {}).parse();
    expect(walked?.content).toBe(plain?.content);
    expect(walked?.textContent).toContain(PROSE[0]!);
  });

  it('gives the same article as plain Readability on every site fixture', () => {
    const dir = join(__dirname, '../fixtures/sites');
    const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const name of pages) {
      const html = readFileSync(join(dir, name), 'utf8');
      const url = `https://example.com/${name}`;
      expect(createReadability(page(html, url), {}).parse()?.content, name).toBe(
        new Readability(page(html, url)).parse()?.content,
      );
    }
  });
});
