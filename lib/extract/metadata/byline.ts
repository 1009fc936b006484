import { BYLINE_PREFIX, isCreditLine, SIGNATURE_SOURCE, SOURCE_PREFIX } from '../../text/credit-lines';
import { foldText } from '../../text/fold';
import { DATELINE_WORDS } from '../rules/labels';
import { BYLINE_DATE, DATE_PREPOSITIONS } from '../rules/metadata';
import { PLACE_DATELINE } from '../rules/patterns';

/** A site's address, not a person ("lefigaro.fr", "elmundo.es" in their author boxes). */
const WEB_ADDRESS = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,}$/u; // lower-case ending: "A.B.Smith" is a name

/**
 * Who wrote the article, as a name: Readability's byline unless it only names the site,
 * else the page's author box, else the article's credit line ("Tin, ảnh: NGUYỄN ANH").
 * Role words, "By", dates and times are taken off.
 */
export function bylineOf(sources: {
  readability?: string | null;
  bylineLine?: string | null;
  authorBox: string | null;
  signature: string | null;
  siteName: string | null;
  articleBlocks: readonly string[];
}): string | null {
  const credit =
    [...sources.articleBlocks].reverse().find((block) => block.length <= 80 && isCreditLine(block)) ?? null;
  const namesSite = (name: string) =>
    WEB_ADDRESS.test(name) ||
    (!!sources.siteName &&
      (foldText(sources.siteName).includes(foldText(name)) || foldText(name).includes(foldText(sources.siteName))));
  const signature = sources.signature?.replace(SIGNATURE_SOURCE, '').replace(SOURCE_PREFIX, '');
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

/** Every word of the dateline phrases, lower case with accents ("lúc" is one, "Lực" is a name), and
 * the words before a date in other languages ("Jean Dupont, le 3 mars 2024"). */
const DATELINE_TOKENS = new Set(
  [...DATELINE_WORDS, ...DATE_PREPOSITIONS].flatMap((phrase) => phrase.toLowerCase().split(' ')),
);
/** What separates the parts of a byline box: "Ed Hornick, CNN", "Ngày 14/04 | Minh Quân". */
const SEGMENT_SEPARATOR = /(\s*[|,:·–—]\s*|\s+-\s+)/u;
/** Dateline words that are also names: Vietnamese given names ("Hải Đăng", "NHẬT MINH") and "Le", "El":
 * dateline words in lower case only. */
const ALSO_NAMES = new Set(['đăng', 'nhật', ...DATE_PREPOSITIONS]);
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
  const parts = text
    .replace(BYLINE_PREFIX, '')
    .replace(/(^|\s)@\w+/gu, ' ')
    .split(SEGMENT_SEPARATOR);
  let name = '';
  for (let i = 0; i < parts.length; i += 2) {
    const tokens = parts[i]!.trim()
      .split(' ')
      .filter((token) => !/^[-–—|,:·]*$/.test(token));
    if (tokens.every(isDatelineToken)) continue;
    while (isDatelineToken(tokens[0]!) && isDatelineForm(tokens[0]!)) tokens.shift();
    while (isDatelineToken(tokens.at(-1)!) && isDatelineForm(tokens.at(-1)!)) tokens.pop();
    const separator = i > 0 ? parts[i - 1]!.trim() : '';
    name += (name ? (separator === ',' ? ', ' : ` ${separator} `) : '') + tokens.join(' ');
  }
  return name.length >= 2 ? name : null;
}
