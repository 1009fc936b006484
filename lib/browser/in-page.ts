import { extractArticle } from '../extract';
import { failure } from '../extract/failures';
import { createListener, type InPageProtocol } from './messages';

const INSTALLED = Symbol.for('lede.in-page.installed');

/** MIME types Lede reads; anything else (a PDF, an image, JSON) is a page it cannot read. */
const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Answers `extractPage` inside the page. Injected again on every click, so it installs
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
      extractPage: ({ force }) => {
        if (!READABLE_TYPES.has(document.contentType)) return failure('restricted-page');
        return extractArticle(document, { url: location.href, force });
      },
    }),
  );
}
