// Checks an imported library file completely before anything is written. Messages are for
// the reader: what is wrong, and where.
import type { ExportedArticle, LibraryExport } from '../types';
import { tryNormalizeUrl } from '../url';

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isNullableString: Check = (value) => value === null || typeof value === 'string';
const isCount: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTime: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);

/** Every field of an exported article and what it must hold. */
const ARTICLE_FIELDS: Readonly<Record<keyof ExportedArticle, [Check, string]>> = {
  url: [(value) => isString(value) && tryNormalizeUrl(value as string) !== undefined, 'a web address'],
  canonicalUrl: [(value) => value === null || (isString(value) && tryNormalizeUrl(value as string) !== undefined), 'a web address or null'],
  title: [isString, 'text'],
  byline: [isNullableString, 'text or null'],
  siteName: [isNullableString, 'text or null'],
  lang: [isNullableString, 'text or null'],
  dir: [(value) => value === 'ltr' || value === 'rtl', '"ltr" or "rtl"'],
  publishedTime: [isNullableString, 'text or null'],
  excerpt: [isNullableString, 'text or null'],
  text: [isString, 'text'],
  html: [isString, 'text'],
  summary: [isStringList, 'a list of sentences'],
  wordCount: [isCount, 'a number'],
  readingMinutes: [isCount, 'a number'],
  leadImage: [isNullableString, 'text or null'],
  tags: [isStringList, 'a list of tags'],
  savedAt: [isTime, 'a time'],
  readAt: [(value) => value === null || isTime(value), 'a time or null'],
};

export type Validation = { ok: true; library: LibraryExport } | { ok: false; message: string };

const fail = (message: string): Validation => ({ ok: false, message });

export function validateLibrary(data: unknown): Validation {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return fail('This file is damaged or cut short: it is not complete JSON. Nothing was imported.');
    }
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== 'lede-library') {
    return fail('This is not a Lede library file. Nothing was imported.');
  }
  const { version, articles, exportedAt } = value as Record<string, unknown>;
  if (typeof version !== 'number' || version > 1) {
    return fail(`This library file was made by a newer Lede (format version ${String(version)}). Update Lede, then import it again.`);
  }
  if (version !== 1 || !Array.isArray(articles) || typeof exportedAt !== 'string') {
    return fail('This Lede library file is damaged: its list of articles is missing. Nothing was imported.');
  }
  for (const [index, article] of articles.entries()) {
    const problem = articleProblem(article);
    if (problem) return fail(`Article ${index + 1} of ${articles.length} in this file is damaged: ${problem}. Nothing was imported.`);
  }
  const library = value as LibraryExport;
  return { ok: true, library: { ...library, articles: library.articles.map(knownFields) } };
}

/** Only the fields Lede knows, addresses normalized: a file edited by hand may carry more. */
function knownFields(article: ExportedArticle): ExportedArticle {
  const picked = Object.fromEntries(Object.keys(ARTICLE_FIELDS).map((field) => [field, article[field as keyof ExportedArticle]]));
  const known = picked as unknown as ExportedArticle;
  return { ...known, url: tryNormalizeUrl(known.url)!, canonicalUrl: known.canonicalUrl && tryNormalizeUrl(known.canonicalUrl)! };
}

function articleProblem(article: unknown): string | undefined {
  if (typeof article !== 'object' || article === null || Array.isArray(article)) return 'it is not an article';
  for (const [field, [check, expected]] of Object.entries(ARTICLE_FIELDS)) {
    if (!(field in article)) return `"${field}" is missing`;
    if (!check((article as Record<string, unknown>)[field])) return `"${field}" should be ${expected}`;
  }
  return undefined;
}
