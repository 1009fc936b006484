import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// With LEDE_TEST_REPORT_DIR set (by .ci/run), each run also writes a JSON report named
// after the npm script that started it, so CI can count passed, failed and skipped tests.
const reportDir = process.env.LEDE_TEST_REPORT_DIR;
const reportName = (process.env.npm_lifecycle_event ?? 'vitest').replace(/[^\w-]/g, '-');

export default defineConfig({
  test: {
    ...(reportDir ? { reporters: ['default', 'json'], outputFile: { json: `${reportDir}/${reportName}.json` } } : {}),
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.firefox.test.ts'],
          environment: 'node',
          // Firefox starts in seconds, slower on a busy 2-core machine
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
