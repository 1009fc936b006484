// Checks an imported library file completely before anything is written. A file it refuses
// comes back as a problem code with what the reader needs to find it (which article, which
// field); the UI words it in the reader's language (lib/ui/messages-for-codes.ts).
import type { ExportedArticle, LibraryExport, LibraryFileArticle } from '../types';
import { tryNormalizeUrl } from '../url';
import { isHighlightList, knownHighlight } from './library-highlights';

/** Why an imported file was refused. Nothing was imported. */
export const IMPORT_PROBLEMS = [
  'not-json', // damaged or cut short: not complete JSON
  'not-lede-file', // JSON, but not a Lede library file
  'newer-format', // made by a newer Lede, in a format version this one does not know
  'no-article-list', // a Lede library file without its list of articles
  'not-an-article', // one entry of the list is not an article at all
  'missing-field', // an article lacks one of its fields
  'bad-field', // a field of an article holds the wrong kind of value
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

/** Where in the file a damaged article is: its place in the list (from 1) and the list's length. */
interface ArticlePlace {
  article: number;
  total: number;
}

export type ImportProblem =
  | { code: 'not-json' }
  | { code: 'not-lede-file' }
  | { code: 'newer-format'; version: number }
  | { code: 'no-article-list' }
  | ({ code: 'not-an-article' } & ArticlePlace)
  | ({ code: 'missing-field'; field: string } & ArticlePlace)
  | ({ code: 'bad-field'; field: string; expected: FieldKind } & ArticlePlace);

// IMPORT_PROBLEMS lists every code of ImportProblem, and nothing else.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<ImportProblemCode, ImportProblem['code']>;

/** What a field of an exported article must hold: the `expected` of a 'bad-field' problem. */
export const FIELD_KINDS = [
  'web-address',
  'web-address-or-null',
  'text',
  'text-or-null',
  'direction', // "ltr" or "rtl"
  'sentences',
  'number',
  'tags',
  'time',
  'time-or-null',
  'true-or-false',
  'reading-progress',
  'highlights', // each with its text and time (library-highlights.ts)
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isNullableString: Check = (value) => value === null || typeof value === 'string';
const isCount: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTime: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);

/** Every field of an exported article and what it must hold. */
const ARTICLE_FIELDS: Readonly<Record<keyof ExportedArticle, [Check, FieldKind]>> = {
  url: [(value) => isString(value) && tryNormalizeUrl(value as string) !== undefined, 'web-address'],
  canonicalUrl: [
    (value) => value === null || (isString(value) && tryNormalizeUrl(value as string) !== undefined),
    'web-address-or-null',
  ],
  title: [isString, 'text'],
  byline: [isNullableString, 'text-or-null'],
  siteName: [isNullableString, 'text-or-null'],
  lang: [isNullableString, 'text-or-null'],
  dir: [(value) => value === 'ltr' || value === 'rtl', 'direction'],
  publishedTime: [isNullableString, 'text-or-null'],
  excerpt: [isNullableString, 'text-or-null'],
  text: [isString, 'text'],
  html: [isString, 'text'],
  summary: [isStringList, 'sentences'],
  wordCount: [isCount, 'number'],
  readingMinutes: [isCount, 'number'],
  leadImage: [isNullableString, 'text-or-null'],
  tags: [isStringList, 'tags'],
  savedAt: [isTime, 'time'],
  readAt: [(value) => value === null || isTime(value), 'time-or-null'],
  starred: [(value) => typeof value === 'boolean', 'true-or-false'],
  progress: [(value) => value === undefined || isProgress(value), 'reading-progress'],
};

function isProgress(value: unknown): boolean {
  const progress = value as Record<string, unknown> | null;
  return (
    typeof progress === 'object' &&
    progress !== null &&
    typeof progress.fraction === 'number' &&
    progress.fraction >= 0 &&
    progress.fraction <= 1 &&
    Number.isInteger(progress.block) &&
    (progress.block as number) >= 0 &&
    isTime(progress.at)
  );
}

/** Fields added after version 1 of the file was released, and their value in the files written
 * before them (which stay valid): a file from an older Lede imports as it always did. */
const LATER_FIELDS: Readonly<Partial<ExportedArticle>> = { starred: false, progress: undefined };

export type Validation = { ok: true; library: LibraryExport } | { ok: false; problem: ImportProblem };

const fail = (problem: ImportProblem): Validation => ({ ok: false, problem });

export function validateLibrary(data: unknown): Validation {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return fail({ code: 'not-json' });
    }
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== 'lede-library') {
    return fail({ code: 'not-lede-file' });
  }
  const { version, articles, exportedAt } = value as Record<string, unknown>;
  if (typeof version !== 'number') return fail({ code: 'not-lede-file' });
  if (version > 1) return fail({ code: 'newer-format', version });
  if (version !== 1 || !Array.isArray(articles) || typeof exportedAt !== 'string') {
    return fail({ code: 'no-article-list' });
  }
  for (const [index, article] of articles.entries()) {
    const problem = articleProblem(article, { article: index + 1, total: articles.length });
    if (problem) return fail(problem);
  }
  const library = value as LibraryExport;
  return { ok: true, library: { ...library, articles: library.articles.map(knownFields) } };
}

/** Only the fields Lede knows, addresses normalized: a file edited by hand may carry more. */
function knownFields(article: LibraryFileArticle): LibraryFileArticle {
  const picked = Object.fromEntries(
    Object.keys(ARTICLE_FIELDS).map((field) => [
      field,
      field in article ? article[field as keyof ExportedArticle] : LATER_FIELDS[field as keyof ExportedArticle],
    ]),
  );
  const known = picked as unknown as ExportedArticle;
  return {
    ...known,
    url: tryNormalizeUrl(known.url)!,
    canonicalUrl: known.canonicalUrl && tryNormalizeUrl(known.canonicalUrl)!,
    ...(article.highlights?.length ? { highlights: article.highlights.map(knownHighlight) } : {}),
  };
}

function articleProblem(article: unknown, place: ArticlePlace): ImportProblem | undefined {
  if (typeof article !== 'object' || article === null || Array.isArray(article))
    return { code: 'not-an-article', ...place };
  for (const [field, [check, expected]] of Object.entries(ARTICLE_FIELDS)) {
    if (!(field in article)) {
      if (field in LATER_FIELDS) continue;
      return { code: 'missing-field', field, ...place };
    }
    if (!check((article as Record<string, unknown>)[field])) return { code: 'bad-field', field, expected, ...place };
  }
  // optional: files from before Lede kept highlights have none
  if ('highlights' in article && !isHighlightList(article.highlights))
    return { code: 'bad-field', field: 'highlights', expected: 'highlights', ...place };
  return undefined;
}
