// The layout the README describes, checked: a broken rule here means a file landed where the
// next engineer will not look for it, or the browser bundle reaches code it must not load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf, ROOT, sourceFiles } from './imports';

const PRODUCT = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];

describe('the code layout', () => {
  it('has no import cycle in the product or the command line', () => {
    expect(findCycles([...PRODUCT, ...sourceFiles('cli')])).toEqual([]);
  });

  it('keeps no loose file at the top of lib/: every module lives in a folder that says what it is', () => {
    const loose = readdirSync(join(ROOT, 'lib')).filter(
      (name) => !statSync(join(ROOT, 'lib', name)).isDirectory() && name !== 'index.ts',
    );
    expect(loose).toEqual([]);
  });

  it('never lets the browser code import the Node-only command line or the tests', () => {
    const reachesNode = PRODUCT.flatMap((file) =>
      importsOf(file)
        .filter((i) => /^(cli|test)\//.test(i.target))
        .map((i) => `${file} → ${i.target}`),
    );
    expect(reachesNode).toEqual([]);
  });

  it('imports Dexie only in lib/db/write/, which the reading pages load on their first write', () => {
    const dexieUsers = PRODUCT.filter(
      (file) =>
        /from 'dexie'/.test(readFileSync(join(ROOT, file), 'utf8')) &&
        !/^import type .* from 'dexie'/m.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(dexieUsers.filter((file) => !file.startsWith('lib/db/write/'))).toEqual([]);
  });

  it('lets the read side (lib/db/read/, lib/search/, lib/ui/) reach the write side only through import() or types', () => {
    const readSide = PRODUCT.filter(
      (file) => /^lib\/(db\/read|search|ui)\//.test(file) || /^lib\/db\/[^/]+\.ts$/.test(file),
    );
    const eager = readSide.flatMap((file) =>
      importsOf(file)
        .filter((i) => i.target.startsWith('lib/db/write/') && !i.typeOnly && !i.dynamic)
        .map((i) => `${file} → ${i.target}`),
    );
    expect(eager).toEqual([]);
  });
});
