import { describe, expect, it } from 'vitest';
import { classifyText, readBlocks } from '../../../lib/summarize/rules';
import { summarize } from '../../../lib/summarize';

describe('credits and bylines found by their text', () => {
  it.each([
    'Tin, ảnh: Minh Hoàng',
    'Tin và ảnh: Hà An',
    'Ảnh: AFP',
    'Ảnh minh họa: Internet',
    'Bài và ảnh: Thanh Hải',
    '(Theo VnExpress)',
    '(Nguồn: Tuổi Trẻ)',
    'Theo Dân trí',
    'By Jane Doe',
    'By Jane Doe and John Smith, CNN',
    'By JANE DOE | Daily Mail Reporter',
    'Photo: Reuters',
    'Reporting by Tom Lee; Editing by Ann Ray',
    "CNN's Jane Doe contributed to this report.",
    'Minh Hoàng',
    'Đức Hùng - Thanh Hải',
  ])('%s', (text) => {
    expect(classifyText(text)).toBe('credit');
  });

  it.each([
    'Theo Bộ Y tế, số ca mắc mới tăng 20% trong tuần qua.',
    'By the end of the year, prices had doubled in most cities.',
    'Ảnh hưởng của cơn bão khiến hàng nghìn hộ dân mất điện.',
    'Photographs taken by residents show the river bursting its banks.',
    'Police said the man told Reuters he had acted alone.',
  ])('keeps "%s" as text', (text) => {
    expect(classifyText(text)).toBe('paragraph');
  });

  it('finds captions with a picture credit and links to other stories', () => {
    expect(classifyText('Lực lượng cứu hộ tại hiện trường. (Ảnh: Minh Hoàng)')).toBe('caption');
    expect(classifyText('Rescue workers at the scene on Monday. (Getty Images)')).toBe('caption');
    expect(classifyText('Xem thêm: Giá xăng tăng lần thứ ba')).toBe('boilerplate');
    expect(classifyText('Read more: Why prices keep rising')).toBe('boilerplate');
  });
});

describe('block kinds from the caller', () => {
  it('trusts headings, captions and credits as marked, and checks paragraphs by text', () => {
    const kinds = readBlocks([
      { text: 'Giá vàng lập đỉnh mới', kind: 'heading' },
      { text: 'Giá vàng tăng mạnh trong phiên sáng nay.', kind: 'caption' },
      { text: 'Ảnh: AFP', kind: 'paragraph' },
      'Giá vàng tăng mạnh trong phiên sáng nay.',
      { text: 'Giá vàng tăng mạnh trong phiên sáng nay.', kind: 'list-item' },
    ]).map((b) => b.kind);
    expect(kinds).toEqual(['heading', 'caption', 'credit', 'paragraph', 'list-item']);
  });
});

const BYLINE_ARTICLE = [
  'By Jane Doe and John Smith',
  'The city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in two of its supports.',
  'The bridge carries about 30,000 cars a day between the harbour district and the airport road.',
  'Engineers said the cracks had grown quickly since the spring floods and that the supports could fail under heavy trucks.',
  'Council members voted eight to one for the closure, which starts on Friday morning.',
  'Drivers will be sent along the ring road, which the council expects to add twenty minutes to a trip across the city.',
  'A new bridge is planned but will not open before 2028, the council said.',
  'Photo: Reuters',
];

describe('summaries leave credits out', () => {
  it('never shows a byline or a photo credit', () => {
    const texts = summarize({ blocks: BYLINE_ARTICLE, lang: 'en' }).map((s) => s.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).not.toMatch(/Jane Doe|Reuters/);
    expect(texts[0]).toMatch(/^The city council voted on Tuesday/);
  });

  it('never shows a Vietnamese credit line, even one that opens the article', () => {
    const texts = summarize({
      blocks: [
        'Tin, ảnh: Minh Hoàng',
        'Sáng 12/3, UBND TP. Đà Nẵng đã tổ chức lễ khởi công cầu vượt nút giao Hòa Cầm với tổng vốn hơn 700 tỷ đồng.',
        'Công trình dài gần 1 km, dự kiến hoàn thành sau 24 tháng thi công.',
        'Theo lãnh đạo thành phố, cây cầu sẽ giảm ùn tắc cho cửa ngõ phía tây của Đà Nẵng.',
        '(Theo VnExpress)',
      ],
    }).map((s) => s.text);
    expect(texts[0]).toMatch(/^Sáng 12\/3, UBND TP\. Đà Nẵng/);
    expect(texts.join(' ')).not.toMatch(/Minh Hoàng|VnExpress/);
  });
});
