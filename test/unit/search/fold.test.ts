import { describe, expect, it } from 'vitest';
import { queryWords } from '../../../lib/search/tokenize';
import { exactForm, foldAligned, foldedForm } from '../../../lib/text/fold';
import { words } from '../../../lib/text/words';

describe('folding', () => {
  it.each([
    ['Nghèo', 'nghèo', 'ngheo'],
    ['ĐÀ', 'đà', 'da'],
    ['Café', 'café', 'cafe'],
    ['don’t', "don't", "don't"],
    ['Łódź', 'łódź', 'lodz'],
  ])('%s: exact %s, folded %s', (word, exact, folded) => {
    expect(exactForm(word)).toBe(exact);
    expect(foldedForm(word)).toBe(folded);
  });

  it('treats composed and decomposed Vietnamese alike', () => {
    expect(exactForm('nghe\u0300o')).toBe(exactForm('nghèo'));
  });

  it('keeps vowel signs of scripts where they are letters', () => {
    expect(foldedForm('हिन्दी')).toBe('हिन्दी');
    expect(foldedForm('ภาษาไทย')).toBe('ภาษาไทย');
  });

  it('folds a text without moving its offsets', () => {
    const text = 'Hà Nội, Đà Nẵng — Café';
    expect(foldAligned(text)).toBe('ha noi, da nang — cafe');
    expect(foldAligned(text)).toHaveLength(text.length);
  });

  it('folds Latin text as it folds each of its characters alone', () => {
    const codes = [
      [0x20, 0x2ff],
      [0x1e00, 0x1eff],
      [0x2000, 0x206f],
    ].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => from! + i));
    const text = String.fromCharCode(...codes);
    const alone = (character: string) =>
      [foldedForm(character), character.toLowerCase(), character].find((form) => form.length === 1)!;
    expect(foldAligned(text)).toBe([...text].map(alone).join(''));
    expect(foldAligned('Giảm nghèo ở Đà Nẵng')).toBe('giam ngheo o da nang');
  });
});

describe('words', () => {
  it('finds in Latin-script runs the words Intl.Segmenter finds (they skip it)', () => {
    const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    const text = 'Giảm nghèo 2024 COVID19 naïve Ǆemal Ⅻ ﬁne ａｂｃ x̃y Đà-Nẵng don’t 3.5 e\u0301t\u0301 São_Paulo';
    const expected = [...segmenter.segment(text)]
      .filter((part) => part.isWordLike)
      .map((part) => [part.segment, part.index]);
    expect(words(text).map((word) => [word.text, word.index])).toEqual(expected);
  });

  it('finds words of any language with their offsets', () => {
    expect(words('Giá 1.234 đồng; 東京に住む').map((word) => word.text)).toEqual([
      'Giá',
      '1.234',
      'đồng',
      '東京',
      'に',
      '住む',
    ]);
    expect(words('  Hà  Nội').map((word) => word.index)).toEqual([2, 6]);
  });

  it('treats the last query word as a prefix only while it is being typed', () => {
    expect(queryWords('giảm ngh').map((word) => word.prefix)).toEqual([false, true]);
    expect(queryWords('giảm ngh ').map((word) => word.prefix)).toEqual([false, false]);
    expect(queryWords('GIẢM')).toEqual([{ exact: 'giảm', folded: 'giam', prefix: true }]);
  });
});
