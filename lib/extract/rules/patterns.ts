// Regular expressions over text and attributes, grouped by the rule that uses them.

/** Credit lines: who wrote the text or took the photos ("Tin, ảnh: NGUYỄN ANH", "Photos: Jane Doe"). */
export const CREDIT_LINE = new RegExp(
  [
    // Vietnamese: "Tin, ảnh: X", "Bài và ảnh: X", "Ảnh: X", "Thực hiện: X", "Nhóm PV", "Theo X"
    String.raw`^(?:tin|bài|ảnh|video|clip|đồ họa|đồ hoạ|thực hiện|nội dung|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|tin - ảnh|bài - ảnh)\s*[:：]\s*\S.{0,60}$`,
    String.raw`^(?:nhóm pv|nhóm phóng viên|pv|ctv)\b.{0,50}$`,
    // English: "By Jane Doe", "Words: X", "Photos: X", "Reporting by X"
    String.raw`^(?:by|words|photos?|pictures?|text|reporting by|additional reporting by|written by|story by)\s*:?\s+\S.{0,60}$`,
  ].join('|'),
  'iu',
);

/**
 * A line that is nothing but an English byline, "By Jane Doe", "By Jane Doe and John Roe",
 * "Written by A. Smith, B. Jones": a role word, then capitalised names only. News sites
 * with generated class names (BBC's "sc-801dd632-7") print it as the article's first block,
 * where Readability's class-name byline test cannot see it. "By the time…" is prose: the
 * word after "By" must be a capitalised name.
 */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
export const BYLINE_LINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eporting by)\s*:?\s+${NAME}(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)${NAME}){0,7}$`,
  'u',
);

/** What is left of a byline box once Readability has lifted the name out of it: "By:", "Bởi", "Tác giả:" (Time's `<h4><span>By:</span> <a rel="author">…</a></h4>`). */
export const BYLINE_ROLE_ONLY = /^(?:by|written by|words by|story by|posted by|reporting by|bởi|tác giả|par|por|von)\s*[:：]?$/iu;

/** A place dateline, not an author: "CAIRO —", "NEW YORK (AP) --", "HÀ NỘI –". */
export const PLACE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’]*(?:\([\p{L}\p{M} .]+\))?\s*(?:—|–|-{1,2})$/u;

/**
 * What may surround the link in a paragraph that is only a link to another article: bullets
 * and arrows (thanhnien's ">> headline"). Lead-ins such as "Xem thêm:" or "Read more:" are
 * related-list headings (clean/labelled-lists.ts).
 */
export const LINK_PARAGRAPH_DECORATION = /^[\s>»›•·+*|:：\-–—()[\]]*$/u;

/** Image `src` values that are placeholders, not the picture (lazy-loading scripts swap them). */
export const PLACEHOLDER_SRC = /^data:|(?:^|[/_.-])(?:blank|spacer|placeholder|lazy|loading|pixel|transparent|grey|gray|empty|1x1|default)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)/i;

/** Attributes where lazy-loading scripts keep the real image address, most specific first. */
export const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-orig-file', 'data-hi-res-src', 'data-full-src', 'data-echo', 'data-img', 'data-image'];

/** Attributes where lazy-loading scripts keep the real srcset. */
export const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
