import { InMemoryCache } from '@apollo/client';

/**
 * Slots, venues, vaccines and reservations are normalised by id, so a subscription message carrying
 * `slot { id remaining }` updates every calendar and slot list showing that slot in place.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      RecipientProfile: { keyFields: ['siteCode', 'ticketNumber'] },
      SlotAvailability: { keyFields: false },
      Availability: { keyFields: false },
      AvailabilityDay: { keyFields: false },
    },
  });
}
