// What Lede installs in a page, under the activeTab grant. Two scripts, each as small as its
// job: the popup's (entrypoints/in-page.content.ts) only hands over the page's nodes, on every
// click, so the page never loads Lede's extractor for it; the background's, for the save
// shortcut and the context menu (entrypoints/in-page-reader.content.ts), reads the article in
// the page, since a Manifest V3 background has no DOM. Both answer the one protocol of
// messages.ts, each its own messages.
import { failure } from '../extract/failures';
import { createListener, type Handlers, type InPageProtocol } from './messages';

/** MIME types Lede reads; anything else (a PDF, an image, JSON) is a page it cannot read. */
const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export type InPageRuntime = { onMessage: { addListener(listener: ReturnType<typeof createListener>): void } };

/** True when this page is one Lede can read; otherwise the answer is a `restricted-page` failure. */
export const readableHere = (): boolean => READABLE_TYPES.has(document.contentType);
export const notReadableHere = () => failure('restricted-page');

/**
 * Answers `handlers`' messages in this page. Scripts are injected again on every click, so each
 * installs its listener once per page, under its own `key`.
 */
export function installInPage(runtime: InPageRuntime, key: string, handlers: Partial<Handlers<InPageProtocol>>): void {
  const installed = Symbol.for(`lede.in-page.${key}`);
  const scope = globalThis as { [installed]?: boolean };
  if (scope[installed]) return;
  scope[installed] = true;
  runtime.onMessage.addListener(createListener<InPageProtocol>(handlers));
}
