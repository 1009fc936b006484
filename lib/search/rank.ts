// Ranking: BM25 over folded words (title words weigh more, see document.ts), a bonus for the
// exact accented form, keys one typo away below the word as typed, a share for the number of
// query words present, then, for the best candidates, a bonus for query words that stand next
// to each other in the article.
import type { TermPostings, WordPostings } from './lookup';

export const RANKING = {
  k1: 1.2,
  b: 0.75,
  /** An exact-accent match adds this much of its own BM25 score: "giảm" before "giám". */
  exactWeight: 1,
  /** Per pair of adjacent query words found adjacent, this much of their mean idf. */
  phraseWeight: 1.5,
  /** A key one typo away from a query word counts for this much of its own BM25 score... */
  typoWeight: 0.5,
  /** ...and at most this share of the lowest score of the word as typed (typo.ts). */
  typoBelowAsTyped: 0.9,
} as const;

/** Corpus totals BM25 needs. */
export interface Corpus {
  articleCount: number;
  averageLength: number;
}

export interface WordScores {
  /** Score of this word per article id (best of its completions, or of its typo matches
   * where it is not found as typed); 0 where absent. */
  scores: Float64Array;
  /** Ids of the articles it occurs in, as typed or one typo away. */
  ids: number[];
  /** How rare the word is, from the number of articles with it as typed. */
  idf: number;
}

function idf(corpus: Corpus, documentFrequency: number): number {
  return Math.log(1 + (corpus.articleCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** BM25 of one word in every article it occurs in; `idLimit` is above every article id.
 * Typed arrays indexed by id: thousands of postings per word, a Map would be the bottleneck. */
export function scoreWord(corpus: Corpus, { folded, exact, typo = [] }: WordPostings, idLimit: number): WordScores {
  const scores = new Float64Array(idLimit);
  const ids: number[] = [];
  const best = new Float64Array(idLimit);
  // Constants read once, not per posting: the same arithmetic, in the same order, as
  // k1 * (1 - b + (b * length) / averageLength) and (idf * frequency * (k1 + 1)) / (frequency + norm).
  const { k1, b } = RANKING;
  const { averageLength } = corpus;
  const [oneMinusB, k1PlusOne] = [1 - b, k1 + 1];
  /** Fills `best` with each article's best score among `terms`; returns the articles touched. */
  const bestOf = (terms: readonly TermPostings[], share: number): number[] => {
    const touched: number[] = [];
    for (const { slices, weight, documentFrequency } of terms) {
      const termIdf = idf(corpus, documentFrequency) * weight * share;
      // The hottest loop of a query, run by a page's first query before the JIT warms up:
      // it reads the pages' typed arrays in place, and tests void ids in a typed array.
      for (const { entries, start, end, base, voided } of slices) {
        for (let i = start; i < end; i += 3) {
          const id = base + entries[i]!;
          if (voided !== undefined && id < voided.length && voided[id] === 1) continue;
          const frequency = entries[i + 1]!;
          const norm = k1 * (oneMinusB + (b * entries[i + 2]!) / averageLength);
          const score = (termIdf * frequency * k1PlusOne) / (frequency + norm);
          if (best[id] === 0) touched.push(id);
          if (score > best[id]!) best[id] = score;
        }
      }
    }
    return touched;
  };
  const addBest = (terms: readonly TermPostings[], share: number) => {
    for (const id of bestOf(terms, share)) {
      if (scores[id] === 0) ids.push(id);
      scores[id]! += best[id]!;
      best[id] = 0;
    }
  };
  addBest(folded, 1);
  addBest(exact, RANKING.exactWeight);
  const asTyped = ids.length;
  if (typo.length > 0) addTypos(bestOf(typo, RANKING.typoWeight), { scores, ids, best });
  return { scores, ids, idf: idf(corpus, asTyped) };
}

/** Adds the typo matches of the articles without the word as typed, scaled below the lowest
 * score of those with it: for this word, a typo match never scores as much as the word as typed
 * in any article (a one-word query lists every article with it first). Across words, matching
 * more of the query still counts: for "goverment reform", "government reform" beats "reform". */
function addTypos(
  touched: readonly number[],
  { scores, ids, best }: { scores: Float64Array; ids: number[]; best: Float64Array },
) {
  let lowestAsTyped = Infinity;
  for (const id of ids) lowestAsTyped = Math.min(lowestAsTyped, scores[id]!);
  let highestTypo = 0;
  for (const id of touched) if (scores[id] === 0) highestTypo = Math.max(highestTypo, best[id]!);
  const scale = Math.min(1, (RANKING.typoBelowAsTyped * lowestAsTyped) / highestTypo);
  for (const id of touched) {
    if (scores[id] === 0) {
      scores[id] = best[id]! * scale;
      ids.push(id);
    }
    best[id] = 0;
  }
}

/** The `count` best articles: word scores summed, scaled by the share of query words present. */
export function bestArticles(words: readonly WordScores[], count: number): { id: number; score: number }[] {
  const seen = new Uint8Array(words[0]?.scores.length ?? 0);
  const best = new TopList(count);
  for (const { ids } of words) {
    for (const id of ids) {
      if (seen[id]) continue;
      seen[id] = 1;
      let score = 0;
      let matched = 0;
      for (const word of words) {
        if (word.scores[id]! > 0) {
          score += word.scores[id]!;
          matched++;
        }
      }
      best.offer(id, (score * matched) / words.length);
    }
  }
  return best.sorted();
}

/** Keeps the `size` highest scores seen (ties: lower id first), without sorting them all. */
class TopList {
  private readonly items: { id: number; score: number }[] = [];
  constructor(private readonly size: number) {}

  /** Called for every article matched: the common case, a score below the kept ones, returns
   * without allocating. */
  offer(id: number, score: number): void {
    const last = this.items[this.size - 1];
    if (last && (score < last.score || (score === last.score && id > last.id))) return;
    let at = this.items.length;
    while (at > 0 && byScore(this.items[at - 1]!, { id, score }) > 0) at--;
    this.items.splice(at, 0, { id, score });
    if (this.items.length > this.size) this.items.pop();
  }

  sorted(): { id: number; score: number }[] {
    return this.items;
  }
}

/** Best first; equal scores by lower id, so results are stable. */
export const byScore = (a: { id: number; score: number }, b: { id: number; score: number }) =>
  b.score - a.score || a.id - b.id;

/** Bonus for consecutive query words that also stand next to each other in the article
 * (Vietnamese words are several syllables: "Hà Nội" must beat "Hà ... Nội"). `pairs[i]` counts
 * where words i and i + 1 are adjacent. */
export function phraseBonus(pairs: readonly number[], words: readonly WordScores[]): number {
  return pairs.reduce((bonus, count, i) => {
    const meanIdf = (words[i]!.idf + words[i + 1]!.idf) / 2;
    return bonus + (RANKING.phraseWeight * meanIdf * count) / (count + 1);
  }, 0);
}
