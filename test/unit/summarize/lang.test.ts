import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage, resolveLanguage } from '../../../lib/text/language';
import { terms } from '../../../lib/summarize/tokens';

const VI = 'Sáng 12/3, UBND thành phố đã tổ chức lễ khởi công cầu vượt với tổng vốn hơn 700 tỷ đồng.';
const EN = 'The city council voted on Tuesday to close the old harbour bridge after engineers found cracks.';

describe('language', () => {
  it('takes the primary subtag of the page lang', () => {
    expect(primaryLanguage('vi-VN')).toBe('vi');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage('')).toBe('');
    expect(primaryLanguage(null)).toBe('');
    expect(primaryLanguage('x')).toBe('');
  });

  it('detects Vietnamese by its diacritics, English by its function words, and unspaced scripts', () => {
    expect(detectLanguage(VI)).toBe('vi');
    expect(detectLanguage(EN)).toBe('en');
    expect(detectLanguage('東京都は月曜日、大雨のため多くの学校を休校にすると発表した。')).toBe('ja');
    expect(detectLanguage('北京市周一宣布由于暴雨全市中小学停课一天。')).toBe('zh');
    expect(detectLanguage('กรุงเทพมหานครประกาศปิดโรงเรียนทุกแห่งในวันจันทร์')).toBe('th');
    expect(detectLanguage('Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen.')).toBe('');
    expect(detectLanguage('12345 !!!')).toBe('');
  });

  it('trusts the page lang unless the text plainly says otherwise', () => {
    expect(resolveLanguage('en-GB', EN)).toBe('en');
    expect(resolveLanguage(null, VI)).toBe('vi');
    expect(resolveLanguage('es', 'El ayuntamiento votó el martes para cerrar el puente.')).toBe('es');
    // A Vietnamese site whose template says lang="en".
    expect(resolveLanguage('en', VI)).toBe('vi');
  });
});

describe('content terms', () => {
  it('drop Vietnamese stop phrases of several syllables and pair neighbouring syllables', () => {
    const t = terms('Tuy nhiên, công an cho biết chiếc ô tô đã bị thu giữ.', 'vi');
    expect(t).not.toContain('tuy');
    expect(t).not.toContain('nhiên');
    expect(t).not.toContain('biết');
    expect(t).toContain('công an');
    expect(t).toContain('ô tô');
  });

  it('drop English stop words and keep numbers', () => {
    expect(terms('The council voted 8 to 1 for the closure.', 'en')).toEqual(['council', 'voted', '8', '1', 'closure']);
  });

  it('split unspaced scripts into words', () => {
    expect(terms('東京都は発表した。', 'ja').length).toBeGreaterThan(1);
  });
});
