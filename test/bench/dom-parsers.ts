// Which DOM should the Node CLI parse pages with? Runs Readability on every corpus page
// with linkedom and with jsdom and prints the time each takes and whether it threw.
// Usage: npx tsx test/bench/dom-parsers.ts [DIR]   (default ../shared/corpus/vi-news)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { median } from './stats';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/corpus/vi-news'));
if (!existsSync(dir)) {
  console.log(`No corpus at ${dir}; nothing to measure.`);
  process.exit(0);
}
const RUNS = 5;
const parsers = {
  linkedom: (html: string) =>
    parseHTML(html.replace(/<template[\s\S]*?<\/template>/gi, '')).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document,
};
console.log('| page | linkedom ms | jsdom ms | linkedom chars | jsdom chars |');
console.log('|---|---|---|---|---|');
const totals: Record<string, number[]> = { linkedom: [], jsdom: [] };
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const html = readFileSync(join(dir, file), 'utf8');
  const row: string[] = [file];
  const chars: string[] = [];
  for (const [name, parse] of Object.entries(parsers)) {
    const times: number[] = [];
    let result = '';
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      try {
        result = String(new Readability(parse(html)).parse()?.textContent?.length ?? 0);
      } catch (error) {
        result = `threw: ${(error as Error).message.slice(0, 40)}`;
      }
      times.push(performance.now() - started);
    }
    totals[name]!.push(median(times));
    row.push(median(times).toFixed(1));
    chars.push(result);
  }
  console.log(`| ${[...row, ...chars].join(' | ')} |`);
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
  `\nTotal of medians: linkedom ${sum(totals.linkedom!).toFixed(0)} ms, jsdom ${sum(totals.jsdom!).toFixed(0)} ms`,
);
