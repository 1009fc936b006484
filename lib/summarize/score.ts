/**
 * Sentence scoring and choice. Score = position prior (news states key facts first) +
 * centrality (TF-IDF cosine with the rest of the article, LexRank's centroid approximation,
 * linear in the text length) + a LexRank-style graph over the first sentences; then MMR picks
 * sentences without repeating one another, up to a length that follows the article's length.
 */

/** A sentence as scored: its content terms, its length in words, and whether it may be chosen. */
export interface Candidate {
  terms: string[];
  words: number;
  eligible: boolean;
  /** Starts with a quotation: direct speech states facts less often than narration. */
  quote: boolean;
}

export interface Weights {
  /** Position prior 1 / (1 + index / positionScale). */
  positionScale: number;
  /** Weight of centrality against the position prior (whose weight is 1). */
  centrality: number;
  /** MMR: weight of redundancy against score. */
  redundancy: number;
  /** Score factor for sentences that open with a quotation. */
  quote: number;
  /** Target summary length in words: base + perWord × article words, within [min, max]. */
  targetBase: number;
  targetPerWord: number;
  targetMin: number;
  targetMax: number;
  /** Sentences that enter the similarity graph (bounded, so time stays linear). */
  graphSize: number;
}

export const DEFAULT_WEIGHTS: Weights = {
  positionScale: 1.5,
  centrality: 0.5,
  redundancy: 0.5,
  quote: 0.8,
  targetBase: 25,
  targetPerWord: 0.02,
  targetMin: 25,
  targetMax: 80,
  graphSize: 40,
};

type Vector = Map<string, number>;

function vectors(candidates: Candidate[]): Vector[] {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  return candidates.map((c) => {
    const tf = new Map<string, number>();
    for (const t of c.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** Similarity of each sentence with all the others (the centroid), scaled to max 1. */
function centroidCentrality(vs: Vector[]): number[] {
  const centroid: Vector = new Map();
  for (const v of vs) for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w);
  let centroidNorm2 = 0;
  for (const w of centroid.values()) centroidNorm2 += w * w;
  const out = vs.map((v) => {
    if (v.size === 0) return 0;
    const dot = cosine(v, centroid) - 1; // leave the sentence itself out
    const rest = Math.sqrt(Math.max(1e-9, centroidNorm2 - 2 * (dot + 1) + 1));
    return Math.max(0, dot / rest);
  });
  return scaleToOne(out);
}

/** LexRank (PageRank over cosine similarities) among the first `size` sentences. */
function graphCentrality(vs: Vector[], size: number): number[] {
  const m = Math.min(size, vs.length);
  const sim: number[][] = [];
  for (let i = 0; i < m; i++) {
    sim.push([]);
    for (let j = 0; j < m; j++) sim[i]!.push(i === j ? 0 : cosine(vs[i]!, vs[j]!));
  }
  const rowSum = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(m).fill(1 / Math.max(1, m));
  for (let iter = 0; iter < 30; iter++) {
    const next = new Array<number>(m).fill(0.15 / Math.max(1, m));
    for (let i = 0; i < m; i++) {
      if (rowSum[i]! === 0) continue;
      for (let j = 0; j < m; j++) next[j]! += (0.85 * rank[i]! * sim[i]![j]!) / rowSum[i]!;
    }
    rank = next;
  }
  return scaleToOne([...rank, ...new Array<number>(vs.length - m).fill(0)]);
}

function scaleToOne(values: number[]): number[] {
  let top = 0;
  for (const v of values) if (v > top) top = v;
  return top > 0 ? values.map((v) => v / top) : values.map(() => 0);
}

/** Number of words the summary should come close to, from the article's length. */
export function targetWords(articleWords: number, w: Weights = DEFAULT_WEIGHTS): number {
  return Math.min(w.targetMax, Math.max(w.targetMin, w.targetBase + w.targetPerWord * articleWords));
}

/**
 * Indexes of the chosen sentences, in text order: at most `maxSentences`, near `target` words.
 */
export function choose(candidates: Candidate[], maxSentences: number, target: number, w: Weights = DEFAULT_WEIGHTS): number[] {
  const vs = vectors(candidates);
  const centroid = centroidCentrality(vs);
  const graph = graphCentrality(vs, w.graphSize);
  const score = candidates.map((c, i) => {
    if (!c.eligible) return -Infinity;
    const position = 1 / (1 + i / w.positionScale);
    const centrality = (centroid[i]! + graph[i]!) / 2;
    return (position + w.centrality * centrality) * (c.quote ? w.quote : 1);
  });
  const chosen: number[] = [];
  let length = 0;
  while (chosen.length < maxSentences) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (score[i] === -Infinity || chosen.includes(i)) continue;
      let overlap = 0;
      for (const j of chosen) overlap = Math.max(overlap, cosine(vs[i]!, vs[j]!));
      const value = score[i]! - w.redundancy * overlap;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    if (best < 0) break;
    const words = candidates[best]!.words;
    // Stop when one more sentence would take the summary further from the target length.
    if (chosen.length > 0 && Number.isFinite(target) && Math.abs(length + words - target) >= Math.abs(length - target)) break;
    chosen.push(best);
    length += words;
  }
  return chosen.sort((a, b) => a - b);
}
