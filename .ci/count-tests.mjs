// Reads the Vitest JSON reports of one CI run, prints one "N passed, N failed, N skipped"
// line, and fails when a test failed, when nothing ran, or when the browser tests (the
// Chromium e2e tests, and the Firefox test of `npm run test:firefox`) were skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const reports = readdirSync(dir).filter((f) => f.endsWith('.json'));
// test files of each browser suite: how many of their tests passed, and how many were skipped
const browserSuites = { e2e: /\.e2e\.test\.ts$/, firefox: /\.firefox\.test\.ts$/ };
const ran = { e2e: 0, firefox: 0 };
const notRun = { e2e: 0, firefox: 0 };
let passed = 0,
  failed = 0,
  skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults) {
    for (const [name, pattern] of Object.entries(browserSuites)) {
      if (!pattern.test(suite.name)) continue;
      for (const test of suite.assertionResults) {
        if (test.status === 'passed') ran[name]++;
        else if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') notRun[name]++;
      }
    }
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
const problems = [];
if (reports.length < 3) problems.push(`expected unit, e2e and firefox reports, found ${reports.length}`);
if (!existsSync(join(dir, 'test-firefox.json')))
  problems.push('no report of `npm run test:firefox` (test-firefox.json)');
if (failed > 0) problems.push(`${failed} failed`);
if (passed === 0) problems.push('no test ran');
if (ran.e2e === 0 || notRun.e2e > 0) problems.push(`e2e tests did not all run (${ran.e2e} ran, ${notRun.e2e} skipped)`);
if (ran.firefox === 0 || notRun.firefox > 0)
  problems.push(`Firefox tests did not all run (${ran.firefox} ran, ${notRun.firefox} skipped)`);
if (problems.length) {
  console.error(`CI: ${problems.join('; ')}`);
  process.exit(1);
}
