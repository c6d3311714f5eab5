import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgErrorCode, PgError, pgTimestamp, sql } from '../../shared/sql.js';
import type { MadeBy, ReservationStatus } from './reservation.entity.js';
import type { CancelledBy, ReservationListener } from './reservation.events.js';

export interface ReservationView {
  id: string;
  siteId: string;
  ticketId: string;
  slotId: string;
  dose: number;
  status: ReservationStatus;
  pairId: string | null;
  madeBy: MadeBy;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

interface ReservationRow {
  id: string;
  site_id: string;
  ticket_id: string;
  slot_id: string;
  dose: number;
  status: ReservationStatus;
  pair_id: string | null;
  made_by: MadeBy;
  created_at: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

const COLUMNS = `id, site_id, ticket_id, slot_id, dose, status, pair_id, made_by, created_at, cancelled_at, cancel_reason`;

function toView(row: ReservationRow): ReservationView {
  return {
    id: row.id,
    siteId: row.site_id,
    ticketId: row.ticket_id,
    slotId: row.slot_id,
    dose: row.dose,
    status: row.status,
    pairId: row.pair_id,
    madeBy: row.made_by,
    createdAt: pgTimestamp(row.created_at),
    cancelledAt: row.cancelled_at ? pgTimestamp(row.cancelled_at) : null,
    cancelReason: row.cancel_reason,
  };
}

export type BookingOutcome =
  | { ok: true; reservations: ReservationView[] }
  | { ok: false; reason: 'SLOT_FULL'; slotId: string }
  | { ok: false; reason: 'ALREADY_BOOKED' };

export type BulkBookingOutcome =
  | { ok: true; reservations: ReservationView[] }
  | { ok: false; reason: 'SLOT_FULL'; slotIds: string[] }
  | { ok: false; reason: 'ALREADY_BOOKED' };

class BulkRollback extends Error {
  constructor(readonly outcome: Exclude<BulkBookingOutcome, { ok: true }>) {
    super(outcome.reason);
  }
}

class Rollback extends Error {
  constructor(readonly outcome: Exclude<BookingOutcome, { ok: true }>) {
    super(outcome.reason);
  }
}

/**
 * Where a booking is written. Capacity is decided by PostgreSQL, never by a read in JavaScript:
 * the reservation rows go in first (the partial unique index refuses a second active reservation for the
 * same ticket and dose), then each slot's count is raised by a conditional UPDATE that only succeeds while
 * `reserved < capacity`, slots in id order so two set bookings cannot deadlock. If any slot is full the
 * whole transaction rolls back: both doses of a set or neither. The CHECK constraint on `slot` stands behind it.
 */
export class ReservationRepository {
  async book(
    em: EntityManager,
    booking: { siteId: string; ticketId: string; madeBy: MadeBy; items: { slotId: string; dose: number }[] },
    listeners: readonly ReservationListener[],
  ): Promise<BookingOutcome> {
    const pairId = booking.items.length > 1 ? randomUUID() : null;
    try {
      return await em.transactional(async (tx) => {
        let rows: ReservationRow[];
        try {
          rows = await sql<ReservationRow>(
            tx,
            `insert into reservation (site_id, ticket_id, slot_id, dose, pair_id, made_by)
             select ?, ?, item.slot_id, item.dose, ?, ?
               from unnest(?::uuid[], ?::int[]) as item (slot_id, dose)
             returning ${COLUMNS}`,
            [
              booking.siteId,
              booking.ticketId,
              pairId,
              booking.madeBy,
              pgArray(booking.items.map((i) => i.slotId)),
              pgArray(booking.items.map((i) => i.dose)),
            ],
          );
        } catch (error) {
          if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION)
            throw new Rollback({ ok: false, reason: 'ALREADY_BOOKED' });
          throw error;
        }
        const reservations = rows.map(toView).sort((a, b) => a.dose - b.dose);
        for (const listener of listeners) await listener.booked(tx, reservations);
        for (const slotId of booking.items.map((i) => i.slotId).sort()) {
          const raised = await sql(
            tx,
            `update slot set reserved = reserved + 1
              where id = ? and status = 'OPEN' and reserved < capacity and starts_at > now()
              returning id`,
            [slotId],
          );
          if (raised.length === 0) throw new Rollback({ ok: false, reason: 'SLOT_FULL', slotId });
        }
        return { ok: true, reservations };
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome;
      throw error;
    }
  }

  /**
   * Many bookings in one transaction (a bulk file): one INSERT for every reservation row, the listeners once
   * with all of them, then the slots locked in id order and each raised by its count in one conditional
   * UPDATE. Any slot that cannot take its rows rolls everything back: the whole file or nothing.
   */
  async bookMany(
    em: EntityManager,
    bookings: {
      siteId: string;
      ticketId: string;
      madeBy: MadeBy;
      items: { slotId: string; dose: number }[];
    }[],
    listeners: readonly ReservationListener[],
  ): Promise<BulkBookingOutcome> {
    const rows = bookings.flatMap((booking) => {
      const pairId = booking.items.length > 1 ? randomUUID() : null;
      return booking.items.map((item) => ({ ...booking, ...item, pairId }));
    });
    const perSlot = new Map<string, number>();
    for (const row of rows) perSlot.set(row.slotId, (perSlot.get(row.slotId) ?? 0) + 1);
    const slotIds = [...perSlot.keys()].sort();
    try {
      return await em.transactional(async (tx) => {
        let inserted: ReservationRow[];
        try {
          inserted = await sql<ReservationRow>(
            tx,
            `insert into reservation (site_id, ticket_id, slot_id, dose, pair_id, made_by)
             select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::int[], ?::uuid[], ?::text[])
             returning ${COLUMNS}`,
            [
              pgArray(rows.map((r) => r.siteId)),
              pgArray(rows.map((r) => r.ticketId)),
              pgArray(rows.map((r) => r.slotId)),
              pgArray(rows.map((r) => r.dose)),
              pgArray(rows.map((r) => r.pairId)),
              pgArray(rows.map((r) => r.madeBy)),
            ],
          );
        } catch (error) {
          if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION)
            throw new BulkRollback({ ok: false, reason: 'ALREADY_BOOKED' });
          throw error;
        }
        const reservations = inserted.map(toView);
        for (const listener of listeners) await listener.booked(tx, reservations);
        await sql(tx, `select id from slot where id = any(?::uuid[]) order by id for update`, [
          pgArray(slotIds),
        ]);
        const raised = await sql<{ id: string }>(
          tx,
          `update slot set reserved = reserved + c.n
             from unnest(?::uuid[], ?::int[]) as c (id, n)
            where slot.id = c.id and slot.status = 'OPEN' and slot.reserved + c.n <= slot.capacity
              and slot.starts_at > now()
           returning slot.id`,
          [pgArray(slotIds), pgArray(slotIds.map((id) => perSlot.get(id)!))],
        );
        if (raised.length !== slotIds.length) {
          const ok = new Set(raised.map((r) => r.id));
          throw new BulkRollback({
            ok: false,
            reason: 'SLOT_FULL',
            slotIds: slotIds.filter((id) => !ok.has(id)),
          });
        }
        return { ok: true, reservations };
      });
    } catch (error) {
      if (error instanceof BulkRollback) return error.outcome;
      throw error;
    }
  }

  /** Cancels the given BOOKED reservations and gives their places back, in one transaction. */
  async cancel(
    em: EntityManager,
    reservationIds: string[],
    cancellation: { by: CancelledBy; reason: string | null },
    listeners: readonly ReservationListener[],
  ): Promise<ReservationView[]> {
    return em.transactional(async (tx) => {
      const rows = await sql<ReservationRow>(
        tx,
        `update reservation set status = 'CANCELLED', cancelled_at = now(), cancel_reason = ?
          where id = any(?::uuid[]) and status = 'BOOKED'
          returning ${COLUMNS}`,
        [cancellation.reason, pgArray(reservationIds)],
      );
      const cancelled = rows.map(toView);
      if (cancelled.length > 0) {
        for (const listener of listeners)
          await listener.cancelled(tx, cancelled, cancellation.by, cancellation.reason);
      }
      for (const slotId of rows.map((r) => r.slot_id).sort()) {
        await sql(tx, `update slot set reserved = reserved - 1 where id = ?`, [slotId]);
      }
      return cancelled;
    });
  }

  /** BOOKED reservations in a slot, with the other dose of each set they belong to. */
  async bookedInSlotWithPartners(em: EntityManager, slotId: string): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `select r.id from reservation r
        where r.status = 'BOOKED'
          and (r.slot_id = ? or r.pair_id in (select pair_id from reservation where slot_id = ? and status = 'BOOKED' and pair_id is not null))`,
      [slotId, slotId],
    );
    return rows.map((row) => row.id);
  }

  async findById(em: EntityManager, id: string): Promise<ReservationView | undefined> {
    const [row] = await sql<ReservationRow>(em, `select ${COLUMNS} from reservation where id = ?`, [id]);
    return row && toView(row);
  }

  async findByPair(em: EntityManager, pairId: string): Promise<ReservationView[]> {
    const rows = await sql<ReservationRow>(
      em,
      `select ${COLUMNS} from reservation where pair_id = ? order by dose`,
      [pairId],
    );
    return rows.map(toView);
  }

  async findByTicket(em: EntityManager, ticketId: string): Promise<ReservationView[]> {
    const rows = await sql<ReservationRow>(
      em,
      `select ${COLUMNS} from reservation where ticket_id = ? order by dose, created_at`,
      [ticketId],
    );
    return rows.map(toView);
  }

  /** activeDosesOf for many tickets in one statement. */
  async activeDosesOfMany(em: EntityManager, ticketIds: string[]) {
    const rows = await sql<{
      ticket_id: string;
      dose: number;
      slot_id: string;
      vaccine_id: string;
      starts_at: string;
      venue_id: string;
    }>(
      em,
      `select r.ticket_id, r.dose, r.slot_id, s.vaccine_id, s.starts_at, s.venue_id
         from reservation r join slot s on s.id = r.slot_id
        where r.ticket_id = any(?::uuid[]) and r.status in ('BOOKED', 'VACCINATED')`,
      [pgArray(ticketIds)],
    );
    const byTicket = new Map<
      string,
      { dose: number; slotId: string; vaccineId: string; startsAt: Date; venueId: string }[]
    >();
    for (const row of rows) {
      let list = byTicket.get(row.ticket_id);
      if (!list) byTicket.set(row.ticket_id, (list = []));
      list.push({
        dose: row.dose,
        slotId: row.slot_id,
        vaccineId: row.vaccine_id,
        startsAt: pgTimestamp(row.starts_at),
        venueId: row.venue_id,
      });
    }
    return byTicket;
  }

  /** Active reservations of a ticket with the facts the interval rules need. */
  async activeDosesOf(em: EntityManager, ticketId: string) {
    const rows = await sql<{
      dose: number;
      slot_id: string;
      vaccine_id: string;
      starts_at: string;
      venue_id: string;
    }>(
      em,
      `select r.dose, r.slot_id, s.vaccine_id, s.starts_at, s.venue_id
         from reservation r join slot s on s.id = r.slot_id
        where r.ticket_id = ? and r.status in ('BOOKED', 'VACCINATED')`,
      [ticketId],
    );
    return rows.map((row) => ({
      dose: row.dose,
      slotId: row.slot_id,
      vaccineId: row.vaccine_id,
      startsAt: pgTimestamp(row.starts_at),
      venueId: row.venue_id,
    }));
  }
}
