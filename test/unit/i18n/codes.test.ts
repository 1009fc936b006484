// lib/ reports codes, never sentences: the UI words each code in the reader's language
// (lib/ui/messages-for-codes.ts). Checked on what lib/ returns, and on its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import type { TabReaderApi } from '../../../lib/browser/read-tab';
import { saveTab } from '../../../lib/browser/save-from-browser';
import { bareArticle, getArticleByUrl, importLibrary, openLedeDb } from '../../../lib/db/write';
import { validateLibrary } from '../../../lib/db/write/validate';
import { extractArticle } from '../../../lib/extract';
import { failure } from '../../../lib/extract/failures';
import { FAILURE_REASONS } from '../../../lib/extract/types';
import { ROOT, sourceFiles } from '../architecture/imports';
import { page } from '../helpers';

/** Text of four words or more: a sentence for a reader, not a code. */
const SENTENCE = /[A-Za-z]+(?:[\s,:;]+[A-Za-z’'"]+){3,}/;

/** Every string value inside `value`, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

describe('what lib/ returns', () => {
  it.each(FAILURE_REASONS)('a "%s" failure is its code and nothing to read', (reason) => {
    expect(failure(reason)).toEqual({ ok: false, reason, canForce: false });
  });

  it('extraction that finds nothing returns the code alone', () => {
    expect(extractArticle(page('<html><body> </body></html>'), { url: 'https://news.example/' })).toEqual({
      ok: false,
      reason: 'empty-page',
      canForce: false,
    });
  });

  it('importing a file of another program returns a code', async () => {
    const db = await openLedeDb({ name: 'codes', indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await importLibrary(db, { format: 'pocket', list: [] })).toEqual({
      ok: false,
      reason: 'invalid',
      problem: { code: 'not-lede-file' },
    });
    db.close();
  });

  it('a damaged library file returns codes and where the damage is, never a sentence', () => {
    const article = {
      ...bareArticle({ url: 'https://news.example/a', title: 'A' }),
      canonicalUrl: null,
      tags: [],
      savedAt: 1,
      readAt: null,
    };
    const files: unknown[] = [
      '{"format":"lede-library",',
      { format: 'lede-library', version: 9 },
      { format: 'lede-library', version: 1 },
      { format: 'lede-library', version: 1, exportedAt: '2024-01-01', articles: [null] },
      { format: 'lede-library', version: 1, exportedAt: '2024-01-01', articles: [{ ...article, title: undefined }] },
      { format: 'lede-library', version: 1, exportedAt: '2024-01-01', articles: [{ ...article, dir: 'up' }] },
    ];
    for (const file of files) {
      const validation = validateLibrary(file);
      expect(validation.ok).toBe(false);
      expect(stringsIn(validation).filter((text) => SENTENCE.test(text))).toEqual([]);
    }
  });

  it('a save from the shortcut or the menu returns a code for the badge', async () => {
    const article = {
      ...bareArticle({ url: 'https://news.example/a', title: 'Mưa lớn', text: 'Mưa lớn ở miền Trung.' }),
      canonicalUrl: null,
    };
    const api = (url: string): TabReaderApi => ({
      tabs: { get: async () => ({ url }), sendMessage: async () => ({ value: { ok: true, article, ms: 1 } }) },
      scripting: { executeScript: async () => [] },
    });
    const db = await openLedeDb({ name: 'badge', indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await saveTab(api('chrome://settings'), db, 1)).toBe('restricted-page');
    const saved: number[] = [];
    expect(await saveTab(api('https://news.example/a'), db, 1, { onSaved: (id) => saved.push(id) })).toBe('saved');
    expect(saved).toEqual([(await getArticleByUrl(db, 'https://news.example/a'))!.id]); // its pictures can be kept
    db.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await saveTab(api('https://news.example/a'), db, 1)).toBe('write-failed');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe('the source', () => {
  /** The files that report extraction failures, write problems, import problems and the badge's code. */
  const PRODUCERS = [
    'lib/extract/failures.ts',
    'lib/extract/types.ts',
    'lib/db/types.ts',
    'lib/db/write/quota.ts',
    'lib/db/write/validate.ts',
    'lib/db/write/library-file.ts',
    'lib/browser/save-from-browser.ts',
    'lib/browser/read-tab.ts',
    'lib/browser/popup-session.ts',
    'lib/browser/in-page.ts',
    'lib/browser/in-page-source.ts',
    'lib/browser/in-page-reader.ts',
  ];

  /** String literals of a file, leaving out errors thrown for programmers and console logs. */
  function literals(file: string): string[] {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(ROOT, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) return;
      if (ts.isCallExpression(node) && /^console\./.test(node.expression.getText(source))) return;
      if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) found.push(node.getText(source));
      if (ts.isJsxText(node) && node.getText(source).trim()) found.push(node.getText(source).trim());
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it.each(PRODUCERS)('%s holds no sentence for the reader', (file) => {
    expect(literals(file).filter((text) => SENTENCE.test(text))).toEqual([]);
  });

  it('components and entrypoints take every sentence from the locale files', () => {
    const files = [...sourceFiles('components'), ...sourceFiles('entrypoints')];
    const sentences = files.flatMap((file) =>
      literals(file)
        .filter((text) => SENTENCE.test(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(sentences).toEqual([]);
  });
});
