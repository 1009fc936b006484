// Every run's folded index keys without their postings (table `runKeys`): what a query scans
// for the keys one typo away from a word (typo.ts) before it reads a single page. Written with
// the run's pages, never changed, deleted with them; cut into sorted chunks keyed [run, first]
// like the pages, their first keys listed in the run's directory entry (RunEntry.keyFirsts), so
// a query reads only the chunks around its word.
import { ENTRY_WIDTH, lowerBound, pageKey, type PageRow } from './pages';
import type { RunEntry } from './state';
import { EXACT_SEPARATOR } from './tokenize';

/** Target bytes of keys and counts per chunk. A word's typo neighbours share its first letter
 * (typo.ts): at 10,000 articles of ~60,000 distinct words a bucket, that range is a few chunks. */
const KEY_LIST_BYTES = 16_000;

export interface KeyListRow {
  run: number;
  /** Its first key. */
  first: string;
  /** Its sorted folded keys, concatenated (as PageRow.keys). */
  keys: string;
  /** Key i is keys[keyEnds[i - 1] .. keyEnds[i]) (from 0 for the first). */
  keyEnds: Uint32Array;
  /** In how many of the run's articles key i occurs (void ones included): the likelier
   * candidates are read first. A bucket holds 4,096 articles, within Uint16. */
  articles: Uint16Array;
}

/** A run's folded keys and their article counts, sorted by key. */
export type KeyCounts = readonly (readonly [key: string, articles: number])[];

const isFolded = (key: string) => !key.includes(EXACT_SEPARATOR);

/** Adds the folded keys of a run's page and their article counts to `counts` (a run's pages
 * taken in order give them in key order). */
export function addKeyCountsOfPage(counts: [string, number][], page: PageRow): void {
  for (let i = 0; i < page.keyEnds.length; i++) {
    const key = pageKey(page, i);
    if (isFolded(key)) counts.push([key, (page.starts[i + 1]! - page.starts[i]!) / ENTRY_WIDTH]);
  }
}

/** Cuts a run's key counts into chunks of about KEY_LIST_BYTES. */
export function encodeKeyLists(run: number, counts: KeyCounts): KeyListRow[] {
  const rows: KeyListRow[] = [];
  for (let start = 0; start < counts.length;) {
    let end = start;
    for (let bytes = 0; end < counts.length && bytes < KEY_LIST_BYTES; end++) bytes += counts[end]![0].length * 2 + 6;
    const chunk = counts.slice(start, end);
    const keyEnds = new Uint32Array(chunk.length);
    chunk.forEach(([key], i) => (keyEnds[i] = (i === 0 ? 0 : keyEnds[i - 1]!) + key.length));
    rows.push({
      run,
      first: chunk[0]![0],
      keys: chunk.map(([key]) => key).join(''),
      keyEnds,
      articles: Uint16Array.from(chunk, ([, articles]) => articles),
    });
    start = end;
  }
  return rows;
}

/** The [run, first] keys of the chunks holding keys in [lo, hi), at most `maxPerRun` per run:
 * those nearest to `near` (the word's own place: most typos keep its first letters). */
export function keyChunksToRead(
  runs: readonly RunEntry[],
  range: { lo: string; hi: string; near: string; maxPerRun: number },
): [run: number, first: string][] {
  return runs.flatMap(({ id, keyFirsts }) => {
    let start = lowerBound(keyFirsts, range.lo);
    if (keyFirsts[start] !== range.lo) start = Math.max(0, start - 1);
    const end = lowerBound(keyFirsts, range.hi);
    const at = lowerBound(keyFirsts, range.near);
    const home = keyFirsts[at] === range.near ? at : at - 1;
    const chunks = keyFirsts.slice(start, Math.max(start, end)).map((first, i) => ({ first, from: start + i }));
    return chunks
      .sort((a, b) => Math.abs(a.from - home) - Math.abs(b.from - home))
      .slice(0, range.maxPerRun)
      .map(({ first }): [number, string] => [id, first]);
  });
}
