/**
 * Content terms of a sentence, for similarity: lower-cased NFC words without stop words.
 * Vietnamese: syllables, with multi-syllable stop phrases removed (longest match first), plus
 * pairs of neighbouring content syllables, since most Vietnamese words are two syllables.
 * Scripts without spaces: Intl.Segmenter words (or character pairs where it is missing).
 */
import { UNSPACED_LANGUAGES } from '../text/scripts';
import { STOP_WORDS } from './stopwords';

/** First syllable → the stop phrases (as syllable lists) that begin with it, longest first. */
type PhraseIndex = Map<string, string[][]>;

const phraseIndexes = new Map<string, PhraseIndex>();

function phraseIndex(lang: string): PhraseIndex {
  let index = phraseIndexes.get(lang);
  if (!index) {
    index = new Map();
    for (const phrase of STOP_WORDS[lang] ?? []) {
      const syllables = phrase.normalize('NFC').split(' ');
      const list = index.get(syllables[0]!) ?? [];
      list.push(syllables);
      index.set(syllables[0]!, list);
    }
    for (const list of index.values()) list.sort((a, b) => b.length - a.length);
    phraseIndexes.set(lang, index);
  }
  return index;
}

const wordSegmenters = new Map<string, Intl.Segmenter | null>();

function unspacedWords(text: string, lang: string): string[] {
  let segmenter = wordSegmenters.get(lang);
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(lang, { granularity: 'word' })
        : null;
    wordSegmenters.set(lang, segmenter);
  }
  const words: string[] = [];
  if (segmenter) {
    for (const part of segmenter.segment(text)) {
      if (part.isWordLike && /[\p{L}\p{N}]/u.test(part.segment)) words.push(part.segment);
    }
    return words;
  }
  const letters = [...text.replace(/[^\p{L}\p{N}]+/gu, '')];
  for (let i = 0; i + 1 < letters.length; i++) words.push(letters[i]! + letters[i + 1]!);
  return words;
}

/** The words of `text` as terms are made of them: lower case, split at anything but a letter or
 * digit (syllables in Vietnamese). Sentence lengths are counted by lib/text/words.ts. */
function tokens(text: string, lang: string): string[] {
  const normal = text.normalize('NFC').toLowerCase();
  if (UNSPACED_LANGUAGES.has(lang)) return unspacedWords(normal, lang);
  return normal.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Content terms of `text` in `lang` (primary subtag; "" for unknown). */
export function terms(text: string, lang: string): string[] {
  const all = tokens(text, lang);
  if (UNSPACED_LANGUAGES.has(lang)) return all;
  const index = phraseIndex(lang);
  const out: string[] = [];
  let previous: string | null = null;
  for (let i = 0; i < all.length;) {
    const word = all[i]!;
    const phrase = index.get(word)?.find((p) => p.every((syllable, k) => all[i + k] === syllable));
    if (phrase) {
      i += phrase.length;
      previous = null;
      continue;
    }
    i++;
    if (word.length < 2 && !/\d/.test(word) && lang !== 'vi') continue;
    out.push(word);
    if (lang === 'vi' && previous !== null) out.push(`${previous} ${word}`);
    previous = word;
  }
  return out;
}
