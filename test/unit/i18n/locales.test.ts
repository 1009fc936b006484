// Every code lib/ reports has its message, in both languages: each family's table names a message
// for each of its codes (the type check makes sure of that), and here both locale files are
// checked to hold it, with the same keys and the placeholders their messages use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import vi_ from '../../../public/_locales/vi/messages.json';
import { TAB_SAVE_CODES } from '../../../lib/browser/save-from-browser';
import { WRITE_PROBLEMS } from '../../../lib/db/types';
import { FIELD_KINDS, IMPORT_PROBLEMS, type ImportProblem } from '../../../lib/db/write/validate';
import { FAILURE_REASONS } from '../../../lib/extract/types';
import type { MessageKey } from '../../../lib/ui/i18n';
import {
  FAILURE_MESSAGE_KEYS,
  FIELD_KIND_MESSAGE_KEYS,
  IMPORT_PROBLEM_MESSAGE_KEYS,
  importProblemText,
  TAB_SAVE_MESSAGE_KEYS,
  WRITE_PROBLEM_MESSAGE_KEYS,
} from '../../../lib/ui/messages-for-codes';

type Message = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
};
type Locale = Record<string, Message>;
const LOCALES: Record<'en' | 'vi', Locale> = { en, vi: vi_ };

/** Each family of codes: the codes lib/ exports, and the UI's table of their message keys. */
const FAMILIES: Array<[family: string, codes: readonly string[], keys: Readonly<Record<string, MessageKey>>]> = [
  ['extraction failures', FAILURE_REASONS, FAILURE_MESSAGE_KEYS],
  ['write problems (storage full, save failed)', WRITE_PROBLEMS, WRITE_PROBLEM_MESSAGE_KEYS],
  ['the toolbar badge after a save', TAB_SAVE_CODES, TAB_SAVE_MESSAGE_KEYS],
  ['library import problems', IMPORT_PROBLEMS, IMPORT_PROBLEM_MESSAGE_KEYS],
  ['kinds of import field', FIELD_KINDS, FIELD_KIND_MESSAGE_KEYS],
];

/** A letter only Vietnamese writes: a message that has none was left in English. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** A named placeholder in a message: $NAME$ (names are case-insensitive). */
const PLACEHOLDER = /\$([a-z_][a-z0-9_]*)\$/gi;

/** chrome.i18n.getMessage on one locale's messages, placeholders filled as Chrome fills them. */
function getMessageIn(locale: Locale) {
  return (key: string, substitutions: string | string[] = []): string => {
    const list = typeof substitutions === 'string' ? [substitutions] : substitutions;
    const { message = '', placeholders = {} } = locale[key] ?? {};
    return message.replace(PLACEHOLDER, (_, name: string) =>
      (placeholders[name.toLowerCase()]?.content ?? '').replace(
        /\$(\d)/g,
        (_match, n: string) => list[Number(n) - 1] ?? '',
      ),
    );
  };
}

afterEach(() => vi.unstubAllGlobals());

describe.each(FAMILIES)('the codes of %s', (_family, codes, keys) => {
  it('are each in the table once, and the table has no other', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(keys).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s has a message in English and in Vietnamese', (code) => {
    const key = keys[code]!;
    expect(en[key as keyof typeof en]?.message.trim()).toBeTruthy();
    const vietnamese = (vi_ as Locale)[key]?.message.trim();
    expect(vietnamese).toBeTruthy();
    expect(vietnamese).toMatch(VIETNAMESE_LETTER);
  });
});

describe('the locale files', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(vi_).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(LOCALES))(
    '%s: every message is non-empty and declares each placeholder it uses, and uses each it declares',
    (_lang, locale) => {
      for (const [key, { message, placeholders = {} }] of Object.entries(locale)) {
        expect(message.trim(), key).toBeTruthy();
        const used = [...message.matchAll(PLACEHOLDER)].map(([, name]) => name!.toLowerCase());
        const declared = Object.keys(placeholders).map((name) => name.toLowerCase());
        expect(declared, `placeholders of ${key}`).toEqual(expect.arrayContaining(used));
        expect(used, `placeholders of ${key}`).toEqual(expect.arrayContaining(declared));
        for (const [name, { content }] of Object.entries(placeholders))
          expect(content, `${key}.${name}`).toMatch(/^\$[1-9]$/);
      }
    },
  );

  it('give each placeholder the same substitution in both languages', () => {
    const substitutions = (message: Message) =>
      Object.fromEntries(
        Object.entries(message.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]),
      );
    for (const key of Object.keys(en))
      expect(substitutions((vi_ as Locale)[key]!), key).toEqual(substitutions((en as Locale)[key]!));
  });
});

describe('an import problem in words', () => {
  const samples: ImportProblem[] = [
    { code: 'not-json' },
    { code: 'not-lede-file' },
    { code: 'newer-format', version: 3 },
    { code: 'no-article-list' },
    { code: 'not-an-article', article: 7, total: 12 },
    { code: 'missing-field', article: 7, total: 12, field: 'title' },
    ...FIELD_KINDS.map((expected): ImportProblem => ({
      code: 'bad-field',
      article: 7,
      total: 12,
      field: 'savedAt',
      expected,
    })),
  ];

  it('covers every code', () => {
    expect(new Set(samples.map((problem) => problem.code))).toEqual(new Set(IMPORT_PROBLEMS));
  });

  it.each(Object.entries(LOCALES))('%s: fills in every detail, and leaves no placeholder', (_lang, locale) => {
    vi.stubGlobal('chrome', { i18n: { getMessage: getMessageIn(locale) } });
    for (const problem of samples) {
      const text = importProblemText(problem);
      expect(text, problem.code).not.toMatch(/\$/);
      expect(text).toBe(text.trim());
      expect(text.length).toBeGreaterThan(10);
      const {
        code: _code,
        expected,
        ...details
      } = problem as ImportProblem & { expected?: (typeof FIELD_KINDS)[number] };
      for (const detail of Object.values(details)) expect(text, problem.code).toContain(String(detail));
      if (expected) expect(text).toContain(locale[FIELD_KIND_MESSAGE_KEYS[expected]]!.message);
    }
  });

  it('reads naturally in each language', () => {
    const problem: ImportProblem = { code: 'bad-field', article: 2, total: 5, field: 'savedAt', expected: 'time' };
    vi.stubGlobal('chrome', { i18n: { getMessage: getMessageIn(en) } });
    expect(importProblemText(problem)).toBe(
      'Article 2 of 5 in this file is damaged: "savedAt" should be a time. Nothing was imported.',
    );
    expect(importProblemText({ code: 'newer-format', version: 3 })).toBe(
      'This library file was made by a newer Lede (format version 3). Update Lede, then import it again.',
    );
    vi.stubGlobal('chrome', { i18n: { getMessage: getMessageIn(vi_) } });
    expect(importProblemText(problem)).toBe(
      'Bài thứ 2 (trong 5 bài) của tệp này bị hỏng: trường "savedAt" phải là một thời điểm. Không bài nào được nhập.',
    );
  });
});
