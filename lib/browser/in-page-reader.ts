import { readArticle } from '../extract';
import { installInPage, notReadableHere, readableHere, type InPageRuntime } from './in-page';

/** The background's in-page script: reads the article in the page, in slices (its own scripts
 * and input run between Lede's steps). */
export function installInPageReader(runtime: InPageRuntime): void {
  installInPage(runtime, 'reader', {
    extractPage: ({ force }) =>
      readableHere() ? readArticle(document, { url: location.href, force }) : notReadableHere(),
  });
}
