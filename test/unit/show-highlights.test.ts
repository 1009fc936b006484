// The reader's highlights are marked on the article: across inline elements, with the
// whitespace an export rewrapped, and not at all when the text no longer holds them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { showHighlights } from '../../lib/ui/show-highlights';

const body = (html: string) => new JSDOM(`<div id="a">${html}</div>`).window.document.getElementById('a')!;

describe('showHighlights', () => {
  it('marks a quote inside one paragraph, and one that runs across an <em>', () => {
    const root = body('<p>Tỷ lệ hộ nghèo ở <em>Tây Bắc</em> giảm mạnh.</p><p>Sinh kế bền vững.</p>');
    expect(showHighlights(root, ['hộ nghèo ở Tây', 'bền vững'])).toBe(2);
    expect(root.innerHTML).toBe(
      '<p>Tỷ lệ <mark class="highlight">hộ nghèo ở </mark><em><mark class="highlight">Tây</mark> Bắc</em> giảm mạnh.</p><p>Sinh kế <mark class="highlight">bền vững</mark>.</p>',
    );
  });

  it('finds a quote whose line breaks and spaces an export rewrapped', () => {
    const root = body('<p>The river   rose and the fields went under.</p>');
    expect(showHighlights(root, ['The river rose\nand the fields'])).toBe(1);
    expect(root.querySelector('mark')?.textContent).toBe('The river   rose and the fields');
  });

  it('leaves out a quote the article no longer holds, and never joins two paragraphs into one', () => {
    const root = body('<p>Một câu.</p><p>Hai câu.</p>');
    expect(showHighlights(root, ['Ba câu.', 'câu.Hai'])).toBe(0);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
  });

  it('marks several quotes of one text node, and leaves out one overlapping another', () => {
    const root = body('<p>Một hai ba bốn năm sáu.</p>');
    expect(showHighlights(root, ['Một hai', 'bốn năm', 'năm sáu'])).toBe(2);
    expect(root.innerHTML).toBe(
      '<p><mark class="highlight">Một hai</mark> ba bốn <mark class="highlight">năm sáu</mark>.</p>',
    );
  });
});
