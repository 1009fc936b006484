/**
 * Highlights benchmark: the time to mark an article's highlights on the rendered body (the
 * reader page and the popup do it once the article is all in) and to turn a selection into a
 * highlight's quote and anchor, in jsdom, on articles of 1,000 to 50,000 paragraphs with 200
 * highlights (worst cases: every highlight's words appear many times, so each is placed by its
 * context; and one whose words are gone, found between its context).
 *
 *   npx tsx test/bench/highlights.ts
 *
 * Prints figures only.
 */
import { JSDOM } from 'jsdom';
import { quoteOfRange, showHighlights, type MarkedHighlight } from '../../lib/highlights/marks';
import { PROSE } from '../unit/helpers';

const HIGHLIGHTS = 200;

function article(paragraphs: number): { body: HTMLElement; doc: Document } {
  const html = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Đoạn ${i + 1}. ${PROSE[i % PROSE.length]} <em>${PROSE[(i + 1) % PROSE.length]!.slice(0, 40)}</em></p>`,
  ).join('');
  const doc = new JSDOM(`<div id="a">${html}</div>`).window.document;
  return { body: doc.getElementById('a')!, doc };
}

/** Quotes taken by selecting text in evenly spread paragraphs, as the reader would. */
function quotes(body: HTMLElement, doc: Document): MarkedHighlight[] {
  const paragraphs = body.querySelectorAll('p');
  const out: MarkedHighlight[] = [];
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const p = paragraphs[Math.floor((i * paragraphs.length) / HIGHLIGHTS)]!;
    const text = p.firstChild as Text;
    const range = doc.createRange();
    const start = text.data.indexOf('. ') + 2; // the prose after "Đoạn N. ": repeated across the article
    range.setStart(text, start);
    range.setEnd(text, Math.min(text.data.length, start + 30));
    const quote = quoteOfRange(body, range);
    if (quote) out.push({ ...quote, id: i + 1 });
  }
  return out;
}

function time<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const result = run();
  return [result, performance.now() - t0];
}

console.log(
  `${HIGHLIGHTS} highlights; jsdom (a browser is faster). paragraphs | one selection → quote | mark all | found`,
);
for (const paragraphs of [1_000, 10_000, 50_000]) {
  const { body, doc } = article(paragraphs);
  const [list, selectMs] = time(() => quotes(body, doc));
  const [found, markMs] = time(() => showHighlights(body, list));
  console.log(
    `  ${String(paragraphs).padStart(6)} | ${(selectMs / HIGHLIGHTS).toFixed(1).padStart(7)} ms | ${markMs.toFixed(0).padStart(6)} ms | ${found.length}/${list.length}`,
  );
}
