import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { firstDayOf, lastDayOf } from '../../../ui/dates';

const BookAvailabilityQuery = graphql(`
  query BookAvailability($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
    availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {
      slots {
        id
        startsAt
        endsAt
        remaining
        status
        ...Calendar_slot
        ...SlotPicker_slot
      }
    }
  }
`);

/**
 * A venue's slots of one vaccine from `from` to `to` (site days), for every calendar of the booking app
 * (booking, changing a booking, dose 2 of a set): one document, so the three share the cache and the live
 * counts. Skipped until a venue and a vaccine are chosen, or when the range is empty.
 */
export function useVenueSlots(
  venueId: string | null | undefined,
  vaccineId: string | null | undefined,
  from: string,
  to: string,
) {
  return useQuery(BookAvailabilityQuery, {
    variables: { venueId: venueId ?? '', vaccineId: vaccineId ?? '', from, to },
    skip: !venueId || !vaccineId || from > to,
    fetchPolicy: 'cache-and-network',
  });
}

/**
 * The slots of the calendar's month that fall in `range` (the days a dose may take), and whether they are
 * still loading (the calendar then says so instead of showing empty days).
 */
export function useMonthSlots(
  venueId: string | null | undefined,
  vaccineId: string | null | undefined,
  month: string,
  range: { from: string; to: string },
) {
  const from = firstDayOf(month) < range.from ? range.from : firstDayOf(month);
  const to = lastDayOf(month) > range.to ? range.to : lastDayOf(month);
  const availability = useVenueSlots(venueId, vaccineId, from, to);
  const loading = Boolean(venueId && vaccineId && from <= to && !availability.data && !availability.error);
  return { availability, loading };
}
