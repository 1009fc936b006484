import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleBlockElements, articleBlocks, blockText } from '../../lib/extract/dom/blocks';
import { countWords } from '../../lib/text/words';
import { FIXTURES, loadFixture, page } from './helpers';

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

describe('articleBlockElements', () => {
  // the highlights number blocks with it and the summary with articleBlocks: a highlight made
  // on one numbering and found on the other would land on the wrong paragraph
  it('numbers the blocks exactly as articleBlocks does, on every fixture page and tricky markup', () => {
    const pages = readdirSync(join(FIXTURES, 'sites'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => loadFixture(`sites/${name}`).body);
    pages.push(
      page(
        '<div>lead <p>inner</p> tail<br> <br><p> \u00a0 </p><p><br></p><ul><li>a</li><li> </li></ul>' +
          '<figure><img src="x.jpg"><figcaption>Ảnh: TTXVN</figcaption></figure>text<script>var x</script></div>',
      ).body,
    );
    for (const root of pages) {
      const elements = articleBlocks(root).map((block) => block.element);
      expect(elements.length).toBeGreaterThan(0);
      expect(articleBlockElements(root)).toEqual(elements);
    }
  });
});

describe('countWords', () => {
  it('counts Vietnamese syllables and English words', () => {
    expect(countWords('Hà Nội mưa to')).toBe(4);
    expect(countWords("It's a well-known fact, isn't it?")).toBe(6);
  });
});
