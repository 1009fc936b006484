import { OVER_BUDGET } from '../guard';
import type { PreparedPage } from '../step-types';

/** Longest attribute Lede keeps: past it is an image inlined as a data: URL of megabytes, which
 * every regular expression of Readability (and of Lede) would read, at seconds a megabyte in
 * jsdom, and which would weigh as much in the library. The image goes, the article stays. The
 * popup's copy of a page (lib/browser/page-snapshot.ts) leaves such attributes out the same way. */
export const MAX_ATTRIBUTE_CHARS = 1_000_000;

/** Removes attributes of images and their sources longer than MAX_ATTRIBUTE_CHARS; says so
 * (`prepare.removeHugeAttributes:budget`) when it removed one. */
export function removeHugeAttributes({ index }: PreparedPage): typeof OVER_BUDGET | undefined {
  let removed = false;
  for (const tag of ['img', 'source']) {
    for (const element of index.elements(tag)) {
      for (const name of element.getAttributeNames()) {
        if ((element.getAttribute(name)?.length ?? 0) <= MAX_ATTRIBUTE_CHARS) continue;
        element.removeAttribute(name);
        removed = true;
      }
    }
  }
  return removed ? OVER_BUDGET : undefined;
}
