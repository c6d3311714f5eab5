import { useEffect, useRef } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';

const SlotAvailabilityChangedSubscription = graphql(`
  subscription SlotAvailabilityChanged($venueId: ID!) {
    slotAvailabilityChanged(venueId: $venueId) {
      slotId
      remaining
      capacity
      slot {
        id
        remaining
      }
    }
  }
`);

/** When the server refused the subscription for now (RATE_LIMITED), the seconds it asked us to wait. */
export function retryAfterOf(error: unknown): number | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const limited = error.errors.find((e) => e.extensions?.code === 'RATE_LIMITED');
  const seconds = limited?.extensions?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

/**
 * Keeps the venue's slot counts live while the page is open: each message carries `slot { id remaining }`,
 * which the normalised cache writes into Slot:<id>, so every calendar day and slot button re-renders.
 * At opening time many people behind one address can hit the rate limit: the subscription then starts
 * again after the wait the server named, instead of the counts silently freezing.
 */
export function useLiveSlotCounts(venueId: string | null) {
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { restart } = useSubscription(SlotAvailabilityChangedSubscription, {
    variables: { venueId: venueId ?? '' },
    skip: !venueId,
    onError: (error) => {
      const seconds = retryAfterOf(error);
      if (seconds !== undefined) retry.current = setTimeout(() => restart(), seconds * 1000);
    },
  });
  useEffect(() => () => clearTimeout(retry.current), []);
}
