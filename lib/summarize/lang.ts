/**
 * The article's language: the page's lang attribute, or, when the page gives none (or one
 * its text plainly contradicts), a guess from the text: Vietnamese diacritics, plain Latin
 * with English function words, or a script written without spaces between words.
 */

/** Scripts written without spaces between words, with the language each usually means. */
const UNSPACED_SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Han}/u, 'zh'],
];

/** Languages (primary subtags) whose words are not separated by spaces. */
export const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'bo']);

/** Letters only Vietnamese uses among Latin-script languages (đ, ơ, ư, ă and stacked tones). */
const VIETNAMESE_LETTERS = /[đơưăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

/** Common English function words: plain Latin text full of them is English. */
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'it']);

/** Primary subtag of a BCP 47 tag, lower-cased: "vi-VN" → "vi"; "" when there is none. */
export function primaryLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

/**
 * Language guessed from a sample of the text: "vi", "en", a language of a script without
 * spaces ("ja", "zh", "th", …), or "" when it cannot tell (other Latin-script languages).
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000).normalize('NFC');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return '';
  for (const [script, lang] of UNSPACED_SCRIPTS) {
    const count = sample.match(new RegExp(script.source, 'gu'))?.length ?? 0;
    if (count / letters > 0.2) return lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return '';
  const vietnamese = words.filter((word) => VIETNAMESE_LETTERS.test(word)).length;
  if (vietnamese / words.length > 0.12) return 'vi';
  const english = words.filter((word) => ENGLISH_MARKERS.has(word)).length;
  return english / words.length > 0.08 ? 'en' : '';
}

/**
 * The language to summarise in: the page's lang unless the text is plainly in another
 * (Vietnamese diacritics or an unspaced script under a page that says otherwise).
 */
export function resolveLanguage(pageLang: string | null | undefined, text: string): string {
  const declared = primaryLanguage(pageLang);
  const detected = detectLanguage(text);
  if (!declared) return detected;
  const strong = detected === 'vi' || UNSPACED_LANGUAGES.has(detected);
  if (strong && detected !== declared && !(detected === 'zh' && declared === 'ja')) return detected;
  return declared;
}
