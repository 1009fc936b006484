import { describe, expect, it } from 'vitest';
import { BYLINE_LINE, BYLINE_PREFIX, CREDIT_BLOCKS, isCreditLine, SOURCE_PREFIX } from '../../../lib/text/credit-lines';

const isCreditBlock = (text: string) => CREDIT_BLOCKS.some((rule) => rule.test(text));

describe('credit lines', () => {
  it.each([
    'Tin, ảnh: NGUYỄN ANH',
    'Bài và ảnh: Minh Hoàng',
    'Ảnh: AFP',
    'Ảnh minh họa: Internet',
    'Đồ hoạ: Minh Anh',
    'Nhóm PV',
    'By Jane Doe',
    'Photos: Jane Doe',
    'Reporting by Jane Doe; editing by John Roe',
  ])('"%s" is a credit line, read past by the summary', (line) => {
    expect(isCreditLine(line)).toBe(true);
    expect(isCreditBlock(line)).toBe(true);
  });

  it.each([
    'Hội nghị đánh giá công tác tham mưu, triển khai các phong trào thi đua được thực hiện tốt.',
    'Tin liên quan đến vụ việc được cơ quan chức năng xác minh trong ngày hôm qua, ông Hùng cho biết.',
    'By the late 2000s, this area had fallen to about 275 sq km.',
    'Words matter more than ever, she said.',
  ])('"%s" is a sentence, not a credit', (sentence) => {
    expect(isCreditLine(sentence)).toBe(false);
    expect(isCreditBlock(sentence)).toBe(false);
  });

  it('tells where a story came from', () => {
    for (const line of ['Theo VnExpress', '(Theo Dân trí)', '(Nguồn: Tuổi Trẻ)', 'Source: Reuters'])
      expect(isCreditBlock(line), line).toBe(true);
    expect('Theo Dân trí'.replace(SOURCE_PREFIX, '')).toBe('Dân trí');
  });

  it('takes the role words off a byline', () => {
    expect('Tin, ảnh: NGUYỄN ANH'.replace(BYLINE_PREFIX, '')).toBe('NGUYỄN ANH');
    expect('Written by Jane Doe'.replace(BYLINE_PREFIX, '')).toBe('Jane Doe');
    expect('Phóng viên: Lan Anh'.replace(BYLINE_PREFIX, '')).toBe('Lan Anh');
  });

  it('knows an English byline line from prose that begins with "By"', () => {
    expect(BYLINE_LINE.test('By Jane Doe and John Roe')).toBe(true);
    expect(BYLINE_LINE.test('By JANE DOE | Daily Mail Reporter')).toBe(true);
    expect(BYLINE_LINE.test('By the time we arrived, it was over')).toBe(false);
  });
});
