// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
// their words are found with Intl.Segmenter's dictionaries, not at spaces. The one list, for
// word counts (words.ts), language detection (language.ts), the summarizer's terms and the
// search snippet's matching.

/** Each script written without spaces, as a Unicode Script name, and the language it usually means. */
export const UNSPACED_SCRIPTS: ReadonlyArray<readonly [script: string, lang: string]> = [
  ['Hiragana', 'ja'],
  ['Katakana', 'ja'],
  ['Thai', 'th'],
  ['Lao', 'lo'],
  ['Khmer', 'km'],
  ['Myanmar', 'my'],
  ['Han', 'zh'],
];

/** One character of a script written without spaces. The class costs milliseconds to compile in
 * a new page: callers that see mostly Latin text test for plain Latin first. */
export const UNSPACED_CHARACTER = new RegExp(
  `[${UNSPACED_SCRIPTS.map(([script]) => `\\p{Script=${script}}`).join('')}]`,
  'u',
);

/** Languages (primary subtags) whose words are not separated by spaces: those of the scripts
 * above, and Tibetan, which separates syllables with a tsheg (་), not words with spaces. */
export const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set([...UNSPACED_SCRIPTS.map(([, lang]) => lang), 'bo']);
