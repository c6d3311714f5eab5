import { expect, it } from 'vitest';

// Runner check (scripts/check-runner.sh): passes in UTC, fails in Asia/Tokyo; the two-zone run must fail.
it('a test that fails only in the second time zone fails the run', () => {
  expect(new Date(0).getHours()).toBe(0);
});
