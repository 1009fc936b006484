// The reader's highlights are marked on the article: across inline elements, with the
// whitespace an export rewrapped, and not at all when the text no longer holds them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { marksOf, quoteOfRange, recolorMarks, removeMarks, showHighlights } from '../../lib/highlights/marks';

const quotes = (...texts: string[]) => texts.map((text) => ({ text }));

const body = (html: string) => new JSDOM(`<div id="a">${html}</div>`).window.document.getElementById('a')!;

describe('showHighlights', () => {
  it('marks a quote inside one paragraph, and one that runs across an <em>', () => {
    const root = body('<p>Tỷ lệ hộ nghèo ở <em>Tây Bắc</em> giảm mạnh.</p><p>Sinh kế bền vững.</p>');
    expect(showHighlights(root, quotes('hộ nghèo ở Tây', 'bền vững'))).toHaveLength(2);
    expect(root.innerHTML).toBe(
      '<p>Tỷ lệ <mark class="highlight">hộ nghèo ở </mark><em><mark class="highlight">Tây</mark> Bắc</em> giảm mạnh.</p><p>Sinh kế <mark class="highlight">bền vững</mark>.</p>',
    );
  });

  it('finds a quote whose line breaks and spaces an export rewrapped', () => {
    const root = body('<p>The river   rose and the fields went under.</p>');
    expect(showHighlights(root, quotes('The river rose\nand the fields'))).toHaveLength(1);
    expect(root.querySelector('mark')?.textContent).toBe('The river   rose and the fields');
  });

  it('leaves out a quote the article no longer holds, and never joins two paragraphs into one', () => {
    const root = body('<p>Một câu.</p><p>Hai câu.</p>');
    expect(showHighlights(root, quotes('Ba câu.', 'câu.Hai'))).toHaveLength(0);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
  });

  it('marks several quotes of one text node, and leaves out one overlapping another', () => {
    const root = body('<p>Một hai ba bốn năm sáu.</p>');
    expect(showHighlights(root, quotes('Một hai', 'bốn năm', 'năm sáu'))).toHaveLength(2);
    expect(root.innerHTML).toBe(
      '<p><mark class="highlight">Một hai</mark> ba bốn <mark class="highlight">năm sáu</mark>.</p>',
    );
  });
});

describe('highlights made from a selection', () => {
  const select = (root: Element, from: [Node, number], to: [Node, number]) => {
    const range = root.ownerDocument.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    return range;
  };

  it('keeps the selected text, the text around it and its block, across inline elements', () => {
    const root = body('<h2>Tây Bắc</h2><p>Tỷ lệ hộ nghèo ở <em>Tây Bắc</em> giảm mạnh.</p>');
    const p = root.querySelector('p')!;
    const range = select(root, [p.firstChild!, 6], [p.querySelector('em')!.firstChild!, 3]);
    expect(quoteOfRange(root, range)).toEqual({
      text: 'hộ nghèo ở Tây',
      anchor: { block: 1, prefix: 'Tây Bắc Tỷ lệ ', suffix: ' Bắc giảm mạnh.' },
    });
  });

  it('marks the place that was selected when the same words are in the article twice', () => {
    const root = body('<p>Hà Nội mưa lớn từ sáng.</p><p>Chiều nay, Hà Nội mưa lớn thêm.</p>');
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    const quote = quoteOfRange(root, select(root, [second, 11], [second, 25]))!;
    expect(quote.text).toBe('Hà Nội mưa lớn');
    const fresh = body(root.innerHTML);
    showHighlights(fresh, [{ ...quote, id: 7, color: 'green' }]);
    expect(fresh.querySelectorAll('p')[1]!.innerHTML).toBe(
      'Chiều nay, <mark class="highlight highlight--green" data-highlight-id="7" tabindex="0">Hà Nội mưa lớn</mark> thêm.',
    );
  });

  it('attaches again after the article was read again with other markup and a paragraph more', () => {
    const root = body('<p>Hà Nội mưa lớn từ sáng.</p><p>Chiều nay, Hà Nội mưa lớn thêm.</p>');
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    const quote = quoteOfRange(root, select(root, [second, 11], [second, 25]))!;
    const reread = body(
      '<p>Cập nhật 15:00.</p><div><p>Hà Nội <a href="#">mưa lớn</a> từ sáng.</p></div>' +
        '<p>Chiều   nay, <strong>Hà Nội</strong> mưa lớn thêm.</p>',
    );
    expect(showHighlights(reread, [quote])).toHaveLength(1);
    expect(reread.querySelectorAll('p')[2]!.textContent).toBe('Chiều   nay, Hà Nội mưa lớn thêm.');
    expect([...reread.querySelectorAll('p')[2]!.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe(
      'Hà Nội mưa lớn',
    );
    expect(reread.querySelectorAll('p')[1]!.querySelector('mark')).toBeNull();
  });

  it('finds a quote a correction changed between its unchanged context', () => {
    const quote = {
      text: 'the goverment said',
      anchor: { block: 0, prefix: 'On Tuesday morning ', suffix: ' it would act.' },
    };
    const root = body('<p>On Tuesday morning the government said it would act.</p>');
    expect(showHighlights(root, [quote])).toHaveLength(1);
    expect(root.querySelector('mark')!.textContent).toBe('the government said');
  });

  it('recolours and removes one highlight’s marks, leaving the text whole', () => {
    const root = body('<p>Tỷ lệ hộ nghèo ở <em>Tây Bắc</em> giảm mạnh.</p>');
    showHighlights(root, [{ id: 3, text: 'hộ nghèo ở Tây', color: 'yellow' }]);
    recolorMarks(root, 3, 'blue');
    expect(marksOf(root, 3).map((mark) => mark.className)).toEqual([
      'highlight highlight--blue',
      'highlight highlight--blue',
    ]);
    removeMarks(root, 3);
    expect(root.innerHTML).toBe('<p>Tỷ lệ hộ nghèo ở <em>Tây Bắc</em> giảm mạnh.</p>');
    expect(root.querySelector('p')!.childNodes).toHaveLength(3); // text nodes joined again
  });
});

describe('paragraph boundaries', () => {
  it('reads a paragraph that ends in an inline element as ended: no quote joins it to the next', () => {
    const root = body('<p>Nông dân <em>vui mừng</em></p><p>Hai câu.</p>');
    expect(showHighlights(root, quotes('mừngHai'))).toHaveLength(0);
    expect(showHighlights(root, quotes('vui mừng'))).toHaveLength(1);
  });
});
