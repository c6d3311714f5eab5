import type { GroupableField } from '../../graphql/grouped-subscriptions.js';
import type { AvailabilityHub } from './slot.events.js';
import type { SlotView } from './slot.types.js';

/**
 * Fields a `slotAvailabilityChanged` selection may use and still be shared by every subscriber: public
 * facts about slots, venues and vaccines. A field added later is not on the list until someone checks that
 * it does not depend on the caller, so a new field is never shared by mistake (it groups per principal).
 */
const PRINCIPAL_INDEPENDENT = new Set([
  'Subscription.slotAvailabilityChanged',
  'SlotAvailability.slotId',
  'SlotAvailability.remaining',
  'SlotAvailability.capacity',
  'SlotAvailability.booked',
  'SlotAvailability.slot',
  'Slot.id',
  'Slot.venueId',
  'Slot.vaccineId',
  'Slot.startsAt',
  'Slot.endsAt',
  'Slot.capacity',
  'Slot.status',
  'Slot.remaining',
  'Slot.venue',
  'Slot.vaccine',
  'Venue.id',
  'Venue.siteId',
  'Venue.name',
  'Venue.address',
  'Venue.accessInfo',
  'Venue.closed',
  'Venue.vaccines',
  'Vaccine.id',
  'Vaccine.name',
  'Vaccine.manufacturer',
  'Vaccine.doses',
  'Vaccine.doseIntervalDays',
  'Vaccine.intervalWindowDays',
]);

/** `slotAvailabilityChanged(venueId)` executed once per group of identical subscriptions to a venue. */
export function groupedSlotAvailability(hub: AvailabilityHub): GroupableField<SlotView[]> {
  return {
    fieldName: 'slotAvailabilityChanged',
    topicOf: (args) => String(args.venueId),
    watch: (venueId, consumer) => hub.watch(venueId, consumer),
    principalIndependent: PRINCIPAL_INDEPENDENT,
  };
}
