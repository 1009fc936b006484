import { describe, expect, it } from 'vitest';
import { UNSPACED_CHARACTER, UNSPACED_LANGUAGES } from '../../../lib/text/scripts';

describe('scripts written without spaces', () => {
  it('are Chinese, Japanese, Thai, Lao, Khmer and Burmese', () => {
    for (const text of ['東京', 'ひらがな', 'カタカナ', 'ภาษาไทย', 'ພາສາລາວ', 'ភាសាខ្មែរ', 'မြန်မာ'])
      expect(UNSPACED_CHARACTER.test(text), text).toBe(true);
  });

  it('are not Latin, Vietnamese, Korean, Arabic or Cyrillic, which separate words with spaces', () => {
    for (const text of ['news', 'Đà Nẵng', '한국어', 'العربية', 'Москва'])
      expect(UNSPACED_CHARACTER.test(text), text).toBe(false);
  });

  it('name the languages whose words are not separated by spaces', () => {
    expect([...UNSPACED_LANGUAGES].sort()).toEqual(['bo', 'ja', 'km', 'lo', 'my', 'th', 'zh']);
  });
});
