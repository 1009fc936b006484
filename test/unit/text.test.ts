import { describe, expect, it } from 'vitest';
import { blockText } from '../../lib/extract/dom/blocks';
import { countWords } from '../../lib/text/words';
import { page } from './helpers';

describe('blockText', () => {
  it('does not glue words where two blocks meet without whitespace', () => {
    const doc = page('<div><p>Hội nghị kết thúc.</p><p>Toàn cảnh hội nghị.</p><div>Tin, ảnh: NGUYỄN ANH</div></div>');
    expect(blockText(doc.body)).toBe('Hội nghị kết thúc.\n\nToàn cảnh hội nghị.\n\nTin, ảnh: NGUYỄN ANH');
  });

  it('turns <br> into a line break, not into nothing', () => {
    const doc = page('<p>Line one<br>line two</p>');
    expect(blockText(doc.body)).toBe('Line one\nline two');
  });

  it('keeps inline elements inside their sentence', () => {
    const doc = page('<p>The <a href="#">mayor</a> said <em>no</em>.</p>');
    expect(blockText(doc.body)).toBe('The mayor said no.');
  });
});

describe('countWords', () => {
  it('counts Vietnamese syllables and English words', () => {
    expect(countWords('Hà Nội mưa to')).toBe(4);
    expect(countWords("It's a well-known fact, isn't it?")).toBe(6);
  });
});
