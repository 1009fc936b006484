// Baseline for cold opens: an extension page whose script only says when it started. What
// Chromium takes from a new page's navigation to here, no extension page can do faster.
import { EMPTY_PAGE_STARTED } from './shared';

console.log(`${EMPTY_PAGE_STARTED} ${performance.now()}`);
