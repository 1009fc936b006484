// A text's index keys and a query's words: the words lib/text/words.ts finds, in the forms
// lib/text/fold.ts gives them.
import { exactForm, foldedForm } from '../text/fold';
import { words } from '../text/words';

/** Exact-form keys are `folded + EXACT_SEPARATOR + exact`: they sort right after their folded
 * key ("giam", "giam\u0001giám", "giam\u0001giảm", "giamx"...), so one page read serves both,
 * and never equal a folded key. */
export const EXACT_SEPARATOR = '\u0001';

/** Index keys of one exact word form: the folded form, plus the exact form when it differs. */
export function indexKeys(exact: string): [folded: string, exact?: string] {
  const folded = foldedForm(exact);
  return folded === exact ? [folded] : [folded, folded + EXACT_SEPARATOR + exact];
}

/** One query word: what it folds to, its exact form, and whether it is still being typed. */
export interface QueryWord {
  exact: string;
  folded: string;
  /** The last word of a query that does not end in a space or punctuation matches as a prefix. */
  prefix: boolean;
}

/** Queries longer than this are cut: nobody types more, and each word costs index reads. */
export const MAX_QUERY_WORDS = 8;

/** The words of a search query. A query with no word in it gives an empty list. */
export function queryWords(query: string): QueryWord[] {
  const normalized = query.normalize('NFC');
  const found = words(normalized).slice(0, MAX_QUERY_WORDS);
  const last = found.at(-1);
  const stillTyping = last !== undefined && last.index + last.text.length === normalized.length;
  return found.map((word, position) => ({
    exact: exactForm(word.text),
    folded: foldedForm(word.text),
    prefix: stillTyping && position === found.length - 1,
  }));
}
