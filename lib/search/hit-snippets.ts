// The snippets of the hits shown: the lines of an article's text around the query's words (a
// word the text lacks as typed is highlighted where a key one typo away from it stands), or,
// when the text lacks some of the words, the highlight or note holding more of them than the
// text does: the article was found by its highlights or notes (a link saved without its text,
// a note in the reader's own words).
import type { HighlightWords } from './document';
import type { QueryWord } from './tokenize';
import { buildSnippet, findMatches, type Match, type MatchedWord, type SnippetSegment } from './snippet';

/** Which of an article's texts a snippet shows: its highlights' or notes' (the text when absent). */
export type SnippetSource = 'highlight' | 'note';

export interface HitSnippet {
  snippet: SnippetSegment[];
  snippetFrom?: SnippetSource;
}

/** A hit shown: its text (and foldAligned text), and where the query's words as typed are in it. */
export interface ShownHit {
  id: number;
  article: { text: string; foldedText: string };
  matches: readonly Match[];
}

export interface SnippetQuery {
  words: readonly QueryWord[];
  /** Per query word, the keys one typo away it was found by (typo-lookup.ts). */
  typoKeys: readonly (readonly string[])[];
  /** The highlights of these articles, read only for hits whose text lacks a query word. */
  readHighlights: (ids: number[]) => Promise<Map<number, HighlightWords[]>>;
}

/** The snippet of each hit, in order. */
export async function hitSnippets(hits: readonly ShownHit[], query: SnippetQuery): Promise<HitSnippet[]> {
  const { words, typoKeys } = query;
  const withTypos = (matches: readonly Match[]): MatchedWord[] =>
    words.map((word, i) => (matches.some((match) => match.word === i) ? word : { ...word, typos: typoKeys[i] }));
  const hitWords = hits.map(({ matches }) => withTypos(matches));
  const hitMatches = hits.map(({ article, matches }, i) =>
    hitWords[i]!.some((word) => word.typos?.length)
      ? findMatches(article.text, hitWords[i]!, article.foldedText)
      : matches,
  );
  const highlights = await query.readHighlights(
    hits.filter((_, i) => wordsIn(hitMatches[i]!) < words.length).map((hit) => hit.id),
  );
  return hits.map(({ id, article }, i) => {
    const marked = highlightSnippet(highlights.get(id) ?? [], withTypos([]), { moreThan: wordsIn(hitMatches[i]!) });
    return marked ?? { snippet: buildSnippet(article.text, hitWords[i]!, hitMatches[i]) };
  });
}

/** How many different query words `matches` hold. */
const wordsIn = (matches: readonly Match[]) => new Set(matches.map((match) => match.word)).size;

/** The snippet of the highlight or note holding the most different query words, more than
 * `moreThan` (those the text holds); a note first on a tie, as its words are seldom in the
 * article. Undefined when none holds more. */
function highlightSnippet(
  highlights: readonly HighlightWords[],
  words: readonly MatchedWord[],
  { moreThan }: { moreThan: number },
): Required<HitSnippet> | undefined {
  let best: { text: string; from: SnippetSource; words: number } | undefined;
  for (const highlight of highlights) {
    const sources: [string | undefined, SnippetSource][] = [
      [highlight.note, 'note'],
      [highlight.text, 'highlight'],
    ];
    for (const [text, from] of sources) {
      if (!text) continue;
      const normalized = text.normalize('NFC');
      const found = wordsIn(findMatches(normalized, words));
      if (found > (best?.words ?? moreThan)) best = { text: normalized, from, words: found };
    }
  }
  return best && { snippet: buildSnippet(best.text, words), snippetFrom: best.from };
}
