// The language of a text, guessed from its letters: for pages that do not say, or say something
// their text contradicts (lib/extract/metadata/language.ts).

/** Letters that only Vietnamese uses among Latin-script languages. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

const SCRIPTS: ReadonlyArray<[lang: string, pattern: RegExp]> = [
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['th', /\p{Script=Thai}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
];

/** A best guess at the language of `text` from its letters, or null when it cannot tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  for (const [lang, pattern] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    // Japanese mixes kana with Han: a few kana decide it
    if (lang === 'ja' ? count > letters * 0.05 : count > letters * 0.3) return lang;
  }
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (vietnamese > letters * 0.03) return 'vi';
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin > letters * 0.8 && /\b(the|and|of|to|in|is|that)\b/i.test(sample) ? 'en' : null;
}
