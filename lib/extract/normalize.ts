// Normalisation runs on Lede's private clone before any rule or Readability sees it.

/** Attributes that hold a single URL, by the elements that carry them. */
const URL_ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[poster]', 'poster'],
];

/** The address relative links resolve against: the page's own <base href>, else its URL. */
export function documentBase(doc: Document, pageUrl: string): string {
  const baseHref = [...doc.getElementsByTagName('base')].find((base) => base.hasAttribute('href'))?.getAttribute('href');
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

/** Makes every link and image address under `root` absolute, so the article still works out of its page. */
export function absolutizeUrls(root: ParentNode, base: string): void {
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? '';
      if (value.startsWith('#') || value.startsWith('data:')) continue;
      const absolute = resolveUrl(value, base);
      if (absolute) element.setAttribute(attribute, absolute);
    }
  }
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) {
    const srcset = element.getAttribute('srcset') ?? '';
    const absolute = srcset
      .split(/,\s+(?=\S)/)
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolveUrl(url, base) ?? url, ...descriptor].join(' ');
      })
      .join(', ');
    element.setAttribute('srcset', absolute);
  }
}

/** Removes <template> elements: their contents are inert in browsers but are live children in linkedom. */
export function removeTemplates(doc: Document): void {
  for (const template of [...doc.getElementsByTagName('template')]) template.remove();
}
