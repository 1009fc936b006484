// Pages where browsers never let an extension run a script, whatever its permissions.
// Checked before injecting so the popup can say so at once instead of waiting for an error.

/** URL schemes that belong to the browser or to other extensions. */
const RESTRICTED_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'blob:',
  'javascript:',
];

/** Extension stores: Chrome and Firefox block scripting there. */
const RESTRICTED_HOSTS: ReadonlyArray<{ host: string; pathPrefix: string }> = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
];

/** Error texts the browsers give when injection is refused on such a page. */
const RESTRICTED_ERRORS = [
  /cannot access (a |contents of )?(the page|url|chrome|.*url)/i,
  /cannot be scripted/i,
  /missing host permission/i,
  /extensions gallery/i,
  /cannot access contents of url/i,
  /no tab with id/i,
  /frame with id 0 (is showing error page|was removed)/i,
];

/** True when the browser will refuse to run Lede on `url` (or the URL cannot be known). */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false; // unknown: let the injection attempt decide
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  if (RESTRICTED_HOSTS.some((r) => parsed.hostname === r.host && parsed.pathname.startsWith(r.pathPrefix))) return true;
  // The built-in PDF viewer shows the file's own URL, but no script can reach its content.
  return /\.pdf$/i.test(parsed.pathname);
}

/** True when an injection error means "the browser does not allow this page". */
export function isRestrictionError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return RESTRICTED_ERRORS.some((pattern) => pattern.test(text));
}
