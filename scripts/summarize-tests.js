// One closing line for CI from this run's reports only (scripts/run-tests.sh clears the folder first):
//   node scripts/summarize-tests.js <results dir> <run start, ms since epoch> <zone> …
// Per zone it reads vitest-<zone>.json (vitest's JSON reporter), outcome-<zone>.json
// (scripts/vitest-outcome-reporter.ts: unhandled errors, which the JSON report does not carry) and
// exit-<zone> (vitest's exit code). Any failed test, failed file (load error, throwing hook), unhandled
// error, non-zero exit, missing or stale report, or a zone with no passed test fails the run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const [dir, startedArg, ...zones] = process.argv.slice(2);
const started = Number(startedArg);
const problems = [];
let passed = 0;
let failed = 0;
let skipped = 0;
let failedFiles = 0;
let unhandled = 0;
// Browser tests that failed once and passed on their retry: printed so each gets looked at; they pass the run.
const flaky = [];

const firstLine = (text) =>
  String(text)
    .split('\n')
    .find((line) => line.trim()) ?? '';
// A failed test's first message, indented under its name: up to 6 lines of text and the first stack line
// outside node_modules (where in the test it failed); colours stripped.
const reason = (messages) => {
  const lines = stripVTControlCharacters(String(messages?.[0] ?? ''))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const isStack = (line) => line.startsWith('at ');
  const text = lines.filter((line) => !isStack(line)).slice(0, 6);
  const where = lines.find((line) => isStack(line) && !line.includes('node_modules'));
  return [...text, ...(where ? [where] : [])].map((line) => `\n      ${line.slice(0, 300)}`).join('');
};
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

for (const zone of zones) {
  const slug = zone.replaceAll('/', '-');
  const tag = `[TZ=${zone}]`;
  const report = readJson(path.join(dir, `vitest-${slug}.json`));
  const outcome = readJson(path.join(dir, `outcome-${slug}.json`));
  const exitFile = path.join(dir, `exit-${slug}`);
  const exitCode = existsSync(exitFile) ? Number(readFileSync(exitFile, 'utf8').trim()) : NaN;

  if (!report) problems.push(`${tag} no JSON report: vitest died or never ran`);
  else if (!(report.startTime >= started)) problems.push(`${tag} the JSON report is older than this run`);
  if (!outcome) problems.push(`${tag} no outcome report: vitest did not finish its run`);

  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    if (report.numPassedTests === 0) problems.push(`${tag} no test passed`);
    for (const file of report.testResults) {
      const name = path.relative(process.cwd(), file.name);
      const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
      // CI keeps only the end of the log: the reason travels with the name (the first lines of the message).
      for (const test of failedTests) {
        problems.push(`${tag} failed test: ${name} › ${test.fullName}${reason(test.failureMessages)}`);
      }
      // A file that failed with no failed test, or with a message of its own: it did not load or a hook threw.
      if (file.status === 'failed' && (file.message || failedTests.length === 0)) {
        failedFiles += 1;
        // The outcome reporter says where (which hook, which line); the JSON report only what.
        const located = outcome?.fileErrors?.find((f) => file.name.endsWith(f.file))?.errors ?? [];
        const why = located.length ? located.join('; ') : firstLine(file.message) || 'no message';
        problems.push(`${tag} failed file: ${name}: ${why}`);
      }
    }
  }
  if (outcome) {
    unhandled += outcome.unhandledErrors.length;
    for (const error of outcome.unhandledErrors) problems.push(`${tag} unhandled error: ${firstLine(error)}`);
    if (outcome.reason === 'interrupted') problems.push(`${tag} the run was interrupted`);
    for (const test of outcome.flaky ?? []) {
      flaky.push(`${tag} passed on its retry: ${test.file} › ${test.test}${reason([test.firstError])}`);
    }
  }
  if (exitCode !== 0) {
    problems.push(`${tag} vitest exited with ${Number.isNaN(exitCode) ? 'no code' : exitCode}`);
  }
}

const verdict = problems.length === 0 ? 'PASSED' : 'FAILED';
console.log(
  `Tests: ${passed} passed, ${failed} failed, ${skipped} skipped; files failed: ${failedFiles}; ` +
    `unhandled errors: ${unhandled}; passed on a retry: ${flaky.length}; ${verdict}`,
);
// The first few reasons, one per line, so the log names what failed.
for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
if (problems.length > 20) console.log(`  … and ${problems.length - 20} more`);
for (const line of flaky.slice(0, 10)) console.log(`  ${line}`);
process.exit(problems.length === 0 ? 0 : 1);
