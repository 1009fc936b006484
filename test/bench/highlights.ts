/**
 * Highlights benchmark: the time to mark an article's highlights on the rendered body (the
 * reader page and the popup do it once the article is all in) and to turn a selection into a
 * highlight's quote and anchor, in jsdom, with 200 highlights, on articles of 1,000 to 50,000
 * paragraphs, 3,000 levels deep, and of binary garbage (worst cases: every highlight's words
 * appear many times, so each is placed by its context). Nesting costs what it must (each text
 * node's block is found by walking up): elements × depth, never worse.
 *
 *   npx tsx test/bench/highlights.ts
 *
 * Prints figures only.
 */
import { JSDOM } from 'jsdom';
import { anchorAt } from '../../lib/highlights/anchor';
import { flatten, offsetOf } from '../../lib/highlights/flat-text';
import { quoteOfRange, showHighlights, textViewOf, type MarkedHighlight } from '../../lib/highlights/marks';
import { PROSE } from '../unit/helpers';

const HIGHLIGHTS = 200;
/** Selections timed one by one (the mean is printed). */
const QUOTE_SAMPLE = 10;

/** The pages the highlights run on: prose paragraphs side by side; the same 3,000 levels deep
 * (each paragraph in a <div> inside the one before: the hostile pages' nesting); and paragraphs
 * of binary garbage (control characters, lone surrogates, no spaces for long runs). */
type Shape = 'prose' | 'nested' | 'garbage';

function garbage(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    const code = state % 0xd900; // up to the surrogates: some lone ones
    text += code === 60 || code === 38 ? ' ' : String.fromCharCode(code); // no markup
  }
  return text;
}

function article(paragraphs: number, shape: Shape = 'prose'): { body: HTMLElement; doc: Document } {
  const text = (i: number) =>
    shape === 'garbage'
      ? `Đoạn ${i + 1}. ${garbage(i, 160)}`
      : `Đoạn ${i + 1}. ${PROSE[i % PROSE.length]} <em>${PROSE[(i + 1) % PROSE.length]!.slice(0, 40)}</em>`;
  const html =
    shape === 'nested'
      ? Array.from({ length: paragraphs }, (_, i) => `<div><p>${text(i)}</p>`).join('') + '</div>'.repeat(paragraphs)
      : Array.from({ length: paragraphs }, (_, i) => `<p>${text(i)}</p>`).join('');
  const doc = new JSDOM(`<div id="a">${html}</div>`).window.document;
  return { body: doc.getElementById('a')!, doc };
}

/** The selections the reader makes: 30 characters of the prose after "Đoạn N. " (repeated
 * across the article, so each is placed by its context) in `count` evenly spread paragraphs. */
function selections(body: HTMLElement, doc: Document, count: number): { range: Range; paragraph: number }[] {
  const paragraphs = body.querySelectorAll('p');
  return Array.from({ length: count }, (_, i) => {
    const paragraph = Math.floor((i * paragraphs.length) / count);
    const text = paragraphs[paragraph]!.firstChild as Text;
    const range = doc.createRange();
    const start = text.data.indexOf('. ') + 2;
    range.setStart(text, start);
    range.setEnd(text, Math.min(text.data.length, start + 30));
    return { range, paragraph };
  });
}

/** The 200 highlights to mark, anchored as quoteOfRange anchors them but from one flattening
 * (each <p> is one block): quoting 200 selections one by one on 50,000 paragraphs would take
 * minutes, and what it costs per selection is timed on a sample below. */
function highlightsOf(body: HTMLElement, doc: Document): MarkedHighlight[] {
  const flat = flatten(body);
  return selections(body, doc, HIGHLIGHTS).flatMap(({ range, paragraph }, i) => {
    const span = {
      from: offsetOf(flat, range.startContainer, range.startOffset),
      to: offsetOf(flat, range.endContainer, range.endOffset),
    };
    const quote = anchorAt(flat, span, () => paragraph);
    return quote ? [{ ...quote, id: i + 1 }] : [];
  });
}

function time<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const result = run();
  return [result, performance.now() - t0];
}

console.log(
  `${HIGHLIGHTS} highlights; jsdom (a browser is faster). paragraphs | one selection → quote | the same, text view kept | mark all | found`,
);
const PAGES: [number, Shape][] = [
  [1_000, 'prose'],
  [10_000, 'prose'],
  [50_000, 'prose'],
  [3_000, 'nested'],
  [10_000, 'garbage'],
];
for (const [paragraphs, shape] of PAGES) {
  const { body, doc } = article(paragraphs, shape);
  const sample = selections(body, doc, QUOTE_SAMPLE);
  const [quoted, selectMs] = time(() => sample.map(({ range }) => quoteOfRange(body, range)));
  // the reader's highlighter keeps the body's text view, made when idle after the selection
  const view = textViewOf(body);
  view.blockAt(0);
  const [, preparedMs] = time(() => sample.map(({ range }) => quoteOfRange(body, range, view)));
  const list = highlightsOf(body, doc);
  const [found, markMs] = time(() => showHighlights(body, list));
  console.log(
    `  ${`${paragraphs} ${shape}`.padStart(14)} | ${(selectMs / QUOTE_SAMPLE).toFixed(1).padStart(7)} ms | ${(preparedMs / QUOTE_SAMPLE).toFixed(2).padStart(6)} ms | ${markMs.toFixed(0).padStart(6)} ms | ${found.length}/${list.length} (quoted ${quoted.filter(Boolean).length}/${QUOTE_SAMPLE})`,
  );
}
