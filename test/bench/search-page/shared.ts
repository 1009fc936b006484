/** The benchmark's database, in the 127.0.0.1 origin the bench serves its pages from. */
export const BENCH_DB_NAME = 'lede-bench';
