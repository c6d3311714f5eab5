import { expect, it } from 'vitest';

// Runner check (scripts/check-runner.sh): the control case; the same command must pass on it.
it('a passing test passes the run', () => {
  expect(1 + 1).toBe(2);
});
