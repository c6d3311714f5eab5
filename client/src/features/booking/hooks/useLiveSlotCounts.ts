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

/**
 * Keeps the venue's slot counts live while the page is open: each message carries `slot { id remaining }`,
 * which the normalised cache writes into Slot:<id>, so every calendar day and slot button re-renders.
 */
export function useLiveSlotCounts(venueId: string | null) {
  useSubscription(SlotAvailabilityChangedSubscription, {
    variables: { venueId: venueId ?? '' },
    skip: !venueId,
  });
}
