// Where a query's words are found in a text decides the highlighted words of a snippet: whole
// words only in spaced scripts (an accented letter or ß is part of a word), anywhere in
// scripts written without spaces.
import { describe, expect, it } from 'vitest';
import { buildSnippet, findMatches } from '../../../lib/search/snippet';
import { queryWords } from '../../../lib/search/tokenize';

const matched = (text: string, query: string) =>
  findMatches(text, queryWords(query)).map(({ start, end }) => text.slice(start, end));

describe('findMatches', () => {
  it('matches whole words, a word being typed up to its end, accented letters included', () => {
    expect(matched('Giảm nghèo, không giảmx.', 'giam ')).toEqual(['Giảm']);
    expect(matched('Die Straße und Strasbourg', 'stra')).toEqual(['Straße', 'Strasbourg']);
    expect(matched('Die Straße', 'strasse ')).toEqual([]);
    expect(matched('Café crème, cafés', 'cafe ')).toEqual(['Café']);
    expect(matched('Năm 2024, 2024x', '2024 ')).toEqual(['2024']);
  });

  it('matches inside runs of scripts written without spaces', () => {
    expect(matched('東京に住む', '東京 ')).toEqual(['東京']);
    expect(matched('ภาษาไทยง่าย', 'ไทย ')).toEqual(['ไทย']);
  });
});

describe('buildSnippet', () => {
  it('shows the window with the most different query words', () => {
    const text = `${'mưa '.repeat(80)}giảm nghèo ${'nắng '.repeat(80)}`;
    const highlighted = buildSnippet(text, queryWords('mưa giảm nghèo '))
      .filter((s) => s.highlighted)
      .map((s) => s.text);
    expect(new Set(highlighted)).toEqual(new Set(['mưa', 'giảm', 'nghèo']));
  });
});
