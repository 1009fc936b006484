// The language of a text, guessed from its letters, and the language of an article: the page's
// declared one unless its text is plainly another (old Vietnamese CMS templates declare
// lang="en-us"). Extraction (lib/extract/metadata/language.ts) and the summarizer use the same
// guess. A language is a BCP 47 tag; '' means unknown, as in HTML's lang="".
import { UNSPACED_SCRIPTS } from './scripts';

/** Letters that only Vietnamese uses among Latin-script languages: đ, ơ, ư, ă, â, ê, ô, ĩ, ũ and
 * the tones stacked on them or written with a dot or hook. */
const VIETNAMESE_LETTERS = /[ăâđêôơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Common English function words; plain Latin text full of them is English. Words that are as
 * common in other Latin-script languages (German and Italian "in", Dutch "is", Portuguese "as",
 * Danish "at", Polish "we") are left out. */
const ENGLISH_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'that',
  'for',
  'with',
  'was',
  'it',
  'its',
  "it's",
  'he',
  'she',
  'his',
  'they',
  'their',
  'you',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'not',
  'this',
  'from',
  'but',
  'which',
  'who',
  'would',
  'will',
  'said',
  'after',
  'more',
  'than',
  'there',
  'about',
]);

/** The scripts that name a language, in the order they are tried, with the share of the letters
 * that decides it. Japanese mixes kana with Han: a few kana decide it, so it comes before Chinese. */
const SCRIPTS_OF_LANGUAGES: ReadonlyArray<readonly [lang: string, scripts: readonly string[], share: number]> = [
  ['ar', ['Arabic'], 0.3],
  ['he', ['Hebrew'], 0.3],
  ...languagesOf(UNSPACED_SCRIPTS).map(([lang, scripts]) => [lang, scripts, lang === 'ja' ? 0.05 : 0.3] as const),
  ['ko', ['Hangul'], 0.3],
  ['ru', ['Cyrillic'], 0.3],
  ['el', ['Greek'], 0.3],
  ['hi', ['Devanagari'], 0.3],
];

/** The scripts of each language, in the order the languages first appear (Japanese before Chinese). */
function languagesOf(
  scripts: ReadonlyArray<readonly [script: string, lang: string]>,
): Array<[lang: string, scripts: string[]]> {
  const byLang = new Map<string, string[]>();
  for (const [script, lang] of scripts) byLang.set(lang, [...(byLang.get(lang) ?? []), script]);
  return [...byLang];
}

/** SCRIPTS_OF_LANGUAGES as patterns, made on the first guess: pages that only read a page's
 * language tag (the popup) never pay for compiling a dozen Unicode script classes. */
let scriptPatterns: Array<readonly [lang: string, pattern: RegExp, share: number]> | undefined;
const languagePatterns = () =>
  (scriptPatterns ??= SCRIPTS_OF_LANGUAGES.map(
    ([lang, scripts, share]) =>
      [lang, new RegExp(`[${scripts.map((script) => `\\p{Script=${script}}`).join('')}]`, 'gu'), share] as const,
  ));

/** Fewer letters than this say nothing about a language. */
const MIN_LETTERS = 20;

/**
 * A best guess at the language of `text` from its letters (its first 5,000 characters): a
 * language of its script (Arabic, Hebrew, Thai, Japanese, Chinese, Korean, Russian…),
 * Vietnamese by the letters only it uses, English by its function words; '' when it cannot
 * tell (other Latin-script languages, too few letters).
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 5000).normalize('NFC');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return '';
  for (const [lang, pattern, share] of languagePatterns()) {
    if ((sample.match(pattern)?.length ?? 0) > letters * share) return lang;
  }
  // Vietnamese paragraphs have 6% of these letters or more (a fifth usually); French or
  // Portuguese with â, ê and ô, a few in a hundred at most
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (vietnamese > letters * 0.05) return 'vi';
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin <= letters * 0.8) return '';
  const words =
    sample
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  return english >= 2 && english > words.length * 0.1 ? 'en' : '';
}

/** Primary subtag of a BCP 47 tag, lower-cased: "vi-VN" → "vi", "EN_us" → "en"; '' when there is none. */
export function primaryLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}

/**
 * The language of an article, as a primary subtag: the page's declared language, unless its text
 * is plainly in another, then the detected one; the detected one when the page declares none;
 * '' when neither knows. English detected under another declared language is not trusted
 * (quotes, names and code read as English), nor Chinese under Japanese (Japanese written with
 * few kana).
 */
export function resolveLanguage(declared: string | null | undefined, text: string): string {
  const primary = primaryLanguage(declared);
  const detected = detectLanguage(text);
  if (!primary) return detected;
  const plainlyOther =
    detected !== '' &&
    detected !== primary &&
    (primary === 'en' || detected !== 'en') &&
    !(detected === 'zh' && primary === 'ja');
  return plainlyOther ? detected : primary;
}
