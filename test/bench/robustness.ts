// `npm run bench:robustness`: Lede's pipeline on generated hostile pages, family by family and
// size by size: deep nesting (tables, lists, <dl>, formatting elements) to 3,000 levels,
// misnested formatting runs, binary garbage served as HTML, 50,000 paragraphs, thousands of
// images, a multi-MB base64 image, and a normal article for reference. Each page is parsed
// once with the project's jsdom parser (cli/parse-html.ts, not timed); then Lede's
// extractArticle is timed (HTML parsing excluded, like the CLI's `ms`), and plain Readability
// on a clone of the same page for reference. Prints, per family and size: Lede ms p50/p99/max
// over the seeds, Readability ms (median), the outcome (ok, or the failure reason) and what
// `degraded` said. Targets (issue 12): p99 ≤ 2 s and max ≤ 10 s per family in jsdom.
// Options: --seeds N (default 3), --only SUBSTRING (family names), --max-size N (skip larger
// sizes), --steps (also print the slowest steps of each family's largest page), --no-readability.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract';
import { percentile } from './stats';
import { seededRandom } from '../unit/helpers';
import { FAMILIES } from './hostile-pages';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seeds = Number(option('seeds') ?? 3);
const only = option('only');
const maxSize = Number(option('max-size') ?? Infinity);
const showSteps = args.includes('--steps');
const withReadability = !args.includes('--no-readability');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Row {
  family: string;
  size: string;
  lede: number[];
  readability: number[];
  outcomes: Set<string>;
  steps: Map<string, number>;
  readabilityFailed?: string;
}

const url = 'https://hostile.example/page.html';
const rows: Row[] = [];
for (const family of FAMILIES) {
  if (only && !family.name.includes(only)) continue;
  for (const size of family.sizes) {
    if (size > maxSize) continue;
    const row: Row = {
      family: family.name,
      size: `${size.toLocaleString('en')} ${family.unit}`,
      lede: [],
      readability: [],
      outcomes: new Set(),
      steps: new Map(),
    };
    for (let seed = 1; seed <= seeds; seed++) {
      collectGarbage();
      let doc: Document;
      try {
        doc = parseHtml(family.html(size, seededRandom(seed * 7919 + size)), url);
      } catch (error) {
        // jsdom's parser itself recurses when the adoption agency moves a deep subtree
        row.outcomes.add(`jsdom cannot parse it (${error instanceof Error ? error.name : 'threw'})`);
        continue;
      }
      const started = performance.now();
      const outcome = extractArticle(
        doc,
        { url },
        {
          timeStep: (step, ms) => row.steps.set(step, (row.steps.get(step) ?? 0) + ms),
        },
      );
      row.lede.push(performance.now() - started);
      row.outcomes.add(
        outcome.ok ? `ok${outcome.degraded.length ? ` degraded: ${outcome.degraded.join(', ')}` : ''}` : outcome.reason,
      );
      if (withReadability) {
        collectGarbage();
        const plainStarted = performance.now();
        try {
          new Readability(doc.cloneNode(true) as Document).parse();
          row.readability.push(performance.now() - plainStarted);
        } catch (error) {
          // jsdom's recursive cloneNode overflows the stack on the deepest pages
          row.readabilityFailed = error instanceof Error ? error.name : 'threw';
        }
      }
      // jsdom keeps a window's documents alive until it is closed (4 GB by 50,000 paragraphs);
      // its close() recurses, and overflows on the deepest pages, which are small anyway
      try {
        doc.defaultView?.close();
      } catch {}
    }
    rows.push(row);
    process.stderr.write(
      `${family.name} ${row.size}: Lede max ${Math.max(...row.lede).toFixed(0)} ms, Readability ${row.readabilityFailed ?? percentile(row.readability, 50).toFixed(0)} ms, ${[...row.outcomes].join('; ')}\n`,
    );
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
console.log(
  `\nLede = extractArticle (HTML parsing excluded), ${seeds} seed(s) a size; Readability = plain Readability 0.6 on a clone.`,
);
console.log('Targets per family: p99 ≤ 2,000 ms, max ≤ 10,000 ms.\n');
console.log('| family | size | Lede p50 | Lede p99 | Lede max | Readability p50 | outcome |');
console.log('|---|---|---:|---:|---:|---:|---|');
for (const r of rows) {
  console.log(
    `| ${r.family} | ${r.size} | ${ms(percentile(r.lede, 50))} | ${ms(percentile(r.lede, 99))} | ${ms(Math.max(...r.lede))} | ${r.readabilityFailed ?? ms(percentile(r.readability, 50))} | ${[...r.outcomes].join('; ')} |`,
  );
}
const families = [...new Set(rows.map((r) => r.family))];
console.log('\n| family (all sizes and seeds) | p50 | p99 | max | within target |');
console.log('|---|---:|---:|---:|---|');
for (const family of families) {
  const times = rows.filter((r) => r.family === family).flatMap((r) => r.lede);
  if (!times.length) continue;
  const p99 = percentile(times, 99);
  const max = Math.max(...times);
  console.log(
    `| ${family} | ${ms(percentile(times, 50))} | ${ms(p99)} | ${ms(max)} | ${p99 <= 2000 && max <= 10_000 ? 'yes' : 'NO'} |`,
  );
}
if (showSteps) {
  console.log("\nSlowest steps of each family's largest page (ms, summed over seeds):");
  for (const family of families) {
    const largest = rows.filter((r) => r.family === family).pop()!;
    const top = [...largest.steps].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`  ${family} ${largest.size}: ${top.map(([step, t]) => `${step} ${ms(t)}`).join(', ')}`);
  }
}
