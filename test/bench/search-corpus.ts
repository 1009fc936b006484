// Synthetic news articles for the search benchmark: seeded (the same articles every run),
// half Vietnamese and half English, ~800 words each, from topic word lists with Zipf-like
// frequencies so a few words are everywhere and most are rare, as in real news.
import { ENGLISH, VIETNAMESE, type LanguageWords } from './search-words';
import { withTypo } from './search-typos';

export const WORDS_PER_ARTICLE = 800;

/** Mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks list items with probability ∝ 1 / rank (Zipf, s = 1). */
function zipfPicker(items: readonly string[]): (random: () => number) => string {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1))));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return items[low]!;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

interface Language {
  code: 'vi' | 'en';
  words: LanguageWords;
  common: (random: () => number) => string;
  topics: Record<string, (random: () => number) => string>;
  /** Every topic's words, picked uniformly: the long tail of rarer words. */
  allTopicWords: string[];
}

const LANGUAGES: Language[] = [VIETNAMESE, ENGLISH].map((words, i) => ({
  code: i === 0 ? 'vi' : 'en',
  words,
  common: zipfPicker(words.common),
  topics: Object.fromEntries(Object.entries(words.topics).map(([name, list]) => [name, zipfPicker(list)])),
  allTopicWords: Object.values(words.topics).flat(),
}));

/** Shares of a sentence's words: everyday words, the article's topic, any topic, places; the
 * rest are names and numbers. */
const WORD_MIX = { common: 0.5, topic: 0.3, otherTopic: 0.1, place: 0.04 } as const;

export interface SyntheticArticle {
  url: string;
  lang: 'vi' | 'en';
  topic: string;
  title: string;
  text: string;
  html: string;
  wordCount: number;
}

/** English inflects: some topic words get a suffix, as "reforms", "reformed" and "reforming". */
const ENGLISH_SUFFIXES = ['s', 'ed', 'ing', 'er'] as const;
const INFLECTED_SHARE = 0.3;

function topicWord(language: Language, chosen: string, random: () => number): string {
  if (language.code !== 'en' || chosen.includes(' ') || random() >= INFLECTED_SHARE) return chosen;
  return chosen + pick(ENGLISH_SUFFIXES, random);
}

function word(language: Language, topic: string, random: () => number): string {
  let roll = random();
  if ((roll -= WORD_MIX.common) < 0) return language.common(random);
  if ((roll -= WORD_MIX.topic) < 0) return topicWord(language, language.topics[topic]!(random), random);
  if ((roll -= WORD_MIX.otherTopic) < 0) return topicWord(language, pick(language.allTopicWords, random), random);
  if ((roll -= WORD_MIX.place) < 0) return pick(language.words.places, random);
  return random() < 0.5 ? personName(language, random) : String(Math.floor(random() * 3000));
}

function personName(language: Language, random: () => number): string {
  const family = pick(language.words.familyNames, random);
  const given = pick(language.words.givenNames, random);
  return language.code === 'vi' ? `${family} ${given}` : `${given} ${family}`;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Article number `index` of the corpus with `seed`: always the same article. */
export function syntheticArticle(index: number, seed: number): SyntheticArticle {
  const random = seededRandom(seed * 1_000_003 + index);
  const language = LANGUAGES[index % LANGUAGES.length]!;
  const topic = pick(Object.keys(language.topics), random);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < WORDS_PER_ARTICLE) {
    const sentences: string[] = [];
    for (let s = 2 + Math.floor(random() * 3); s > 0 && count < WORDS_PER_ARTICLE; s--) {
      const parts: string[] = [];
      for (let n = 8 + Math.floor(random() * 16); n > 0; n--) parts.push(word(language, topic, random));
      const sentence = parts.join(' ');
      count += sentence.split(' ').length;
      sentences.push(`${capitalize(sentence)}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  const title = capitalize(
    [
      pick(language.words.titleOpeners, random),
      language.topics[topic]!(random),
      language.topics[topic]!(random),
      pick(language.words.places, random),
    ].join(' '),
  );
  return {
    url: `https://news.example/${language.code}/${topic}/${index}`,
    lang: language.code,
    topic,
    title,
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join(''),
    wordCount: count,
  };
}

export type QueryKind = 'accents' | 'no-accents' | 'prefix' | 'typo';
export interface BenchQuery {
  kind: QueryKind;
  lang: 'vi' | 'en';
  words: number;
  text: string;
}

const stripAccents = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** Queries of 1–3 words such as readers type: topic words, places, names; each as typed with
 * accents, without accents, and cut short in the last word (search as you type); and, when it
 * has a word of five letters or more, with one typo there (with accents or without, in turn). */
export function benchQueries(count: number, seed: number): BenchQuery[] {
  const random = seededRandom(seed);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const language = LANGUAGES[i % LANGUAGES.length]!;
    const pool = [...Object.values(language.words.topics).flat(), ...language.words.places];
    let text = pick(pool, random);
    while (text.split(' ').length < 1 + (i % 3)) text = `${text} ${pick(pool, random)}`;
    text = text
      .split(' ')
      .slice(0, 1 + (i % 3))
      .join(' ');
    const words = text.split(' ').length;
    const last = text.split(' ').at(-1)!;
    const typed = `${text.slice(0, text.length - last.length)}${last.slice(0, Math.max(2, Math.ceil(last.length / 2)))}`;
    queries.push({ kind: 'accents', lang: language.code, words, text });
    queries.push({ kind: 'no-accents', lang: language.code, words, text: stripAccents(text) });
    queries.push({ kind: 'prefix', lang: language.code, words, text: typed });
    // a random of its own: the other queries stay those of the runs before typo queries
    const typo = withTypo(i % 2 === 0 ? text : stripAccents(text), seededRandom(seed * 31 + i));
    if (typo) queries.push({ kind: 'typo', lang: language.code, words, text: typo });
  }
  return queries;
}
