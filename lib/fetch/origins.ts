// Which saved links Lede may fetch: those whose site the reader granted (the optional host
// permission, asked for when an import leaves links to fetch). The offscreen document that
// fetches cannot ask the permissions API itself: the background hands it the granted patterns.

/** The patterns of the optional permission Lede asks for: any web page, fetched only when saved. */
export const FETCH_ORIGINS = ['http://*/*', 'https://*/*'] as const;

/** True when `url` matches one of the granted match patterns ("<all_urls>", "https://*\/*",
 * "http://127.0.0.1/*", "*://*.example.com/*"). */
export function isGranted(url: string, patterns: readonly string[]): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  const scheme = address.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  return patterns.some((pattern) => {
    if (pattern === '<all_urls>') return true;
    const match = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)\/(.*)$/.exec(pattern);
    if (!match) return false;
    const [, patternScheme, host, path] = match as unknown as [string, string, string, string];
    if (patternScheme !== '*' && patternScheme !== scheme) return false;
    const hostOk =
      host === '*' ||
      host === address.hostname ||
      (host.startsWith('*.') && (address.hostname === host.slice(2) || address.hostname.endsWith(host.slice(1))));
    return hostOk && (path === '*' || address.pathname.slice(1).startsWith(path.replace(/\*$/, '')));
  });
}
