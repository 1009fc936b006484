import { descendantsWithTag } from '../dom/elements';
import type { PageIndex } from '../dom/page-index';

// Normalisation runs on Lede's private clone before any rule or Readability sees it.

/** Attributes that hold a single URL, by the tags that carry them. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['poster'],
};
const URL_TAGS = new Set(Object.keys(URL_ATTRIBUTES));

/** The address relative links resolve against: the page's own <base href>, else its URL. */
export function documentBase(page: PageIndex, pageUrl: string): string {
  const baseHref = page
    .elements('base')
    .find((base) => base.hasAttribute('href'))
    ?.getAttribute('href');
  return resolveUrl(baseHref ?? '', pageUrl) ?? pageUrl;
}

/** Absolute form of `value`, or null when it is not a usable URL. */
export function resolveUrl(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * Makes every link and image address in `root` and under it absolute, so the article
 * still works out of its page. `root` itself counts: a recovered lead photo can be a
 * lone <img>. One walk: a selector query per attribute costs more than the walk in jsdom.
 */
export function absolutizeUrls(root: ParentNode, base: string): void {
  const self = (root as Node).nodeType === 1 /* ELEMENT_NODE */ ? (root as Element) : null;
  if (self && URL_TAGS.has(self.localName)) absolutizeElement(self, base);
  for (const element of descendantsWithTag(root, URL_TAGS)) absolutizeElement(element, base);
}

function absolutizeElement(element: Element, base: string): void {
  for (const attribute of URL_ATTRIBUTES[element.localName]!) {
    const value = element.getAttribute(attribute);
    if (value === null) continue;
    if (attribute === 'srcset') element.setAttribute(attribute, absoluteSrcset(value, base));
    else if (!value.startsWith('#') && !value.startsWith('data:')) {
      const absolute = resolveUrl(value, base);
      if (absolute) element.setAttribute(attribute, absolute);
    }
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [resolveUrl(url, base) ?? url, ...descriptor].join(' ');
    })
    .join(', ');
}
