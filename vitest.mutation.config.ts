import { defineConfig } from 'vitest/config';

// StrykerJS (stryker.config.json, `npm run mutation`): the unit tests of the pure modules it mutates.
export default defineConfig({
  test: {
    include: [
      'server/src/shared/csv.test.ts',
      'server/src/shared/time.test.ts',
      'server/src/shared/japanese-ids.test.ts',
      'server/src/modules/issuance/provisional-number.test.ts',
      'server/src/modules/reservations/booking-rules.test.ts',
    ],
  },
});
