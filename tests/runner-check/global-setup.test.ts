import { expect, inject, it } from 'vitest';

// Runner check (scripts/check-runner.sh): goes through the integration global setup (the embedded
// PostgreSQL), which once overwrote vitest's exit code with 0. The run must fail.
it('a failing test behind the integration global setup fails the run', () => {
  expect(inject('databaseUrl')).toMatch(/^postgres:/);
  expect('this run').toBe('failed');
});
