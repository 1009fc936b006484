/**
 * Summary benchmark: ROUGE-1/2/L F1 of Lede's extractive summary against the reference
 * summaries of the dev corpora, with Lead-1, Lead-2 and Lead-3 scored by the same code in the
 * same run; average summary length in words; median time for a 2,000- and a 100,000-word article.
 *
 *   npx tsx test/bench/summary.ts
 *
 * Corpus: /work/shared/corpus/summaries/{vi,en}-dev.jsonl (override the folder with
 * LEDE_SUMMARY_CORPUS), one JSON object a line: {"id", "article", "summary"}, the article one
 * sentence per line. Lead-N is the article's first N lines; Lede reads the article with
 * summarizeText. The weights were tuned on the even-numbered lines of each file ("tune"); the
 * odd-numbered lines ("held-out") check that the figures carry over. Where a file mixes CNN/DM
 * and XSum, each source gets its own table with the same halves (line index in the whole file).
 * After each table: Lede's margin over the best Lead-k on R1 and R2, for each half.
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

type Keep = (row: Row, index: number) => boolean;

/** Halves of a group by line index in the whole file: even lines tune the weights, odd ones check them. */
const HALVES: Array<[string, Keep]> = [
  ['tune (even lines)', (_, i) => i % 2 === 0],
  ['held-out (odd lines)', (_, i) => i % 2 === 1],
];

/** Groups reported apart, each as one table: the whole file; for CNN/DM + XSum, each source too. */
function groups(rows: Row[]): Array<[string, (row: Row) => boolean]> {
  const out: Array<[string, (row: Row) => boolean]> = [['', () => true]];
  const isXsum = (row: Row) => /^xsum/i.test(row.id);
  const isCnnDm = (row: Row) => /^(?:cnn|dm|dailymail|cnndm)/i.test(row.id);
  if (rows.some(isXsum) && rows.some(isCnnDm)) out.push(['CNN/DM', isCnnDm], ['XSum', isXsum]);
  return out;
}

const fmt = (r: Rouge) =>
  `${r.r1.toFixed(1).padStart(5)} ${r.r2.toFixed(1).padStart(5)} ${r.rl.toFixed(1).padStart(5)}`;

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;

/** Lede's lead over the best Lead-k on R1 and on R2 (the best baseline may differ per metric). */
function margin(means: Rouge[]): string {
  const leads = SYSTEMS.map((system, s) => ({ name: system.name, r: means[s]! })).filter((x) => x.name !== 'Lede');
  const best = (key: 'r1' | 'r2') => leads.reduce((a, b) => (b.r[key] > a.r[key] ? b : a));
  const [r1, r2] = [best('r1'), best('r2')];
  return `R1 ${signed(means[0]!.r1 - r1.r.r1)} (${r1.name}), R2 ${signed(means[0]!.r2 - r2.r.r2)} (${r2.name})`;
}

function score(rows: Row[], lang: string): void {
  const outputs = SYSTEMS.map((system) =>
    rows.map((row) => {
      const text = system.run(row, lang);
      return { scores: rouge(text, row.summary), words: rougeTokens(text).length };
    }),
  );
  for (const [group, inGroup] of groups(rows)) {
    const margins: string[] = [];
    for (const [half, keep] of [['all', () => true] as [string, Keep], ...HALVES]) {
      const picked = rows.map((row, i) => inGroup(row) && keep(row, i));
      const n = picked.filter(Boolean).length;
      const label = `${group ? `${group}: ` : ''}${half} (n=${n})`;
      console.log(`  ${label.padEnd(34)}   R1    R2    RL  words`);
      const means = SYSTEMS.map((system, s) => {
        const chosen = outputs[s]!.filter((_, i) => picked[i]);
        const words = chosen.reduce((a, o) => a + o.words, 0) / Math.max(1, chosen.length);
        const mean = meanRouge(chosen.map((o) => o.scores));
        console.log(`    ${system.name.padEnd(32)}${fmt(mean)}  ${words.toFixed(1).padStart(5)}`);
        return mean;
      });
      if (half !== 'all') margins.push(`  margin vs best Lead-k, ${half}: ${margin(means)}`);
    }
    console.log(margins.join('\n'));
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
