import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { retryAfterOf } from './useLiveSlotCounts';

describe('retryAfterOf', () => {
  it('reads the wait from a RATE_LIMITED refusal of the subscription', () => {
    const refused = new CombinedGraphQLErrors({
      errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 2 } }],
    });
    expect(retryAfterOf(refused)).toBe(2);
  });

  it('has no wait for other errors, or for the per-connection cap, which waiting does not lift', () => {
    const forbidden = new CombinedGraphQLErrors({
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    });
    const capped = new CombinedGraphQLErrors({
      errors: [
        { message: 'At most 50', extensions: { code: 'RATE_LIMITED', maxSubscriptionsPerConnection: 50 } },
      ],
    });
    expect(retryAfterOf(forbidden)).toBeUndefined();
    expect(retryAfterOf(capped)).toBeUndefined();
    expect(retryAfterOf(new Error('socket closed'))).toBeUndefined();
  });
});
