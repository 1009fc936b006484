import { installInPage, notReadableHere, readableHere, type InPageRuntime } from './in-page';
import { snapshotTree } from './page-snapshot';

/** The popup's in-page script: hands over the page's nodes, taken in slices; the popup reads them. */
export function installPageSource(runtime: InPageRuntime): void {
  installInPage(runtime, 'page-source', {
    pageSource: async () =>
      readableHere()
        ? { ok: true, nodes: await snapshotTree(document.documentElement), url: location.href }
        : notReadableHere(),
  });
}
