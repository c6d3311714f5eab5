import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../people/audit-actions';
import { adminJa } from './ja';

describe('the admin app in Japanese', () => {
  it('writes parentheses and colons full-width, as the booking app does, keeping times such as 18:00 and HH:MM', () => {
    const audit = Object.entries(AUDIT_ACTIONS).map(
      ([action, words]) => [`audit ${action}`, words.ja] as const,
    );
    const halfWidth = [...Object.entries(adminJa), ...audit]
      // an English example quoted inside a Japanese hint keeps its own punctuation
      .map(([key, text]) => [key, text.replace(/例：[ -~–]+$/, '')] as const)
      .filter(([, text]) => /[()]|(?<![0-9A-Z時]):(?![0-9A-Z分])/.test(text))
      .map(([key]) => key);
    expect(halfWidth).toEqual([]);
  });
});
