import { findDescendant, foldText, normalizeLabel, textOf } from '../dom/elements';
import { normalizeLangTag, resolveLanguage } from '../../text/language';
import type { PageIndex } from '../dom/page-index';
import { resolveUrl } from '../prepare/urls';
import { DATELINE_WORDS } from '../rules/labels';
import { CREDIT_LINE, PLACE_DATELINE } from '../rules/patterns';
import { BYLINE_DATE, BYLINE_PREFIX, SIGNATURE_SOURCE, DEFAULT_WORDS_PER_MINUTE, LEAD_IMAGE_META, PUBLISHED_TIME_META, RTL_LANGUAGES, SITE_NAME_META, TITLE_SEPARATORS, WORDS_PER_MINUTE } from '../rules/metadata';

/** What the page states about itself, read before Readability rearranges the clone. */
export interface PageFacts {
  url: string;
  canonicalUrl: string | null;
  documentTitle: string;
  headings: string[];
  siteName: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  description: string | null;
  lang: string | null;
  dir: string | null;
}

/** What Readability reported, as far as metadata goes. */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: string | null;
  publishedTime?: string | null;
}

/** Every <meta> content by its lower-cased property, name, itemprop and http-equiv. One pass over the page's <meta> tags. */
export function metaTable(page: PageIndex): Map<string, string> {
  const table = new Map<string, string>();
  for (const meta of page.elements('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

/** The first of `keys` the page's <meta> tags give a value for. */
export function metaContent(table: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = table.get(key);
    if (value) return value;
  }
  return null;
}

export function readPageFacts(doc: Document, page: PageIndex, url: string): PageFacts {
  const meta = metaTable(page);
  const times = page.elements('time').filter((time) => time.hasAttribute('datetime'));
  const timeElement = times.find((time) => time.getAttribute('itemprop') === 'datePublished' || time.hasAttribute('pubdate')) ?? times[0];
  const leadImage = metaContent(meta, LEAD_IMAGE_META);
  const canonical = page.elements('link').find((link) => link.getAttribute('rel')?.toLowerCase() === 'canonical')?.getAttribute('href');
  return {
    url,
    canonicalUrl: canonical ? resolveUrl(canonical, url) : null,
    documentTitle: textOf(page.elements('title')[0]),
    headings: page.elements('h1').map(textOf).filter(Boolean),
    siteName: metaContent(meta, SITE_NAME_META)?.replace(/^@/, '') ?? null,
    publishedTime: validDate(metaContent(meta, PUBLISHED_TIME_META)) ?? validDate(timeElement?.getAttribute('datetime')),
    leadImage: leadImage ? resolveUrl(leadImage, url) : null,
    description: metaContent(meta, ['description', 'og:description', 'twitter:description']),
    lang: normalizeLangTag(doc.documentElement?.getAttribute('lang')) ?? normalizeLangTag(metaContent(meta, ['content-language', 'og:locale'])),
    dir: doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? null,
  };
}

/** The site's name: Readability's, a <meta>, else the host name without "www.". */
export function siteNameOf(facts: PageFacts, readability: ReadabilityMetadata): string | null {
  return readability.siteName?.trim() || facts.siteName || hostOf(facts.url) || null;
}

/**
 * The headline without the site's name: "Headline - Site" → "Headline". Prefers an <h1>
 * that the <title> starts with (24h appends an accent-less copy: "Tiêu đề-tieu de").
 */
export function headlineOf(facts: PageFacts, readability: ReadabilityMetadata, siteName: string | null): string {
  const raw = (readability.title ?? '').trim() || facts.documentTitle || facts.headings[0] || facts.url;
  const heading = facts.headings.find((h) => h.length >= 10 && normalizeLabel(raw).startsWith(normalizeLabel(h)));
  if (heading) return heading;
  const parts = raw.split(TITLE_SEPARATORS).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return raw;
  const site = normalizeLabel(siteName ?? '');
  const host = hostOf(facts.url);
  const isSite = (part: string) => {
    const label = normalizeLabel(part);
    const squashed = label.replace(/\s/g, '');
    return (!!site && (label === site || site.includes(label) || label.includes(site))) || (!!host && (squashed === host || host.startsWith(squashed)));
  };
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (isSite(last)) return raw.slice(0, raw.lastIndexOf(last)).replace(/[\s\-–—|:·»]+$/, '');
  if (isSite(first)) return raw.slice(raw.indexOf(first) + first.length).replace(/^[\s\-–—|:·»]+/, '');
  return raw;
}

/** A site's address, not a person ("lefigaro.fr", "elmundo.es" in their author boxes). */
const WEB_ADDRESS = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,}$/u; // lower-case ending: "A.B.Smith" is a name

/**
 * Who wrote the article, as a name: Readability's byline unless it only names the site,
 * else the page's author box, else the article's credit line ("Tin, ảnh: NGUYỄN ANH").
 * Role words, "By", dates and times are taken off.
 */
export function bylineOf(sources: { readability?: string | null; bylineLine?: string | null; authorBox: string | null; signature: string | null; siteName: string | null; articleBlocks: readonly string[] }): string | null {
  const credit = [...sources.articleBlocks].reverse().find((block) => block.length <= 80 && CREDIT_LINE.test(block)) ?? null;
  const namesSite = (name: string) => WEB_ADDRESS.test(name) || (!!sources.siteName && (foldText(sources.siteName).includes(foldText(name)) || foldText(name).includes(foldText(sources.siteName))));
  const signature = sources.signature?.replace(SIGNATURE_SOURCE, '').replace(/^(?:theo|nguồn|according to|source)\s*:?\s+/i, '');
  for (const candidate of [sources.readability, sources.bylineLine, sources.authorBox, credit, signature]) {
    const name = cleanByline(candidate);
    if (name && !namesSite(name)) return name;
  }
  return null;
}

/**
 * "By Jane Doe", "Tin, ảnh: NGUYỄN ANH", "Minh Quân Thứ bảy, 16/08/2025 - 20:31" → the name alone.
 * A byline box that goes on after its date ("By Sam Byford on June 29, 2014 08:08 pm @345triangle
 * 76 Comments", Vox Media sites) keeps what stands before the date; a box that is only a date and
 * time ("9:39AM BST 05 Oct 2011", the Telegraph) names nobody.
 */
export function cleanByline(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (PLACE_DATELINE.test(text)) return null; // "CAIRO —" says where, not who
  BYLINE_DATE.lastIndex = 0;
  const firstDate = BYLINE_DATE.exec(text);
  BYLINE_DATE.lastIndex = 0;
  const name = (firstDate && tidyName(text.slice(0, firstDate.index))) || tidyName(text.replace(BYLINE_DATE, ' '));
  return name && name.length <= 100 ? name : null;
}

/** Every word of the dateline phrases, lower case with accents ("lúc" is one, "Lực" is a name). */
const DATELINE_TOKENS = new Set(DATELINE_WORDS.flatMap((phrase) => phrase.toLowerCase().split(' ')));
/** What separates the parts of a byline box: "Ed Hornick, CNN", "Ngày 14/04 | Minh Quân". */
const SEGMENT_SEPARATOR = /(\s*[|,:·–—]\s*|\s+-\s+)/u;
/** Dateline words that are also Vietnamese given names ("Hải Đăng", "NHẬT MINH"): dateline words in lower case only. */
const ALSO_NAMES = new Set(['đăng', 'nhật']);
const isDatelineToken = (token: string) => {
  const lower = token.toLowerCase();
  return (DATELINE_TOKENS.has(lower) && (lower === token || !ALSO_NAMES.has(lower))) || /^[\d.]+$/.test(token);
};

/**
 * A dateline word as it stands beside a name: in lower case ("on", "lúc"), or an English word in
 * any case ("BST", "Updated"). A capitalised Vietnamese word beside a name is part of it.
 */
const isDatelineForm = (written: string) => written === written.toLowerCase() || /^[\x20-\x7e]+$/.test(written);

/** The name in what is left of a byline: no role word or handle; a part made of dateline words
 * only ("Cập nhật", "Ngày", "BST") goes whole, and a part's dateline words at either end go. */
function tidyName(text: string): string | null {
  const parts = text.replace(BYLINE_PREFIX, '').replace(/(^|\s)@\w+/gu, ' ').split(SEGMENT_SEPARATOR);
  let name = '';
  for (let i = 0; i < parts.length; i += 2) {
    const tokens = parts[i]!.trim().split(' ').filter((token) => !/^[-–—|,:·]*$/.test(token));
    if (tokens.every(isDatelineToken)) continue;
    while (isDatelineToken(tokens[0]!) && isDatelineForm(tokens[0]!)) tokens.shift();
    while (isDatelineToken(tokens.at(-1)!) && isDatelineForm(tokens.at(-1)!)) tokens.pop();
    const separator = i > 0 ? parts[i - 1]!.trim() : '';
    name += (name ? (separator === ',' ? ', ' : ` ${separator} `) : '') + tokens.join(' ');
  }
  return name.length >= 2 ? name : null;
}

/** Declared language (checked against the text), and writing direction. */
export function languageOf(facts: PageFacts, readability: ReadabilityMetadata, text: string): { lang: string | null; dir: 'ltr' | 'rtl' } {
  const lang = resolveLanguage(normalizeLangTag(readability.lang) ?? facts.lang, text);
  const declaredDir = (readability.dir ?? facts.dir)?.toLowerCase();
  const rtlLanguage = !!lang && RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase());
  return { lang, dir: declaredDir === 'rtl' || (declaredDir !== 'ltr' && rtlLanguage) ? 'rtl' : 'ltr' };
}

/** The publication time as stated by the page, when it parses as a date. */
export function publishedTimeOf(facts: PageFacts, readability: ReadabilityMetadata): string | null {
  return validDate(readability.publishedTime) ?? facts.publishedTime;
}

/** The article's lead image: the page's social-card image, else the article's first image. */
export function leadImageOf(facts: PageFacts, article: ParentNode): string | null {
  const first = findDescendant(article, (element) => element.localName === 'img' && element.hasAttribute('src'))?.getAttribute('src');
  return facts.leadImage ?? (first ? resolveUrl(first, facts.url) : null);
}

/** Minutes a reader needs for `wordCount` words in `lang`, at least 1. */
export function readingMinutes(wordCount: number, lang: string | null): number {
  const speed = WORDS_PER_MINUTE[lang?.split('-')[0]?.toLowerCase() ?? ''] ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(wordCount / speed));
}

function validDate(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
