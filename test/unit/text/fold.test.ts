import { describe, expect, it } from 'vitest';
import { foldAligned, foldedForm, foldText } from '../../../lib/text/fold';
import { indexKeys } from '../../../lib/search/tokenize';

describe('folding', () => {
  it('folds Vietnamese as readers type it without accents', () => {
    expect(foldText('giảm nghèo')).toBe('giam ngheo');
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(foldText('GIẢM NGHÈO Ở ĐÀ NẴNG')).toBe('giam ngheo o da nang');
    expect(foldText('nghe\u0300o')).toBe('ngheo'); // decomposed accents too
  });

  it('gives the search index keys it has always given (saved libraries depend on them)', () => {
    const folded = [
      'Nghèo',
      'ĐÀ',
      'Łódź',
      'Øresund',
      'don’t',
      'Ελλάδα',
      'Йошкар-Ола',
      'كَتَبَ',
      'שָׁלוֹם',
      'İstanbul',
      'Straße',
      'हिन्दी',
      'ภาษาไทย',
      'がっこう',
    ].map(foldedForm);
    expect(folded).toEqual([
      'ngheo',
      'da',
      'lodz',
      'oresund',
      "don't",
      'ελλαδα',
      'иошкар-ола',
      'كتب',
      'שלום',
      'istanbul',
      'straße',
      'हिन्दी',
      'ภาษาไทย',
      'がっこう',
    ]);
    expect(indexKeys('nghèo')).toEqual(['ngheo', 'ngheo\u0001nghèo']);
  });

  it('folds a text as the index folds each of its words', () => {
    const text = 'Phó Thủ tướng Trần Lưu Quang làm việc với Đà Nẵng về Łódź’s plan';
    expect(foldText(text)).toBe(text.split(' ').map(foldedForm).join(' '));
  });

  it('keeps the length of a text folded for highlighting', () => {
    const text = 'Giảm nghèo ở Đà Nẵng';
    expect(foldAligned(text)).toBe('giam ngheo o da nang');
    expect(foldAligned(text)).toHaveLength(text.length);
  });
});
