// Lede's private copy of the page: everything cloneNode(true) copies, minus the <style>
// blocks of <head> (their CSS is never read, and copying them is costly); the page itself
// is never touched.
import { describe, expect, it } from 'vitest';
import { clonePage } from '../../lib/extract/prepare/clone';
import { page } from './helpers';

const HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài báo</title>
  <style>body { color: red }</style><link rel="canonical" href="https://bao.example/a.html"><style>.x { margin: 0 }</style></head>
  <body><article><h1>Bài báo</h1><style>.in-body { color: blue }</style><p>Đoạn văn.</p></article></body></html>`;

describe('clonePage', () => {
  it('copies the page except the <style> blocks of <head>, and leaves the page as it was', () => {
    const doc = page(HTML, 'https://bao.example/a.html');
    const before = doc.documentElement.outerHTML;
    const { doc: copy } = clonePage(doc);

    const expected = doc.cloneNode(true) as Document;
    for (const style of [...expected.head.querySelectorAll('style')]) style.remove();
    expect(copy.documentElement.outerHTML).toBe(expected.documentElement.outerHTML);
    expect(copy.doctype?.name).toBe('html');
    expect(copy.querySelector('body style')?.textContent).toBe('.in-body { color: blue }'); // only <head>'s go
    expect(copy.head.querySelectorAll('style')).toHaveLength(0);

    copy.body.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.head.querySelectorAll('style')).toHaveLength(2);
  });
});
