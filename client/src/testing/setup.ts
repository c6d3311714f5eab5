import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test only with globals on; say it once here instead.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
