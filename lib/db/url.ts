// One article, one address: the same page reached from a newsletter, a share button or an
// anchor link normalizes to the same URL, so saving it again updates the saved copy.

/** Query parameters that only say where a click came from. */
const TRACKING_PARAMETERS: readonly RegExp[] = [
  /^utm_/i, // Google Analytics campaign tags
  /^fbclid$/i, // Facebook
  /^gclid$/i, // Google Ads
  /^gclsrc$/i,
  /^dclid$/i,
  /^msclkid$/i, // Microsoft Ads
  /^mc_(cid|eid)$/i, // Mailchimp
  /^igshid$/i, // Instagram
];

/**
 * The normalized form of an article address: no fragment, no tracking parameters. Other
 * parameters keep their order (some sites route by them). Throws on a string that is not an
 * absolute http(s) URL: that is a caller's mistake, not an article.
 */
export function normalizeUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new TypeError(`not an absolute URL: ${JSON.stringify(address)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`not a web address: ${JSON.stringify(address)}`);
  }
  url.hash = '';
  // Filtered as raw text so the parameters that stay keep their exact encoding.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(pair.split('=', 1)[0]!));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}

function isTracking(encodedName: string): boolean {
  let name = encodedName;
  try {
    name = decodeURIComponent(encodedName.replace(/\+/g, ' '));
  } catch {
    // A malformed escape is kept as written; it is not one of ours anyway.
  }
  return TRACKING_PARAMETERS.some((pattern) => pattern.test(name));
}

/** normalizeUrl, or undefined for an address that is not a usable web URL. */
export function tryNormalizeUrl(address: string): string | undefined {
  try {
    return normalizeUrl(address);
  } catch {
    return undefined;
  }
}
