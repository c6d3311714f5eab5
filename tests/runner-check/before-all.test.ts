import { beforeAll, expect, it } from 'vitest';

// Runner check (scripts/check-runner.sh): its tests are skipped because the hook throws; the run must fail.
beforeAll(() => {
  throw new Error('beforeAll broke');
});

it('a test behind a throwing beforeAll', () => {
  expect(true).toBe(true);
});
