import { DEFAULT_DB_NAME } from '../../../lib/db/schema-version';

/** The bench fills the database Lede's own pages open, in the extension's origin. */
export const BENCH_DB_NAME = DEFAULT_DB_NAME;
/** What cold.ts logs once its results are shown and its timings are in `coldResult`. */
export const COLD_OPEN_DONE = 'lede-cold-open-done';
/** What the watcher in the real library page logs, with its timings as JSON, once rows are shown. */
export const LIBRARY_SHOWN = 'lede-library-shown';
/** What empty.ts logs, with ms since navigation, as soon as its script starts. */
export const EMPTY_PAGE_STARTED = 'lede-empty-page-started';
