import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

type SuiteError = ReturnType<TestModule['errors']>[number];

/** An error a file or suite raised outside its tests (loading, a hook), with the line of ours it points at. */
function located(error: SuiteError): string {
  const frame = error.stacks?.find((f) => !f.file.includes('node_modules'));
  const where = frame ? ` (at ${path.relative(process.cwd(), frame.file)}:${frame.line})` : '';
  return `${error.name ?? 'Error'}: ${error.message.split('\n')[0]}${where}`;
}

/**
 * Writes what vitest's JSON report leaves out to `$VITEST_OUTCOME_FILE`: unhandled errors (the JSON
 * report says `success: true` with them), the tests that passed only on a retry (browser tests have one,
 * see vitest.config.ts) with what their first try threw, where each file's errors outside its tests were
 * raised (a hook that timed out: which one), and how the run ended. Read by scripts/summarize-tests.js and
 * scripts/mutants.ts.
 */
export default class OutcomeReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<{ message: string; name?: string }>,
    reason: 'passed' | 'interrupted' | 'failed',
  ) {
    const file = process.env.VITEST_OUTCOME_FILE;
    if (!file) return;
    const flaky = testModules.flatMap((module) =>
      [...module.children.allTests('passed')]
        .filter((test) => test.diagnostic()?.flaky)
        .map((test) => ({
          file: module.relativeModuleId,
          test: test.fullName,
          firstError: test.result().errors?.[0]?.message ?? '',
        })),
    );
    const fileErrors = testModules.flatMap((module) => {
      const errors = [module, ...module.children.allSuites()].flatMap((suite) => suite.errors()).map(located);
      return errors.length ? [{ file: module.relativeModuleId, errors }] : [];
    });
    const outcome = {
      reason,
      modules: testModules.length,
      unhandledErrors: unhandledErrors.map((error) => `${error.name ?? 'Error'}: ${error.message}`),
      flaky,
      fileErrors,
    };
    writeFileSync(file, `${JSON.stringify(outcome, null, 2)}\n`);
  }
}
