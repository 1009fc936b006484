import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitSentences } from '../../../lib/summarize/split';

/** What Intl.Segmenter alone makes of `text`. */
function raw(text: string, lang: string): string[] {
  return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim());
}

function split(text: string, lang: string): string[] {
  return splitSentences(text, lang).map((s) => s.text);
}

// Each case: a text Intl.Segmenter (Node 20's ICU) splits wrongly, and the right sentences.
// The first expectation shows the mistake is real, so the test fails without the repair.
const REPAIRS: Array<[string, string, string, string[]]> = [
  [
    'vi: after "PGS.TS."',
    'vi',
    'PGS.TS. Nguyễn Văn An cho biết như vậy. Ông nói thêm.',
    ['PGS.TS. Nguyễn Văn An cho biết như vậy.', 'Ông nói thêm.'],
  ],
  [
    'vi: after "GS."',
    'vi',
    'GS. Trần Văn Bình là chuyên gia đầu ngành. Ông nói.',
    ['GS. Trần Văn Bình là chuyên gia đầu ngành.', 'Ông nói.'],
  ],
  [
    'vi: after "ThS."',
    'vi',
    'ThS. Lê Thị Cúc phát biểu tại hội thảo. Bà nói.',
    ['ThS. Lê Thị Cúc phát biểu tại hội thảo.', 'Bà nói.'],
  ],
  [
    'vi: after "TS."',
    'vi',
    'Theo TS. Phạm Dũng, giá sẽ tăng. Ông nói.',
    ['Theo TS. Phạm Dũng, giá sẽ tăng.', 'Ông nói.'],
  ],
  [
    'vi: after "TP."',
    'vi',
    'Tại TP. Hồ Chí Minh, mưa lớn kéo dài. Đường ngập.',
    ['Tại TP. Hồ Chí Minh, mưa lớn kéo dài.', 'Đường ngập.'],
  ],
  [
    'vi: after "Q."',
    'vi',
    'Ông sống ở Q. Bình Thạnh, TP.HCM. Ông nói.',
    ['Ông sống ở Q. Bình Thạnh, TP.HCM.', 'Ông nói.'],
  ],
  ['vi: after "P."', 'vi', 'Nhà ở P. Bến Nghé đã bị phá. Ông nói.', ['Nhà ở P. Bến Nghé đã bị phá.', 'Ông nói.']],
  [
    'vi: after an initial before a name',
    'vi',
    'Anh Trần V. Minh đã đến hiện trường. Chị nói.',
    ['Anh Trần V. Minh đã đến hiện trường.', 'Chị nói.'],
  ],
  [
    'vi: after ?” before a lower-case word',
    'vi',
    'Ông hỏi: “Tại sao?” rồi bỏ đi. Bà nói.',
    ['Ông hỏi: “Tại sao?” rồi bỏ đi.', 'Bà nói.'],
  ],
  [
    'vi: after !” before a lower-case word',
    'vi',
    'Bà kêu: “Cứu tôi!” và chạy ra đường. Bà nói.',
    ['Bà kêu: “Cứu tôi!” và chạy ra đường.', 'Bà nói.'],
  ],
  ['en: after "Mr."', 'en', 'Mr. Smith went to Washington. He left.', ['Mr. Smith went to Washington.', 'He left.']],
  ['en: after "Dr."', 'en', 'Dr. Jones said so on Monday. She left.', ['Dr. Jones said so on Monday.', 'She left.']],
  [
    'en: after "U.S."',
    'en',
    'He met U.S. President Biden in Paris. It rained.',
    ['He met U.S. President Biden in Paris.', 'It rained.'],
  ],
  [
    'en: after a middle initial',
    'en',
    'George W. Bush spoke at length. He left.',
    ['George W. Bush spoke at length.', 'He left.'],
  ],
  [
    'en: after several initials',
    'en',
    'J. R. R. Tolkien wrote the book. He died.',
    ['J. R. R. Tolkien wrote the book.', 'He died.'],
  ],
];

describe('splitSentences repairs Intl.Segmenter', () => {
  it.each(REPAIRS)('%s', (_name, lang, text, expected) => {
    expect(raw(text, lang)).not.toEqual(expected);
    expect(split(text, lang)).toEqual(expected);
  });
});

describe('splitSentences keeps real breaks', () => {
  it.each([
    [
      'en: "U.S." ending a sentence',
      'en',
      'He moved to the U.S. He was happy there.',
      ['He moved to the U.S.', 'He was happy there.'],
    ],
    [
      'en: an initial ending a sentence',
      'en',
      'The pill has vitamin C. The pill is cheap.',
      ['The pill has vitamin C.', 'The pill is cheap.'],
    ],
    [
      'vi: a withheld name ending a sentence',
      'vi',
      'Người bị hại là anh Lê Văn P. Sau đó, công an vào cuộc.',
      ['Người bị hại là anh Lê Văn P.', 'Sau đó, công an vào cuộc.'],
    ],
    [
      'vi: a question before a capitalised word',
      'vi',
      'Ông hỏi “Tại sao?” Bà trả lời ngay.',
      ['Ông hỏi “Tại sao?”', 'Bà trả lời ngay.'],
    ],
    [
      'vi: "TP.HCM." ending a sentence',
      'vi',
      'Ông sống ở TP.HCM. Ông làm thợ may.',
      ['Ông sống ở TP.HCM.', 'Ông làm thợ may.'],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });

  it('splits Japanese at 。', () => {
    expect(split('彼は東京に来た。彼女も来た。', 'ja')).toEqual(['彼は東京に来た。', '彼女も来た。']);
  });
});

describe('sentence offsets', () => {
  it('locate each sentence in its block, without surrounding spaces', () => {
    const block = '  Mr. Smith went to Washington.   He left on Monday.  ';
    const spans = splitSentences(block, 'en');
    expect(spans.map((s) => s.text)).toEqual(['Mr. Smith went to Washington.', 'He left on Monday.']);
    for (const span of spans) expect(block.slice(span.start, span.end)).toBe(span.text);
  });

  it('gives nothing for a block of spaces or punctuation', () => {
    expect(splitSentences('   ', 'en')).toEqual([]);
    expect(splitSentences('… — …', 'en')).toEqual([]);
  });
});

describe('without Intl.Segmenter (Firefox before 125)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('splits at sentence punctuation and still repairs titles', () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    // "fr" has no segmenter cached yet, so the fallback is used.
    expect(split('M. Dupont est venu. Mr. Smith left! Il pleut? He is 5 ft. tall.', 'fr')).toEqual([
      'M. Dupont est venu.',
      'Mr. Smith left!',
      'Il pleut?',
      'He is 5 ft. tall.',
    ]);
    expect(split('彼は来た。彼女も来た。', 'fr')).toEqual(['彼は来た。', '彼女も来た。']);
  });
});
