import { describe, expect, it } from 'vitest';
import { summarize, summarizeText, textBlocks, type SummarySentence } from '../../../lib/summarize';

const FLOOD = [
  'Heavy rain flooded the river town of Millbrook on Sunday, forcing 2,000 residents to leave their homes.',
  'The town hosted a well-known jazz festival last summer, drawing musicians from across the region.',
  'Rescue teams with boats moved families from flooded streets to a school on higher ground, and the river is still rising.',
  'Officials said the river would not fall for three days and that the flood defences must be checked before residents return.',
  'Shops in the flooded streets were closed, and rescue teams warned families to keep away from the river.',
  'The river reached its highest level since 1998, officials said.',
  'The mayor said the town would ask the government for help to repair flooded streets and homes along the river.',
];

const VI_ARTICLE = [
  'Ngày 25/2, TAND TP. Đà Nẵng tuyên phạt Hồ Xuân Huy 12 năm tù về tội Lừa đảo chiếm đoạt tài sản.',
  'Theo cáo trạng, từ tháng 10/2016 đến tháng 9/2017, Huy tự xưng là sĩ quan công an để lừa nhiều người với tổng số tiền 3,2 tỷ đồng.',
  'Huy giới thiệu mình có suất mua ô tô thanh lý giá rẻ và hứa xin việc vào ngành công an cho con của các bị hại.',
  'PGS.TS. Nguyễn Văn An, chuyên gia tội phạm học, cho biết thủ đoạn giả danh cán bộ để lừa đảo không mới nhưng vẫn có nhiều người mắc bẫy.',
  'Sau nhiều lần hẹn mà không có kết quả, một bị hại đã gửi đơn tố cáo đến cơ quan công an.',
  'Tại phiên tòa, Huy thừa nhận hành vi phạm tội và xin giảm nhẹ hình phạt.',
];

/** A story that opens with a scene-setting anecdote; the news comes in the second sentence. */
const FIRE = [
  'Maria Lopez was pouring her first coffee of the day when she heard the sirens outside her kitchen window.',
  'A fire at the Northfield chemical plant forced 3,000 residents to leave their homes on Tuesday.',
  'Firefighters fought the fire at the chemical plant for six hours before it was under control.',
  'Officials said smoke from the plant carried chemicals over nearby homes, and residents should keep their windows closed.',
  'The owner of the plant said the fire started in a storage building and that the cause was not yet known.',
  'Residents who left their homes near the plant may return on Wednesday, officials said.',
];

const VOCABULARY = [
  'River',
  'Town',
  'Rain',
  'School',
  'Boat',
  'Bridge',
  'Mayor',
  'Council',
  'Road',
  'Farm',
  'Power',
  'Water',
  'Market',
];

/** `n` lower-case words picked from VOCABULARY by a fixed rule, different for each `seed`. */
function nonsense(seed: number, n: number): string {
  return Array.from({ length: n }, (_, k) =>
    VOCABULARY[(seed * 7 + k * k * 3 + k) % VOCABULARY.length]!.toLowerCase(),
  ).join(' ');
}

function inTextOrder(summary: SummarySentence[]): boolean {
  return summary.every(
    (s, i) =>
      i === 0 ||
      s.blockIndex > summary[i - 1]!.blockIndex ||
      (s.blockIndex === summary[i - 1]!.blockIndex && s.start >= summary[i - 1]!.end),
  );
}

describe('summarize', () => {
  it('opens with the lead and keeps text order', () => {
    const summary = summarize({ blocks: FLOOD, lang: 'en' });
    expect(summary[0]!.text).toBe(FLOOD[0]);
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(inTextOrder(summary)).toBe(true);
  });

  it('locates every sentence in its block so the popup can scroll to it', () => {
    const blocks = ['Intro heading', ...FLOOD.map((p, i) => (i % 2 ? `${p} ${FLOOD[0]}` : p))];
    for (const s of summarize({ blocks, lang: 'en' }, { maxSentences: 5 })) {
      expect(blocks[s.blockIndex]!.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('prefers a sentence on the article topic to an aside (centrality breaks near ties)', () => {
    const summary = summarize({ blocks: FLOOD, lang: 'en' }, { maxSentences: 2 });
    expect(summary.map((s) => s.blockIndex)).toEqual([0, 2]);
  });

  it('passes over an opening anecdote that is off the topic (the position prior is soft)', () => {
    expect(summarize({ blocks: FIRE, lang: 'en' }).map((s) => s.text)).toEqual([FIRE[1]]);
    expect(summarize({ blocks: FIRE, lang: 'en' }, { maxSentences: 2 }).map((s) => s.blockIndex)).not.toContain(0);
  });

  it('keeps an on-topic lede as a one-sentence summary, though a later sentence repeats the topic more', () => {
    // FLOOD[2] shares the most words with the rest; the lede bonus keeps FLOOD[0], which says
    // what happened, where and when.
    expect(summarize({ blocks: FLOOD, lang: 'en' }, { maxSentences: 1 }).map((s) => s.text)).toEqual([FLOOD[0]]);
  });

  it('does not repeat a sentence the summary already says', () => {
    const blocks = [FLOOD[0]!, `${FLOOD[0]!.replace('Sunday', 'Sunday morning')}`, ...FLOOD.slice(2)];
    const texts = summarize({ blocks, lang: 'en' }, { maxSentences: 3 }).map((s) => s.text);
    expect(texts.filter((t) => t.startsWith('Heavy rain flooded'))).toHaveLength(1);
  });

  it('honours maxSentences', () => {
    expect(summarize({ blocks: FLOOD, lang: 'en' }, { maxSentences: 1 }).map((s) => s.text)).toEqual([FLOOD[0]]);
    const five = summarize({ blocks: FLOOD, lang: 'en' }, { maxSentences: 5 });
    expect(five).toHaveLength(5);
    expect(inTextOrder(five)).toBe(true);
    expect(summarize({ blocks: FLOOD, lang: 'en' }, { maxSentences: 0 })).toEqual([]);
  });

  it('gives short articles one sentence, most articles three and long ones five', () => {
    const article = (sentences: number) => {
      const out: string[] = [];
      for (let i = 0; i < sentences; i++) out.push(`${VOCABULARY[i % 13]} ${nonsense(i, 8)}.`);
      return out;
    };
    expect(summarize({ blocks: article(10), lang: 'en' })).toHaveLength(1); // ~90 words
    expect(summarize({ blocks: article(50), lang: 'en' })).toHaveLength(3); // ~450 words
    expect(summarize({ blocks: article(400), lang: 'en' })).toHaveLength(5); // ~3,600 words
  });

  it('reads past headings and captions the caller marks', () => {
    const summary = summarize({
      blocks: [
        { text: 'Millbrook flooded: 2,000 residents leave their homes as the river rises', kind: 'heading' },
        {
          text: 'Rescue teams with boats in Millbrook on Sunday, as heavy rain flooded the river town.',
          kind: 'caption',
        },
        ...FLOOD.map((text) => ({ text, kind: 'paragraph' as const })),
      ],
      lang: 'en',
    });
    expect(summary.every((s) => s.blockIndex >= 2)).toBe(true);
    expect(summary[0]!.text).toBe(FLOOD[0]);
  });

  it('summarises Vietnamese from its lead and keeps repaired sentences whole', () => {
    // five of six sentences, so that the one with "PGS.TS." is in whatever the scoring prefers
    const summary = summarize({ blocks: VI_ARTICLE }, { maxSentences: 5 });
    expect(summary[0]!.text).toBe(VI_ARTICLE[0]);
    expect(summary.map((s) => s.text)).toContain(VI_ARTICLE[3]);
    expect(inTextOrder(summary)).toBe(true);
  });
});

describe('summarizeText', () => {
  it('treats each non-empty line as a block', () => {
    const text = `${FLOOD.join('\n\n')}\n`;
    const summary = summarizeText(text, 'en', { maxSentences: 2 });
    expect(summary.map((s) => s.text)).toEqual([FLOOD[0], FLOOD[2]]);
    expect(summary.map((s) => s.blockIndex)).toEqual([0, 2]);
  });

  it('joins a line that starts in lower case to the line before (a sentence split by mistake)', () => {
    expect(textBlocks('Tin lời, vợ chồng ông Th.\nđưa cho Huy hơn 1 tỷ đồng.\nÔng H. đã gửi đơn tố cáo.')).toEqual([
      'Tin lời, vợ chồng ông Th. đưa cho Huy hơn 1 tỷ đồng.',
      'Ông H. đã gửi đơn tố cáo.',
    ]);
  });
});
