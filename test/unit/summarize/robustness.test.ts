import { describe, expect, it } from 'vitest';
import { summarize, summarizeText, type BlockInput } from '../../../lib/summarize';

const EN = [
  'The city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in two of its supports.',
  'The bridge carries about 30,000 cars a day between the harbour district and the airport road.',
  'Engineers said the cracks had grown quickly since the spring floods and that the supports could fail under heavy trucks.',
  'Council members voted eight to one for the closure, which starts on Friday morning.',
  'Drivers will be sent along the ring road, which the council expects to add twenty minutes to a trip across the city.',
];

describe('bad input never throws', () => {
  it('gives no summary for empty input', () => {
    expect(summarize({ blocks: [] })).toEqual([]);
    expect(summarize({ blocks: ['', '   ', '\n'] })).toEqual([]);
    expect(summarizeText('')).toEqual([]);
    expect(summarizeText('\n\n  \n')).toEqual([]);
  });

  it('gives no summary for a single sentence (it would only repeat the article)', () => {
    expect(summarize({ blocks: [EN[0]!], lang: 'en' })).toEqual([]);
    expect(summarizeText(EN[0]!, 'en')).toEqual([]);
  });

  it('survives blocks that are not what the types promise', () => {
    const junk = [null, 42, { kind: 'paragraph' }, { text: 7 }, EN[0], EN[1]] as unknown as BlockInput[];
    expect(summarize({ blocks: junk, lang: 'en' }).map((s) => s.text)).toEqual([EN[0]]);
    expect(summarize({ blocks: null } as never)).toEqual([]);
    expect(summarize(undefined as never)).toEqual([]);
    expect(summarizeText(undefined as never)).toEqual([]);
  });

  it('summarises lines without punctuation, one sentence per line', () => {
    const lines = EN.map((l) => l.replace(/[.,]/g, ''));
    const summary = summarizeText(lines.join('\n'), 'en');
    expect(summary.length).toBeGreaterThan(0);
    expect(summary[0]!.text).toBe(lines[0]);
  });

  it('does not offer a whole unpunctuated wall of text as its summary', () => {
    const wall = Array.from({ length: 60 }, () => EN[0]!.replace(/[.,]/g, '')).join(' ');
    expect(summarize({ blocks: [wall, EN[1]!, EN[2]!], lang: 'en' }).map((s) => s.text)).not.toContain(wall);
  });

  it('handles Japanese, Chinese and Thai, which put no spaces between words', () => {
    const ja = ['東京都は月曜日、大雨のため多くの学校を休校にすると発表した。', '気象庁によると、雨は火曜日の朝まで続く見込みだ。', '都内の鉄道は一部で運転を見合わせている。', '東京都は住民に不要不急の外出を控えるよう呼びかけた。'];
    const ja1 = summarize({ blocks: ja, lang: 'ja' });
    expect(ja1.length).toBeGreaterThan(0);
    expect(ja1[0]!.text).toBe(ja[0]);
    const zh = ['北京市周一宣布，由于暴雨，全市中小学停课一天。', '气象部门表示，降雨将持续到周二上午。', '部分地铁线路已经暂停运营。', '市政府呼吁市民减少不必要的外出。'];
    expect(summarize({ blocks: zh }).map((s) => s.text)[0]).toBe(zh[0]);
    const th = ['กรุงเทพมหานครประกาศปิดโรงเรียนทุกแห่งในวันจันทร์เนื่องจากฝนตกหนัก', 'กรมอุตุนิยมวิทยาคาดว่าฝนจะตกต่อเนื่องถึงวันอังคาร', 'รถไฟฟ้าบางสายหยุดให้บริการชั่วคราว'];
    expect(() => summarize({ blocks: th })).not.toThrow();
    expect(summarize({ blocks: th }).length).toBeLessThan(th.length);
  });

  // How fast (2,000 and 100,000 words, linear not quadratic) is bench:summary's to print;
  // a test only checks that a huge text still gets a proper summary.
  it('summarises a 100,000-word text into at most five sentences, led by its first', () => {
    const paragraphs: string[] = [];
    for (let words = 0, i = 0; words < 100_000; i++) {
      const p = `${EN[i % EN.length]} Paragraph ${i} reports detail ${i * 7} from district ${i % 97}.`;
      paragraphs.push(p);
      words += p.split(' ').length;
    }
    const summary = summarize({ blocks: paragraphs, lang: 'en' });
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(5);
    expect(summary[0]!.text).toBe(EN[0]);
  });
});
