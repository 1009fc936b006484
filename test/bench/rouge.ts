/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 for the summary benchmark. Independent of lib/ on purpose:
 * the scorer must not share tokenisation with the summariser it grades.
 *
 * Tokens: NFC, lower-cased runs of letters and digits (/[\p{L}\p{N}]+/gu), so a Vietnamese
 * syllable is one token. No stemming, no stop-word removal. ROUGE-L is the LCS over the whole
 * token sequence of candidate and reference (not the per-sentence "Lsum" variant).
 */

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

export function rougeTokens(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const p = overlap / candidateTotal;
  const r = overlap / referenceTotal;
  return (2 * p * r) / (p + r);
}

function rougeN(cand: string[], ref: string[], n: number): number {
  const c = ngramCounts(cand, n);
  const r = ngramCounts(ref, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** ROUGE F1 scores (0–100) of one candidate against one reference. */
export function rouge(candidate: string, reference: string): Rouge {
  const cand = rougeTokens(candidate);
  const ref = rougeTokens(reference);
  return {
    r1: 100 * rougeN(cand, ref, 1),
    r2: 100 * rougeN(cand, ref, 2),
    rl: 100 * f1(lcsLength(cand, ref), cand.length, ref.length),
  };
}

/** Mean of several score triples. */
export function meanRouge(scores: Rouge[]): Rouge {
  const n = Math.max(1, scores.length);
  const sum = scores.reduce((a, s) => ({ r1: a.r1 + s.r1, r2: a.r2 + s.r2, rl: a.rl + s.rl }), { r1: 0, r2: 0, rl: 0 });
  return { r1: sum.r1 / n, r2: sum.r2 / n, rl: sum.rl / n };
}
