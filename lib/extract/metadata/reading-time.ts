import { primaryLanguage } from '../../text/language';
import { DEFAULT_WORDS_PER_MINUTE, WORDS_PER_MINUTE } from '../rules/metadata';

/** Minutes a reader needs for `wordCount` words in `lang`, at least 1. */
export function readingMinutes(wordCount: number, lang: string | null): number {
  const speed = WORDS_PER_MINUTE[primaryLanguage(lang)] ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(wordCount / speed));
}
