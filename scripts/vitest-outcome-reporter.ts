import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes what vitest's JSON report leaves out to `$VITEST_OUTCOME_FILE`: unhandled errors (the JSON
 * report says `success: true` with them), the tests that passed only on a retry (browser tests have one,
 * see vitest.config.ts) with what their first try threw, and how the run ended. Read by
 * scripts/summarize-tests.js.
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
    const outcome = {
      reason,
      modules: testModules.length,
      unhandledErrors: unhandledErrors.map((error) => `${error.name ?? 'Error'}: ${error.message}`),
      flaky,
    };
    writeFileSync(file, `${JSON.stringify(outcome, null, 2)}\n`);
  }
}
