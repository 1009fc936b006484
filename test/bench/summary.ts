/**
 * Summary benchmark: ROUGE-1/2/L F1 of Lede's extractive summary against the reference
 * summaries of the dev corpora, with Lead-1, Lead-2 and Lead-3 scored by the same code in the
 * same run; average summary length in words; median time for a 2,000-word article.
 *
 *   npx tsx test/bench/summary.ts
 *
 * Corpus: /work/shared/corpus/summaries/{vi,en}-dev.jsonl (override the folder with
 * LEDE_SUMMARY_CORPUS), one JSON object a line: {"id", "article", "summary"}, the article one
 * sentence per line. Lead-N is the article's first N lines; Lede reads the article with
 * summarizeText. The weights were tuned on the even-numbered lines of each file ("tune"); the
 * odd-numbered lines ("held-out") check that the figures carry over.
 * Prints figures only: nothing here fails on a threshold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeText } from '../../lib/summarize';
import { meanRouge, rouge, rougeTokens, type Rouge } from './rouge';

interface Row {
  id: string;
  article: string;
  summary: string;
}

const CORPUS = process.env.LEDE_SUMMARY_CORPUS ?? '/work/shared/corpus/summaries';
const SETS = [
  { file: 'vi-dev.jsonl', lang: 'vi' },
  { file: 'en-dev.jsonl', lang: 'en' },
];

type System = { name: string; run: (row: Row, lang: string) => string };

const SYSTEMS: System[] = [
  {
    name: 'Lede',
    run: (row, lang) =>
      summarizeText(row.article, lang)
        .map((s) => s.text)
        .join(' '),
  },
  ...[1, 2, 3].map((n) => ({ name: `Lead-${n}`, run: (row: Row) => lines(row.article).slice(0, n).join(' ') })),
];

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function load(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

/** Subsets worth reporting apart: halves for the held-out check; for CNN/DM + XSum, each source. */
function subsets(rows: Row[]): Array<[string, (row: Row, index: number) => boolean]> {
  const out: Array<[string, (row: Row, index: number) => boolean]> = [
    ['all', () => true],
    ['tune (even lines)', (_, i) => i % 2 === 0],
    ['held-out (odd lines)', (_, i) => i % 2 === 1],
  ];
  const isXsum = (row: Row) => /^xsum/i.test(row.id);
  const isCnnDm = (row: Row) => /^(?:cnn|dm|dailymail|cnndm)/i.test(row.id);
  if (rows.some(isXsum) && rows.some(isCnnDm)) {
    out.push(['CNN/DM', (row) => isCnnDm(row)], ['XSum', (row) => isXsum(row)]);
  }
  return out;
}

const fmt = (r: Rouge) =>
  `${r.r1.toFixed(1).padStart(5)} ${r.r2.toFixed(1).padStart(5)} ${r.rl.toFixed(1).padStart(5)}`;

function score(rows: Row[], lang: string): void {
  const outputs = SYSTEMS.map((system) =>
    rows.map((row) => {
      const text = system.run(row, lang);
      return { scores: rouge(text, row.summary), words: rougeTokens(text).length };
    }),
  );
  for (const [label, keep] of subsets(rows)) {
    const picked = rows.map((row, i) => keep(row, i));
    const n = picked.filter(Boolean).length;
    console.log(`  ${`${label} (n=${n})`.padEnd(26)}   R1    R2    RL  words`);
    SYSTEMS.forEach((system, s) => {
      const chosen = outputs[s]!.filter((_, i) => picked[i]);
      const words = chosen.reduce((a, o) => a + o.words, 0) / Math.max(1, chosen.length);
      console.log(
        `    ${system.name.padEnd(24)}${fmt(meanRouge(chosen.map((o) => o.scores)))}  ${words.toFixed(1).padStart(5)}`,
      );
    });
  }
}

/** An article of about `words` words, made of consecutive corpus articles (one sentence a line). */
function longArticle(rows: Row[], words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    for (const line of lines(rows[i % rows.length]!.article)) {
      if (count >= words) break;
      out.push(line);
      count += rougeTokens(line).length;
    }
  }
  return out.join('\n');
}

function medianMs(text: string, lang: string, runs: number): number {
  for (let i = 0; i < 5; i++) summarizeText(text, lang); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    summarizeText(text, lang);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function main(): void {
  const present = SETS.filter((set) => existsSync(join(CORPUS, set.file)));
  if (present.length === 0) {
    console.log(`No summary corpus in ${CORPUS} (expected ${SETS.map((s) => s.file).join(', ')}); nothing to score.`);
    return;
  }
  console.log(
    'ROUGE F1 (x100); tokens: NFC lower-cased /[\\p{L}\\p{N}]+/gu, no stemming; ROUGE-L over the whole text.',
  );
  for (const set of present) {
    const rows = load(join(CORPUS, set.file));
    console.log(`\n${set.file} (${rows.length} articles, lang ${set.lang})`);
    score(rows, set.lang);
    const article = longArticle(rows, 2000);
    console.log(`  median time, 2,000-word article: ${medianMs(article, set.lang, 41).toFixed(2)} ms`);
    const huge = longArticle(rows, 100_000);
    console.log(`  median time, 100,000-word article: ${medianMs(huge, set.lang, 5).toFixed(1)} ms`);
  }
}

main();
