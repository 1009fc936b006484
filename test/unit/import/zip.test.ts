// Reading exported zips: the files come out in the archive's order without the clutter an OS
// adds, and a zip that would unpack to more than the budget is refused before it is inflated.
import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isZip, readZip, textOf } from '../../../lib/import/zip';

const BUDGET = { maxEntries: 100, maxBytes: 1_000_000 };

/** Sets every declared unpacked size in `zip` (local and central headers) to `size`: a bomb's
 * header, on an archive small enough to build in a test. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  for (let i = 0; i + 4 <= patched.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return patched;
}

/** A zip of `files` in this order (zipSync takes an object, which lists "2" before "b"). */
function zipInOrder(files: [string, string][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of files) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(text), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

describe('readZip', () => {
  it('returns the files in the archive order, leaving out folders, __MACOSX and dotfiles', () => {
    const zip = zipSync({
      'metadata_20_to_40.json': strToU8('[2]'),
      'metadata_0_to_20.json': strToU8('[1]'),
      content: {},
      'content/bai-viet.html': strToU8('<p>Giảm nghèo</p>'),
      '__MACOSX/._metadata_0_to_20.json': strToU8('resource fork'),
      '.DS_Store': strToU8('finder'),
      'content/._bai-viet.html': strToU8('resource fork'),
    });
    const read = readZip(zip, BUDGET);
    expect(read.ok && read.entries.map((entry) => entry.path)).toEqual([
      'metadata_20_to_40.json',
      'metadata_0_to_20.json',
      'content/bai-viet.html',
    ]);
    expect(read.ok && read.entries.map(textOf)).toEqual(['[2]', '[1]', '<p>Giảm nghèo</p>']);
  });

  it('keeps files whose names look like numbers in the archive order', () => {
    const read = readZip(
      zipInOrder([
        ['b', 'b'],
        ['10', '10'],
        ['2', '2'],
      ]),
      BUDGET,
    );
    expect(read.ok && read.entries.map((entry) => entry.path)).toEqual(['b', '10', '2']);
  });

  it('refuses a zip bomb (a few KB that inflate to 4 MB) over the budget', () => {
    const bomb = zipSync({ 'metadata_0_to_20.json': new Uint8Array(4_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(readZip(bomb, BUDGET)).toEqual({ ok: false, reason: 'too-large' });
    expect(readZip(bomb, { maxEntries: 100, maxBytes: 4_000_000 }).ok).toBe(true);
  });

  it('refuses on the declared sizes, before inflating anything', () => {
    // 4 GB declared: inflating would allocate it (or fail as broken), not refuse as too large
    const bomb = declareSize(zipSync({ 'a.json': strToU8('[]') }), 0xfffffff0);
    expect(readZip(bomb, BUDGET)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('counts the sizes of all files together', () => {
    const files = Object.fromEntries(['a', 'b', 'c'].map((name) => [`${name}.html`, new Uint8Array(400_000)]));
    expect(readZip(zipSync(files), BUDGET)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses more files than the budget allows', () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`content/${i}.html`, strToU8('x')]));
    expect(readZip(zipSync(files), { maxEntries: 5, maxBytes: 1000 })).toEqual({ ok: false, reason: 'too-large' });
    expect(readZip(zipSync(files), { maxEntries: 6, maxBytes: 1000 }).ok).toBe(true);
  });

  it('refuses broken bytes as malformed without throwing', () => {
    const zip = zipSync({ 'metadata_0_to_20.json': strToU8('[{"url":"https://a.example/"}]') });
    expect(readZip(zip.slice(0, zip.length - 30), BUDGET)).toEqual({ ok: false, reason: 'malformed' });
    expect(readZip(strToU8('{"not":"a zip"}'), BUDGET)).toEqual({ ok: false, reason: 'malformed' });
    expect(readZip(new Uint8Array(0), BUDGET)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('isZip', () => {
  it('knows a zip by its first bytes', () => {
    expect(isZip(zipSync({ 'a.txt': strToU8('a') }))).toBe(true);
    expect(isZip(strToU8('[{"url":"https://a.example/"}]'))).toBe(false);
    expect(isZip(strToU8('PK'))).toBe(false);
  });
});

describe('textOf', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Tây Bắc')]);
    expect(textOf({ path: 'a.md', bytes })).toBe('Tây Bắc');
  });
});
