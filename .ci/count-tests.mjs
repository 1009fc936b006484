// Reads the Vitest JSON reports of one CI run, prints one "N passed, N failed, N skipped"
// line, and fails when a test failed, when nothing ran, or when the e2e tests were skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const reports = readdirSync(dir).filter((f) => f.endsWith('.json'));
let passed = 0, failed = 0, skipped = 0, e2eRan = 0, e2eSkipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults) {
    if (!/\.e2e\.test\.ts$/.test(suite.name)) continue;
    for (const test of suite.assertionResults) {
      if (test.status === 'passed') e2eRan++;
      else if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') e2eSkipped++;
    }
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
const problems = [];
if (reports.length < 2) problems.push(`expected unit and e2e reports, found ${reports.length}`);
if (failed > 0) problems.push(`${failed} failed`);
if (passed === 0) problems.push('no test ran');
if (e2eRan === 0 || e2eSkipped > 0) problems.push(`e2e tests did not all run (${e2eRan} ran, ${e2eSkipped} skipped)`);
if (problems.length) {
  console.error(`CI: ${problems.join('; ')}`);
  process.exit(1);
}
