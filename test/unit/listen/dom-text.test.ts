// What Listen reads on the page and how it shows the sentence being read: the body's blocks cut
// with the summary's sentence splitter, each sentence found again as a Range after other code
// wrapped part of it in a <mark>, and shown as a CSS custom highlight (or a class on its block).
import { describe, expect, it, vi } from 'vitest';
import { blockRange, clearSentence, HIGHLIGHT_NAME, showSentence, textBlocks } from '../../../lib/listen/dom-text';
import { planSentences } from '../../../lib/listen/queue';
import { page } from '../helpers';

const BODY = `<div class="article__body">
  <h2>Giảm nghèo bền vững</h2>
  <p>Theo PGS.TS. Nguyễn Văn A, tỷ lệ hộ nghèo đã giảm.   Đây là <b>tin <i>vui</i></b> cho cả nước.</p>
  <figure><img src="a.jpg"><figcaption>Ảnh: người dân ở Hà Giang.</figcaption></figure>
  <p>Dòng một<br>dòng hai. Hết.</p>
  <ul><li>Một ý. Ý khác!</li></ul>
</div>`;

function body() {
  const doc = page(`<html><body>${BODY}</body></html>`);
  return doc.querySelector('.article__body')!;
}

describe('the text Listen reads', () => {
  it("is the body's blocks in order, spaces collapsed, captions left out, cut into the summary's sentences", () => {
    const blocks = textBlocks(body());
    expect(blocks.map((block) => [block.element.localName, block.text])).toEqual([
      ['h2', 'Giảm nghèo bền vững'],
      ['p', 'Theo PGS.TS. Nguyễn Văn A, tỷ lệ hộ nghèo đã giảm. Đây là tin vui cho cả nước.'],
      ['p', 'Dòng một dòng hai. Hết.'],
      ['li', 'Một ý. Ý khác!'],
    ]);
    const plan = planSentences(
      blocks.map((block) => block.text),
      'vi',
    );
    expect(plan.map((sentence) => sentence.text)).toEqual([
      'Giảm nghèo bền vững',
      'Theo PGS.TS. Nguyễn Văn A, tỷ lệ hộ nghèo đã giảm.', // the splitter's abbreviations hold
      'Đây là tin vui cho cả nước.',
      'Dòng một dòng hai.',
      'Hết.',
      'Một ý.',
      'Ý khác!',
    ]);
    expect(plan[2]).toMatchObject({ block: 1, start: 51 });
  });

  it('finds a sentence on the page across inline elements, and again after a <mark> went in', () => {
    const root = body();
    const blocks = textBlocks(root);
    const [, sentence] = planSentences([blocks[1]!.text], 'vi');
    expect(blockRange(blocks[1]!, sentence!.start, sentence!.end)!.toString()).toBe('Đây là tin vui cho cả nước.');
    // the reader's highlight on "tin vui" wraps its text in a <mark> (other code, same body)
    const bold = root.querySelector('b')!;
    const mark = root.ownerDocument.createElement('mark');
    bold.replaceWith(mark);
    mark.append(bold);
    expect(blockRange(blocks[1]!, sentence!.start, sentence!.end)!.toString()).toBe('Đây là tin vui cho cả nước.');
    const lines = blocks[2]!;
    expect(blockRange(lines, 0, 18)!.toString()).toBe('Dòng mộtdòng hai.'); // the <br> holds no text
    expect(blockRange(lines, 0, 999)).toBeNull();
  });
});

describe('the sentence shown', () => {
  it('is a CSS custom highlight named lede-listen, the article left as it is', () => {
    const root = body();
    const view = root.ownerDocument.defaultView! as unknown as Record<string, unknown>;
    const registry = new Map<string, { ranges: Range[] }>();
    view.CSS = { highlights: registry };
    view.Highlight = function (this: { ranges: Range[] }, ...ranges: Range[]) {
      this.ranges = ranges;
    };
    const html = root.innerHTML;
    const [block] = textBlocks(root);
    showSentence(blockRange(block!, 0, 5), block!.element, { scroll: false });
    expect(registry.get(HIGHLIGHT_NAME)!.ranges[0]!.toString()).toBe('Giảm ');
    expect(root.innerHTML).toBe(html);
    clearSentence(root.ownerDocument);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it("is a class on the sentence's block where the API is missing, and is scrolled into view", () => {
    const root = body();
    const view = root.ownerDocument.defaultView!;
    const scrollBy = vi.fn();
    view.scrollBy = scrollBy as typeof view.scrollBy;
    const blocks = textBlocks(root);
    showSentence(blockRange(blocks[1]!, 0, 4), blocks[1]!.element, { scroll: true });
    expect(blocks[1]!.element.classList.contains('listen-current')).toBe(true);
    expect(scrollBy).toHaveBeenCalledOnce(); // jsdom lays nothing out: the sentence is at the very top
    showSentence(blockRange(blocks[2]!, 0, 4), blocks[2]!.element, { scroll: false });
    expect([...root.querySelectorAll('.listen-current')]).toEqual([blocks[2]!.element]);
    clearSentence(root.ownerDocument);
    expect(root.querySelectorAll('.listen-current')).toHaveLength(0);
  });
});
