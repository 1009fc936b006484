import { findDescendant, firstDescendant, IMAGE_TAGS } from '../dom/elements';
import type { PageIndex } from '../dom/page-index';
import type { PreparedPage } from '../step-types';
import { LAZY_SRC_ATTRIBUTES, LAZY_SRCSET_ATTRIBUTES, PLACEHOLDER_SRC } from '../rules/patterns';
import { isHiddenOrTrackingImage } from '../sanitize';

// Lazy-loading scripts never run on Lede's clone, so their images would stay placeholders.
// These steps put the real address where a browser (and Readability) looks for it.

/** Restores the real image of every lazy-loaded <img> and <source> in `doc`. */
export function restoreLazyImages({ doc, index: page }: PreparedPage): void {
  if (replaceNoscriptPlaceholders(doc, page)) page.changed();
  for (const image of page.elements('img')) restoreImage(image);
  for (const source of page.elements('source')) {
    const srcset = firstAttribute(source, LAZY_SRCSET_ATTRIBUTES);
    if (srcset && !source.getAttribute('srcset')) source.setAttribute('srcset', srcset);
  }
}

function restoreImage(image: Element): void {
  const src = image.getAttribute('src')?.trim() ?? '';
  const srcIsPlaceholder = !src || PLACEHOLDER_SRC.test(src);
  const lazySrcset = firstAttribute(image, LAZY_SRCSET_ATTRIBUTES);
  if (lazySrcset) image.setAttribute('srcset', lazySrcset);
  if (!srcIsPlaceholder) return;
  const lazySrc = firstAttribute(image, LAZY_SRC_ATTRIBUTES);
  const fromSrcset = largestCandidate(image.getAttribute('srcset') ?? '');
  const real = lazySrc ?? fromSrcset;
  if (real) image.setAttribute('src', real);
}

/** Value of the first of `names` the element has with a usable (non-placeholder) value. */
function firstAttribute(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value && !PLACEHOLDER_SRC.test(value)) return value;
  }
  return null;
}

/** The widest (or densest) URL of a srcset, or null. */
export function largestCandidate(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const candidate of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url || PLACEHOLDER_SRC.test(url)) continue;
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith('w') ? 1 : 1000);
    if (!best || size > best.size) best = { url, size: Number.isFinite(size) ? size : 0 };
  }
  return best?.url ?? null;
}

/**
 * `<img placeholder><noscript><img real></noscript>`: the noscript copy is the real image.
 * With scripting on, browsers parse <noscript> content as text, and it stays text: only the
 * address of its image is taken (noscriptImage), into a new <img> Lede makes itself.
 * Returns whether the tree changed.
 */
function replaceNoscriptPlaceholders(doc: Document, page: PageIndex): boolean {
  let replaced = false;
  for (const noscript of page.elements('noscript')) {
    const real = noscriptImage(doc, noscript);
    if (!real) continue;
    const previous = noscript.previousElementSibling;
    const placeholder =
      previous?.localName === 'img' ? previous : previous ? findDescendant(previous, isOnlyImageOfItsParent) : null;
    if (placeholder && isPlaceholderImage(placeholder)) placeholder.replaceWith(real);
    else if (!placeholder) noscript.replaceWith(real);
    noscript.remove();
    replaced = true;
  }
  return replaced;
}

/** What a new image takes from the noscript one: its address and how it reads, nothing else. */
const NOSCRIPT_IMAGE_ATTRIBUTES = ['src', 'srcset', 'alt', 'width', 'height'] as const;
/** A tag's opening, and an inline event handler in it: renamed before the markup is parsed.
 * Nothing in a <template> runs, but in an extension page (the popup reads pages there: lib/
 * browser/page-source.ts) Chromium checks every handler it parses against the page's CSP and
 * reports each one as a violation. */
const OPENING_TAG = /<[a-zA-Z][^>]*>/g;
const renameHandlers = (tag: string) => tag.replace(/(\s)on([a-zA-Z]+\s*=)/g, '$1data-on$2');

/** A closing tag of a raw-text or fallback element: text a page's parser never leaves in a <noscript>. */
const BREAKOUT = /<\/(?:noscript|noembed|noframes|style|script|title|textarea|xmp|iframe|template|svg|math)\b/i;

/**
 * A new <img> with the address, alt text and size of the image in `noscript`, or null when it
 * holds none, or only a hidden image or a beacon (a <noscript> tracking pixel must not become
 * an image that loads). Its markup is parsed, if at all, in a <template>: an inert document
 * where nothing loads or runs, and nothing of that parse ever joins the page copy.
 */
function noscriptImage(doc: Document, noscript: Element): Element | null {
  let found = firstDescendant(noscript, IMAGE_TAGS);
  if (!found) {
    const markup = noscript.textContent ?? '';
    // a page's own parser ends a <noscript> at its first "</noscript>": text that closes it, or
    // another raw-text element, was put there to break out of it on a second parse
    if (!/<img\b/i.test(markup) || BREAKOUT.test(markup)) return null;
    const template = doc.createElement('template');
    template.innerHTML = markup.replace(OPENING_TAG, renameHandlers);
    found = firstDescendant(template.content, IMAGE_TAGS);
  }
  if (!found || isHiddenOrTrackingImage(found)) return null;
  const image = doc.createElement('img');
  for (const name of NOSCRIPT_IMAGE_ATTRIBUTES) {
    const value = found.getAttribute(name);
    if (value !== null) image.setAttribute(name, value);
  }
  return image.hasAttribute('src') || image.hasAttribute('srcset') ? image : null;
}

/** `img:only-of-type`: an image with no other image beside it. */
function isOnlyImageOfItsParent(element: Element): boolean {
  if (element.localName !== 'img') return false;
  for (let sibling = element.parentElement?.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling !== element && sibling.localName === 'img' && sibling.namespaceURI === element.namespaceURI)
      return false;
  }
  return true;
}

function isPlaceholderImage(image: Element): boolean {
  const src = image.getAttribute('src')?.trim() ?? '';
  return !src || PLACEHOLDER_SRC.test(src) || LAZY_SRC_ATTRIBUTES.some((name) => image.hasAttribute(name));
}
