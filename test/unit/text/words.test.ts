import { describe, expect, it } from 'vitest';
import { countWords, words } from '../../../lib/text/words';

describe('countWords', () => {
  it('counts Vietnamese syllables and English words as readers do', () => {
    expect(countWords('Hà Nội mưa to')).toBe(4);
    expect(countWords("It's a well-known fact, isn't it?")).toBe(6);
    expect(countWords('  — • 2021-2025 ')).toBe(1);
  });

  it('counts the words of a Japanese sentence, which has no spaces, with Intl.Segmenter', () => {
    const sentence = '東京都は月曜日、大雨のため多くの学校を休校にすると発表した。';
    const segmented = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(sentence)].filter(
      (part) => part.isWordLike,
    ).length;
    expect(countWords(sentence)).toBe(segmented);
    expect(countWords(sentence)).toBeGreaterThan(10);
    expect(countWords('กรุงเทพมหานครประกาศปิดโรงเรียนทุกแห่งในวันจันทร์')).toBeGreaterThan(5);
  });

  it('counts the parts of joined words when asked (the summary counts so)', () => {
    expect(countWords("It's a well-known fact, isn't it?", { parts: true })).toBe(9);
    expect(countWords('Hà Nội mưa to', { parts: true })).toBe(4);
  });
});

describe('words', () => {
  it('finds the words the search index keeps, with their offsets', () => {
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

  it('splits a hyphenated word into the parts a search finds', () => {
    expect(words('a well-known fact').map((word) => word.text)).toEqual(['a', 'well', 'known', 'fact']);
  });
});
