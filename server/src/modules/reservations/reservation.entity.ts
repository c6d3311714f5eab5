import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const ReservationStatus = {
  BOOKED: 'BOOKED',
  CANCELLED: 'CANCELLED',
  VACCINATED: 'VACCINATED',
  NO_SHOW: 'NO_SHOW',
} as const;
export type ReservationStatus = (typeof ReservationStatus)[keyof typeof ReservationStatus];

export const MadeBy = { SELF: 'SELF', ADMIN: 'ADMIN', BULK: 'BULK', API: 'API' } as const;
export type MadeBy = (typeof MadeBy)[keyof typeof MadeBy];

/** Rows are written by reservation.repository.ts in the same transaction as the slot's count. */
export const Reservation = defineEntity({
  name: 'Reservation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    siteId: p.uuid(),
    ticketId: p.uuid(),
    slotId: p.uuid(),
    dose: p.integer(),
    status: p.enum(Object.values(ReservationStatus)),
    /** Both doses of a set booking share one pair id. */
    pairId: p.uuid().nullable(),
    madeBy: p.enum(Object.values(MadeBy)),
    createdAt: p.datetime().onCreate(() => new Date()),
    cancelledAt: p.datetime().nullable(),
    cancelReason: p.text().nullable(),
    /** Set by venue staff at reception. */
    checkedInAt: p.datetime().nullable(),
  },
});
export type Reservation = InferEntity<typeof Reservation>;
