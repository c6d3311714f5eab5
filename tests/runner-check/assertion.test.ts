import { expect, it } from 'vitest';

// Runner check (scripts/check-runner.sh): this file must fail. Never part of the normal run.
it('a failing assertion fails the run', () => {
  expect(1 + 1).toBe(3);
});
