// Prints the closing line CI reads, from vitest's JSON report: "N passed, N failed".
// A file that failed outside any test (e.g. in afterAll), or a run that stopped before the tests
// (e.g. the type check failed), counts as one failure so the line never reads as all green.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  if (failed === 0 && (report.numFailedTestSuites ?? 0) > 0) failed = 1;
}
if (failed === 0 && status !== '0') failed = 1;
console.log(`${passed} passed, ${failed} failed`);
