// The postings of the keys one typo away from the query's words (typo.ts), read after the words
// as typed were looked up (lookup.ts): only then is it known which words are rare as typed, or
// being typed without any completion. Two reads more, both served from memory once made: the
// key-list chunks around each such word, then the pages of its likeliest candidates.
import type { SearchDocRow } from './document';
import { keyChunksToRead, type KeyListRow } from './key-lists';
import { pagesToRead, wordPostings, type TermPostings, type VoidIds, type WordPostings } from './lookup';
import type { PageKey } from './page-cache';
import type { PageRow } from './pages';
import type { SearchStateRow } from './state';
import type { QueryWord } from './tokenize';
import { candidateRange, forgivesTypo, TYPO, typoCandidates, type TypoCandidate } from './typo';

/** How the typo lookup reads the index: the query's snapshot, through the caches. */
export interface TypoReads {
  state: SearchStateRow;
  pending: readonly SearchDocRow[];
  voidIds: VoidIds;
  keyLists: (keys: PageKey[]) => Promise<KeyListRow[]>;
  pages: (keys: PageKey[]) => Promise<PageRow[]>;
}

const keyString = ([run, first]: PageKey) => `${run}\u0000${first}`;

/** Per query word, the postings of its typo candidates ([] for a word taken as typed). */
export async function typoPostings(
  words: readonly QueryWord[],
  asTyped: readonly WordPostings[],
  reads: TypoReads,
): Promise<TermPostings[][]> {
  const forgiven = words.map((word, i) => {
    const { folded } = asTyped[i]!;
    const articles = folded.find((term) => term.term === word.folded)?.documentFrequency ?? 0;
    return forgivesTypo(word, { articles, completions: folded.length });
  });
  if (!forgiven.includes(true)) return words.map(() => []);

  const chunkKeys = words.map((word, i) => {
    if (!forgiven[i]) return [];
    const range = { ...candidateRange(word.folded), near: word.folded, maxPerRun: TYPO.maxChunksPerRun };
    return keyChunksToRead(reads.state.runs, range);
  });
  const lists = new Map(
    (await reads.keyLists(chunkKeys.flat())).map((list) => [keyString([list.run, list.first]), list]),
  );
  const candidates = words.map((word, i) => {
    if (!forgiven[i]) return [];
    const own = chunkKeys[i]!.flatMap((key) => lists.get(keyString(key)) ?? []);
    return typoCandidates(word.folded, own, reads.pending);
  });

  const pageKeys = candidates.map((list) => candidatePages(reads.state, list));
  const pages = await reads.pages(pageKeys.flatMap((keys) => keys.flat()));
  return candidates.map((list, i) =>
    list
      .slice(0, pageKeys[i]!.length)
      .flatMap(
        ({ key }) =>
          wordPostings({ folded: key, exact: key, prefix: false }, pages, reads.pending, reads.voidIds).folded,
      ),
  );
}

/** The pages holding each candidate, in order, while they fit in TYPO.maxPages; a candidate
 * found only among the waiting articles needs none. */
function candidatePages(state: SearchStateRow, candidates: readonly TypoCandidate[]): PageKey[][] {
  const kept: PageKey[][] = [];
  let count = 0;
  for (const { key, runs } of candidates) {
    const holding = new Set(runs);
    const pages = pagesToRead({ ...state, runs: state.runs.filter((run) => holding.has(run.id)) }, [
      { folded: key, exact: key, prefix: false },
    ]);
    if (count + pages.length > TYPO.maxPages) break;
    count += pages.length;
    kept.push(pages);
  }
  return kept;
}
