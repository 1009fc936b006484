/** The benchmark's database, in the 127.0.0.1 origin the bench serves its pages from. */
export const BENCH_DB_NAME = 'lede-bench';
/** What cold.ts logs once its results are shown and its timings are in `coldResult`. */
export const COLD_OPEN_DONE = 'lede-cold-open-done';
