// One caption for every reader. An image whose alt (or title) repeats its caption is read twice
// by a screen reader, and shown twice to a reader whose images did not load (offline, blocked):
// once as the broken image's text, once as the caption. Such an image gets alt="" (the caption
// says it) and no title. An image with no caption, or an alt that says something else, keeps it.
import { closestTag, descendantsWithTag, IMAGE_TAGS, normalizeLabel, textOf as textOfNode } from '../dom/elements';
import type { ArticleDraft } from '../step-types';

/** Where a caption is, by markup: <figure><figcaption> (most sites, WordPress), a two-row table
 * (vnexpress "tplCaption", many Vietnamese CMSs), or a short block right after the image
 * (<p><img></p><p><em>caption</em></p>, nld, dantri's older pages). */
const FIGURE_TAGS = new Set(['figure']);
const TABLE_TAGS = new Set(['table']);
const CAPTION_TAGS = new Set(['figcaption']);
/** Longest text a caption table or caption block has; longer is article text. */
const MAX_CAPTION_CHARS = 400;
/** Share of the alt's words the caption must hold for the alt to repeat it. */
const REPEATED_WORDS = 0.8;

/** Clears the alt and title of images that repeat their caption; returns how many. */
export function clearAltsRepeatingCaptions({ content }: ArticleDraft): number {
  let cleared = 0;
  // A gallery of thousands of images asks its one holder for its text once per image: each
  // element's text is built once (linear in elements × depth, not quadratic in images).
  const known = new Map<Element, string>();
  const textOf = (element: Element | null): string => {
    if (!element) return '';
    let text = known.get(element);
    if (text === undefined) known.set(element, (text = textOfNode(element)));
    return text;
  };
  for (const image of descendantsWithTag(content, IMAGE_TAGS)) {
    const caption = captionOf(image, content, textOf);
    if (!caption) continue;
    const alt = image.getAttribute('alt') ?? '';
    const title = image.getAttribute('title') ?? '';
    if (repeats(alt, caption)) {
      image.setAttribute('alt', '');
      cleared++;
    }
    if (repeats(title, caption)) image.removeAttribute('title');
  }
  return cleared;
}

/** The text of the caption shown with `image`, or null when it has none. */
function captionOf(image: Element, root: Element, textOf: (element: Element | null) => string): string | null {
  // a gallery (prepare/figures.ts) is a figure of figures with one caption for all
  for (
    let figure = closestTag(image, FIGURE_TAGS);
    figure && root.contains(figure);
    figure = closestTag(figure.parentElement!, FIGURE_TAGS)
  ) {
    const text = textOf(descendantsWithTag(figure, CAPTION_TAGS)[0] ?? figure);
    if (text) return text;
    if (!figure.parentElement) break;
  }
  const table = closestTag(image, TABLE_TAGS);
  if (table && root.contains(table)) {
    const text = textOf(table);
    return text && text.length <= MAX_CAPTION_CHARS ? text : null;
  }
  // the image's own block: the image alone, maybe in a link or a paragraph of its own
  let holder = image;
  while (holder.parentElement && holder.parentElement !== root && !textOf(holder.parentElement))
    holder = holder.parentElement;
  const next = holder.nextElementSibling;
  const text = textOf(next);
  return text && text.length <= MAX_CAPTION_CHARS ? text : null;
}

/** True when `label` (an alt or title) says again what `caption` says. */
function repeats(label: string, caption: string): boolean {
  const said = normalizeLabel(label);
  if (said.length < 4) return false;
  const shown = normalizeLabel(caption);
  if (shown.includes(said)) return true;
  const words = said.split(/[\s,.;:!?()"'“”-]+/).filter(Boolean);
  const captionWords = new Set(shown.split(/[\s,.;:!?()"'“”-]+/).filter(Boolean));
  if (words.length < 2) return false;
  return words.filter((word) => captionWords.has(word)).length >= words.length * REPEATED_WORDS;
}
