// Regular expressions over text and attributes, grouped by the rule that uses them.

// Credit and byline lines ("Tin, ảnh: NGUYỄN ANH", "By Jane Doe") are in lib/text/credit-lines.ts:
// the summarizer reads past the same lines.

/** A place dateline, not an author: "CAIRO —", "NEW YORK (AP) --", "HÀ NỘI –". */
export const PLACE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’]*(?:\([\p{L}\p{M} .]+\))?\s*(?:—|–|-{1,2})$/u;

/**
 * What may surround the link in a paragraph that is only a link to another article: bullets
 * and arrows (thanhnien's ">> headline"). Lead-ins such as "Xem thêm:" or "Read more:" are
 * related-list headings (clean/labelled-lists.ts).
 */
export const LINK_PARAGRAPH_DECORATION = /^[\s>»›•·+*|:：\-–—()[\]]*$/u;

/** Image `src` values that are placeholders, not the picture (lazy-loading scripts swap them). */
export const PLACEHOLDER_SRC =
  /^data:|(?:^|[/_.-])(?:blank|spacer|placeholder|lazy|loading|pixel|transparent|grey|gray|empty|1x1|default)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)/i;

/** Attributes where lazy-loading scripts keep the real image address, most specific first. */
export const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-url',
  'data-orig-file',
  'data-hi-res-src',
  'data-full-src',
  'data-echo',
  'data-img',
  'data-image',
];

/** Attributes where lazy-loading scripts keep the real srcset. */
export const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
