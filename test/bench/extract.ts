// `npm run bench:extract`: plain Readability 0.6 and Lede's extraction (clone, rules,
// Readability, sanitizing, text; not the summary) on the same pages, in the same process,
// on the same DOM (jsdom). Prints per page and in total: median ms and the
// Lede/Readability ratio, text length, and the leaks counted by ./leaks.ts.
// Options: --runs N (default 15), --only SUBSTRING, --show NAME (print Lede's text for one page).
//
// Timing, kept fair on a loaded machine: each page is parsed once; each extractor runs once
// untimed (warm-up), then N timed runs each, alternating which goes first so neither always
// pays for the other's garbage. Every run starts from the same parsed page (plain
// Readability gets doc.cloneNode(true), Lede its whole pipeline) and nothing is cached
// between runs. A page's ratio is the median Lede time over the median Readability time;
// the total row gives the median of those ratios and, after it, the ratio of the summed
// medians (large pages weigh more there). Medians of 15 runs keep a burst of load on the
// machine from deciding a page's figure. Before each page (never between runs) a full
// garbage collection clears what earlier pages left: in jsdom every copy of a document is
// kept alive until its window goes (elements with an id stay in the window's named-property
// table), so without it one page's runs would pay for marking another page's heap.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract';
import { blockText } from '../../lib/extract/dom/blocks';
import { parseHtml } from '../../cli/parse-html';
import { countLeaks, otherPageHeadlines, type LeakCounts } from './leaks';
import { corpusPages, fixturePages } from './pages';
import { median } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('runs') ?? 15);
const only = option('only');
const show = option('show');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const pages = [...corpusPages(), ...fixturePages()].filter((page) => !only || page.name.includes(only));
if (corpusPages().length === 0) console.log('(../shared/corpus/vi-news not found: fixtures only)');

type Row = {
  name: string;
  readabilityMs: number;
  ledeMs: number;
  readabilityChars: number;
  ledeChars: number;
  readability: LeakCounts;
  lede: LeakCounts;
  proseLost: string[];
};
const rows: Row[] = [];
for (const page of pages) {
  collectGarbage();
  const doc = parseHtml(readFileSync(page.path, 'utf8'), page.url);
  const headlines = otherPageHeadlines(doc, page.url);
  const readabilityTimes: number[] = [];
  const ledeTimes: number[] = [];
  let readabilityText = '';
  let ledeText = '';
  const timePlain = () => {
    const started = performance.now();
    const plain = new Readability(doc.cloneNode(true) as Document).parse();
    readabilityTimes.push(performance.now() - started);
    if (plain?.content) readabilityText = blockText(parseHtml(plain.content, page.url).body);
  };
  const timeLede = () => {
    const started = performance.now();
    // the summary has its own benchmark (bench:summary): this one times cleaning against Readability
    const outcome = extractArticle(doc, { url: page.url, summary: false });
    ledeTimes.push(performance.now() - started);
    ledeText = outcome.ok ? outcome.article.text : '';
  };
  // one warm-up each, then alternate which goes first so neither always pays for the other's garbage
  timePlain();
  timeLede();
  readabilityTimes.length = 0;
  ledeTimes.length = 0;
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      timePlain();
      timeLede();
    } else {
      timeLede();
      timePlain();
    }
  }
  if (show && page.name.includes(show)) console.log(`--- ${page.name}\n${ledeText}\n---`);
  rows.push({
    name: page.name,
    readabilityMs: median(readabilityTimes),
    ledeMs: median(ledeTimes),
    readabilityChars: readabilityText.length,
    ledeChars: ledeText.length,
    readability: countLeaks(readabilityText, headlines, page.expect),
    lede: countLeaks(ledeText, headlines, page.expect),
    // paragraphs of 80+ characters that Readability keeps and Lede does not: each one is printed for review
    proseLost: readabilityText.split('\n\n').filter((p) => p.length >= 80 && !ledeText.includes(p.slice(0, 60))),
  });
}

const leakCell = (l: LeakCounts) =>
  `${l.copyShare}/${l.duplicateCaptions}/${l.relatedHeadlines}/${l.expectedNoise}/${l.lostContent}`;
console.log(
  '\nLeaks are copy-share / duplicate captions / related headlines / reviewed noise / reviewed content lost.\n',
);
console.log('| page | R ms | Lede ms | ratio | R chars | Lede chars | R leaks | Lede leaks | R prose not in Lede |');
console.log('|---|---:|---:|---:|---:|---:|---|---|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.readabilityMs.toFixed(1)} | ${r.ledeMs.toFixed(1)} | ${(r.ledeMs / r.readabilityMs).toFixed(2)} | ${r.readabilityChars} | ${r.ledeChars} | ${leakCell(r.readability)} | ${leakCell(r.lede)} | ${r.proseLost.length} |`,
  );
}
const sum = (pick: (r: Row) => number) => rows.reduce((total, r) => total + pick(r), 0);
const totalLeaks = (pick: (r: Row) => LeakCounts) => ({
  copyShare: sum((r) => pick(r).copyShare),
  duplicateCaptions: sum((r) => pick(r).duplicateCaptions),
  relatedHeadlines: sum((r) => pick(r).relatedHeadlines),
  expectedNoise: sum((r) => pick(r).expectedNoise),
  lostContent: sum((r) => pick(r).lostContent),
});
const rMedian = median(rows.map((r) => r.readabilityMs));
const lMedian = median(rows.map((r) => r.ledeMs));
const summedRatio = sum((r) => r.ledeMs) / sum((r) => r.readabilityMs);
console.log(
  `| **total (${rows.length} pages)** | ${rMedian.toFixed(1)} (median) | ${lMedian.toFixed(1)} (median) | ${median(rows.map((r) => r.ledeMs / r.readabilityMs)).toFixed(2)} (median), ${summedRatio.toFixed(2)} (summed) | ${sum((r) => r.readabilityChars)} | ${sum((r) => r.ledeChars)} | ${leakCell(totalLeaks((r) => r.readability))} | ${leakCell(totalLeaks((r) => r.lede))} | ${sum((r) => r.proseLost.length)} |`,
);
for (const r of rows)
  for (const lost of r.proseLost)
    console.log(`  ${r.name}: Readability keeps, Lede drops: ${lost.replace(/\s+/g, ' ').slice(0, 120)}`);
