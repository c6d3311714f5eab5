import { expect, it } from 'vitest';

// Runner check (scripts/check-runner.sh): a test that fails its first try and passes its retry (as a browser
// test may under load) passes the run, and the summary names it with what the first try threw.
let tries = 0;
it('a test that passes only on its retry', { retry: 1 }, () => {
  tries += 1;
  expect(tries, 'the first try fails on purpose').toBe(2);
});
