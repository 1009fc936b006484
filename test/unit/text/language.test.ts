import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage, resolveLanguage } from '../../../lib/text/language';

const VIETNAMESE =
  'Sáng 14-4, tại thành phố Lào Cai, Ban Thi đua Khen thưởng Trung ương đã tổ chức hội nghị đẩy mạnh phong trào thi đua vì người nghèo năm 2023.';
const ENGLISH =
  'The money will be shared between 38 councils, with the largest sums going to areas where services were cut most deeply, officials said on Friday.';

describe('detectLanguage', () => {
  it('reads a Vietnamese paragraph as Vietnamese and an English one as English', () => {
    expect(detectLanguage(VIETNAMESE)).toBe('vi');
    expect(detectLanguage(ENGLISH)).toBe('en');
  });

  it('knows Vietnamese by letters only it uses, even without stacked tones', () => {
    expect(detectLanguage('Hai nhân viên liên quan làm cùng quán.')).toBe('vi');
  });

  it('names the language of a script', () => {
    expect(detectLanguage('東京都は月曜日、大雨のため多くの学校を休校にすると発表した。')).toBe('ja');
    expect(detectLanguage('北京市周一宣布由于暴雨全市中小学停课一天。')).toBe('zh');
    expect(detectLanguage('กรุงเทพมหานครประกาศปิดโรงเรียนทุกแห่งในวันจันทร์')).toBe('th');
    expect(detectLanguage('서울시는 월요일 폭우로 인해 모든 학교를 휴교한다고 발표했다.')).toBe('ko');
    expect(detectLanguage('عمال يقطفون عذوق التمر في إحدى مزارع الأحساء')).toBe('ar');
    expect(detectLanguage('Сегодня в Москве прошло заседание городского совета.')).toBe('ru');
  });

  it('does not take other Latin-script languages for English or Vietnamese', () => {
    expect(
      detectLanguage(
        'Die Bundesregierung will in diesem Jahr mehr Geld in die Bildung investieren, sagte die Ministerin.',
      ),
    ).toBe('');
    expect(
      detectLanguage(
        'Het kabinet wil dit jaar meer geld in het onderwijs steken, zei de minister. Het is een grote stap.',
      ),
    ).toBe('');
    expect(
      detectLanguage(
        "La fête de la musique a attiré des milliers de personnes au château, où l'hôtel de ville avait installé une scène.",
      ),
    ).toBe('');
  });

  it('says nothing about too little text', () => {
    expect(detectLanguage('Hà Nội mưa')).toBe('');
    expect(detectLanguage('12345 !!!')).toBe('');
  });
});

describe('resolveLanguage', () => {
  it("trusts the page's language unless the text is plainly another", () => {
    expect(resolveLanguage('vi-VN', VIETNAMESE)).toBe('vi');
    expect(resolveLanguage('en-us', VIETNAMESE)).toBe('vi'); // a Vietnamese site's template says English
    expect(resolveLanguage('vi', ENGLISH)).toBe('vi'); // English words under another language are not enough
    expect(resolveLanguage('es', 'El ayuntamiento votó el martes para cerrar el puente.')).toBe('es');
    expect(resolveLanguage('ja', '東京都議会本会議予算案可決')).toBe('ja'); // Japanese with few kana is still Japanese
  });

  it('guesses when the page does not say', () => {
    expect(resolveLanguage(null, ENGLISH)).toBe('en');
    expect(resolveLanguage('', 'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen.')).toBe('');
  });
});

describe('primaryLanguage', () => {
  it('takes the primary subtag of a language tag', () => {
    expect(primaryLanguage('vi-VN')).toBe('vi');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage(null)).toBe('');
    expect(primaryLanguage('*')).toBe('');
  });
});
