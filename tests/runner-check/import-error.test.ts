import { expect, it } from 'vitest';
// @ts-expect-error -- runner check (scripts/check-runner.sh): a module that does not exist
import { missing } from './no-such-module.js';

it('a file that fails to load fails the run', () => {
  expect(missing).toBeDefined();
});
