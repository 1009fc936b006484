import { readArticle } from '../extract';
import { failure } from '../extract/failures';
import { createListener, type InPageProtocol } from './messages';
import { snapshotTree } from './page-snapshot';

const INSTALLED = Symbol.for('lede.in-page.installed');

/** MIME types Lede reads; anything else (a PDF, an image, JSON) is a page it cannot read. */
const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Answers the in-page messages (messages.ts) inside the page. Injected again on every click, so it installs
 * its listener only once per page.
 */
export function installInPageReader(runtime: {
  onMessage: { addListener(listener: ReturnType<typeof createListener>): void };
}): void {
  const scope = globalThis as { [INSTALLED]?: boolean };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  runtime.onMessage.addListener(
    createListener<InPageProtocol>({
      // in slices: the page's own scripts and input run between Lede's steps
      extractPage: ({ force }) => {
        if (!READABLE_TYPES.has(document.contentType)) return failure('restricted-page');
        return readArticle(document, { url: location.href, force });
      },
      // the page's nodes, taken in slices: the reading happens in the popup
      pageSource: async () => {
        if (!READABLE_TYPES.has(document.contentType)) return failure('restricted-page');
        return { ok: true, nodes: await snapshotTree(document.documentElement), url: location.href };
      },
    }),
  );
}
