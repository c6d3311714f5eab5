import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node (npm start, tsx) loads graphql's CommonJS build; vite would pick its ESM build for our own files
// while type-graphql and graphql-ws keep the CommonJS one — two realms, and schema objects from one are
// refused by the other. Pin the one Node uses.
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

// expect.poll waits for something that must happen (a push, a re-render); vitest's default of 1 s fails it on a
// loaded machine although it happens. A test that needs a bound on the time says so with its own timeout.
const pollTimeout = { poll: { timeout: 15_000 } };

const integrationTest = {
  globalSetup: ['tests/testkit/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  expect: pollTimeout,
};

// scripts/check-runner.sh only: files that must fail, run through the same settings as the real projects.
const runnerCheck = process.env.VITEST_RUNNER_CHECK === '1';
const runnerCheckProjects = [
  {
    resolve: { alias: graphqlAlias },
    test: {
      name: 'runner-check',
      include: ['tests/runner-check/*.test.ts'],
      exclude: ['**/global-setup.test.ts'],
    },
  },
  {
    resolve: { alias: graphqlAlias },
    test: {
      name: 'runner-check-integration',
      include: ['tests/runner-check/global-setup.test.ts'],
      ...integrationTest,
    },
  },
];

export default defineConfig({
  test: {
    projects: [
      ...(runnerCheck ? runnerCheckProjects : []),
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          ...integrationTest,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'components',
          include: ['client/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['client/src/testing/setup.ts'],
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Chromium (installed if missing) and a fresh client build, then the run's PostgreSQL.
          globalSetup: ['tests/e2e/browser-setup.ts', 'tests/testkit/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          expect: pollTimeout,
          // A real browser on CI's two shared cores now and then fails a step that passes alone (each of the last
          // two full runs had one, in different files). One retry; a test that passes only on it is named in the
          // run's summary with what its first try threw (scripts/summarize-tests.js), so it is looked at, not
          // hidden. Server-side tests get no retry.
          retry: 1,
        },
      },
    ],
  },
});
