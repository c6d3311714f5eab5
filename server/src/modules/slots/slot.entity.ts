import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** CLOSED: no new bookings, bookings kept, can reopen; CANCELLED: out of service for good. */
export const SlotStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED', CANCELLED: 'CANCELLED' } as const;
export type SlotStatus = (typeof SlotStatus)[keyof typeof SlotStatus];

/** `reserved` is only ever changed by conditional SQL updates (see reservation.repository.ts). */
export const Slot = defineEntity({
  name: 'Slot',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    siteId: p.uuid(),
    venueId: p.uuid(),
    vaccineId: p.uuid(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    capacity: p.integer(),
    reserved: p.integer(),
    status: p.enum(Object.values(SlotStatus)),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Slot = InferEntity<typeof Slot>;
