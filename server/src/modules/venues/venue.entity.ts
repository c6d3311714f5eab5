import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const Venue = defineEntity({
  name: 'Venue',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    siteId: p.uuid(),
    name: p.text(),
    address: p.text(),
    accessInfo: p.text().default(''),
    /** Closed venues take no bookings: their slots are CLOSED (see slot.service.ts `setVenueOpen`). */
    closed: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Venue = InferEntity<typeof Venue>;

/** Which vaccines a venue offers. */
export const VenueVaccine = defineEntity({
  name: 'VenueVaccine',
  properties: {
    venueId: p.uuid().primary(),
    vaccineId: p.uuid().primary(),
  },
});
export type VenueVaccine = InferEntity<typeof VenueVaccine>;
