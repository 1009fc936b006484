// Case and accent folding, the one way Lede compares text without accents: the search index
// (every word is indexed twice when the two forms differ: its exact form, lower case with accents
// kept, and its folded form, accents stripped, so "giam ngheo", "giảm nghèo" and "GIẢM NGHÈO" all
// find an article while exact accents can still rank first) and extraction's label, headline and
// byline comparisons (foldText). The folded form is part of the stored index's format: changing
// what any character folds to needs a schema version that rebuilds the index.

/** Combining marks that folding strips: diacritics over letters, not the vowel signs of Indic or
 * Thai scripts, which are part of the letter and would change the word if removed. */
const FOLDED_MARKS = new RegExp(
  [
    '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff]', // Latin, Greek and Cyrillic diacritics
    '[\\u064b-\\u065f\\u0670]', // Arabic short vowels, usually left unwritten
    '[\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7]', // Hebrew points
  ].join('|'),
  'g',
);

/** Letters with no decomposition that readers still type without their stroke or slash. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ø: 'o',
  ı: 'i',
  '’': "'",
};
const FOLDED_LETTER_PATTERN = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g');

/** Folded forms are memoized: news text repeats a few thousand words endlessly. The cache is
 * dropped when full so a long-lived extension page does not grow without bound. */
const CACHE_LIMIT = 50_000;
const exactCache = new Map<string, string>();
const foldCache = new Map<string, string>();

function remember(cache: Map<string, string>, word: string, value: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, value);
  return value;
}

/** NFC, lower case, typographic apostrophe made plain. */
function exact(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

/** An exact form without accents. */
function fold(exactText: string): string {
  return exactText
    .normalize('NFD')
    .replace(FOLDED_MARKS, '')
    .replace(FOLDED_LETTER_PATTERN, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .normalize('NFC');
}

/** The exact form of a word: NFC, lower case, typographic apostrophe made plain. */
export function exactForm(word: string): string {
  return exactCache.get(word) ?? remember(exactCache, word, exact(word));
}

/** The folded form of a word: its exact form without accents ("Nghèo" → "ngheo", "Đà" → "da"). */
export function foldedForm(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  return remember(foldCache, word, fold(exactForm(word)));
}

/**
 * `text` of any length folded as foldedForm folds each of its words ("Giảm nghèo ở Đà Nẵng" →
 * "giam ngheo o da nang"), not memoized: for labels, headlines and names compared without
 * accents, which would only fill the word caches.
 */
export function foldText(text: string): string {
  return fold(exact(text));
}

/** Folded form of each UTF-16 code unit, filled as units are met (0: not yet known). Search
 * folds the text of every candidate article, so this is a table lookup, not a regex. */
const foldedUnits = new Uint16Array(0x10000);
const utf16 = new TextDecoder('utf-16le');

/** One code unit folded to exactly one unit, or left as it is, so offsets stay aligned. */
function foldUnit(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit; // half of a pair: left as it is
  const character = String.fromCharCode(unit);
  const folded = foldedForm(character);
  if (folded.length === 1) return folded.charCodeAt(0);
  const lower = character.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : unit;
}

/** Text of Latin letters (Latin-1, Extended-A/B, IPA, Additional: Vietnamese) and punctuation,
 * without combining marks: each character decomposes into one letter and its marks. */
const LATIN_TEXT = /^[\x00-\u02ff\u1e00-\u1eff\u2000-\u206f]*$/;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;

/**
 * `text` (NFC) folded character by character: same length, same offsets, so a match found in
 * the folded text can be highlighted in the original.
 */
export function foldAligned(text: string): string {
  // Latin text folds with the engine's own string functions, where a page's first query
  // would run our loop before the JIT has compiled it; the length check keeps offsets aligned.
  if (LATIN_TEXT.test(text)) {
    const folded = text
      .toLowerCase()
      .normalize('NFD')
      .replace(LATIN_DIACRITICS, '')
      .replace(FOLDED_LETTER_PATTERN, (letter) => FOLDED_LETTERS[letter] ?? letter);
    if (folded.length === text.length) return folded;
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    units[i] = foldedUnits[unit] || (foldedUnits[unit] = foldUnit(unit));
  }
  return utf16.decode(units);
}
