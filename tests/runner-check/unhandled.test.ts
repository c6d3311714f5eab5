import { expect, it } from 'vitest';

// Runner check (scripts/check-runner.sh): every test passes, but a promise rejects unhandled; the run must fail.
it('a test that leaves an unhandled rejection behind', async () => {
  void Promise.reject(new Error('nobody handles this rejection'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(true).toBe(true);
});
