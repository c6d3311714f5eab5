import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node (npm start, tsx) loads graphql's CommonJS build; vite would pick its ESM build for our own files
// while type-graphql and graphql-ws keep the CommonJS one — two realms, and schema objects from one are
// refused by the other. Pin the one Node uses.
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts'],
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/testkit/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
