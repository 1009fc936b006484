// What the search index keeps of one article: each index key and its weighted frequency while
// the article waits to be merged into the pages (`pendingDocs`), and its length for good
// (`docLengths`: BM25's average length is kept up to date as articles come and go).
import { exactForm } from '../text/fold';
import { words } from '../text/words';
import { indexKeys } from './tokenize';

/** A title word counts as this many body words, so articles about a word rank first. */
export const TITLE_WEIGHT = 3;
/** What a word of each other part of an article counts as. A highlight's words are mostly the
 * article's own: counted again once, the passages the reader chose weigh a little more (and a
 * link saved without its text is found by them). A note is the reader's own words, short and
 * seldom in the article: a word there says what the article is to the reader, more than a body
 * word does, less than the title that names its subject. */
export const HIGHLIGHT_WEIGHTS = { text: 1, note: 2 } as const;
/** Frequencies are stored as Uint16: BM25 saturates long before. */
const MAX_FREQUENCY = 0xffff;

export interface SearchDocRow {
  id: number;
  /** Index keys: folded words, and exact forms where they differ (see tokenize.ts). */
  terms: string[];
  /** Weighted frequency of terms[i] (a title word counts TITLE_WEIGHT times). */
  counts: Uint16Array;
  /** Weighted word count, for BM25 length normalization. */
  length: number;
}

/** An indexed article's weighted word count (see SearchDocRow.length). */
export interface DocLengthRow {
  id: number;
  length: number;
}

/** What the search document takes of one highlight (lib/db/types.ts HighlightRow). */
export interface HighlightWords {
  text: string;
  note?: string;
}

/** The search row of an article (without its id): its title, text, and its highlights' text
 * and notes. Several exact forms share a folded key ("giảm", "giám" → "giam"): their counts add
 * up. What goes into a document (these parts and their weights), folding rules and word
 * boundaries (lib/text/fold.ts, lib/text/words.ts) are part of the index format: changing them
 * for saved articles needs a schema version whose upgrade indexes them again. */
export function documentTerms(
  title: string,
  text: string,
  highlights: readonly HighlightWords[] = [],
): Omit<SearchDocRow, 'id'> {
  const formCounts = new Map<string, number>();
  let length = 0;
  const addWords = (source: string, weight: number) => {
    for (const word of words(source)) {
      const form = exactForm(word.text);
      formCounts.set(form, (formCounts.get(form) ?? 0) + weight);
      length += weight;
    }
  };
  addWords(title, TITLE_WEIGHT);
  addWords(text, 1);
  for (const highlight of highlights) {
    addWords(highlight.text.normalize('NFC'), HIGHLIGHT_WEIGHTS.text);
    if (highlight.note) addWords(highlight.note.normalize('NFC'), HIGHLIGHT_WEIGHTS.note);
  }
  const keyCounts = new Map<string, number>();
  for (const [form, count] of formCounts) {
    for (const key of indexKeys(form)) if (key) keyCounts.set(key, (keyCounts.get(key) ?? 0) + count);
  }
  const counts = Uint16Array.from(keyCounts.values(), (count) => Math.min(count, MAX_FREQUENCY));
  return { terms: [...keyCounts.keys()], counts, length };
}
