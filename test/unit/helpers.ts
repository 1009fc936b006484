import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../lib/node/parse-html';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

/** A fixture page parsed as a browser would parse it. */
export function loadFixture(name: string, url = `https://news.example/${name}`): Document {
  return parseHtml(readFileSync(join(FIXTURES, name), 'utf8'), url);
}

/** An HTML string parsed as the page at `url`. */
export function page(html: string, url = 'https://news.example/article.html'): Document {
  return parseHtml(html, url);
}
