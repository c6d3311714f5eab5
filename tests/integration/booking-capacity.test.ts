import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
  ReservationRepository,
  type BookingOutcome,
} from '../../server/src/modules/reservations/reservation.repository.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

async function activeReservations(slotId: string): Promise<number> {
  const [row] = await server.query<{ n: number }>(
    `select count(*)::int as n from reservation where slot_id = ? and status in ('BOOKED', 'VACCINATED')`,
    [slotId],
  );
  return row!.n;
}

async function reservedCount(slotId: string): Promise<number> {
  const [row] = await server.query<{ reserved: number }>(`select reserved from slot where id = ?`, [slotId]);
  return row!.reserved;
}

/** `people` recipients of a new campaign book dose 1 of one slot (3 days ahead, at `time`) all at once. */
async function crowdBooks(time: string, capacity: number, people: number) {
  const campaign = await Campaign.create(server);
  const slotId = await campaign.slot(tokyoAt(3, time), capacity);
  const recipients = await campaign.recipients(people);
  const results = await Promise.all(recipients.map((r) => r.data(BOOK, { input: { slotId, dose: 1 } })));
  return { slotId, results };
}

describe('capacity under concurrency', () => {
  it('the 20 places of a slot go to exactly 20 of 200 recipients booking at once; 180 get SLOT_FULL', async () => {
    const { slotId, results } = await crowdBooks('10:00', 20, 200);

    const ok = results.filter((r) => r.bookReservation.ok);
    const full = results.filter((r) => r.bookReservation.error?.code === 'SLOT_FULL');
    expect(ok).toHaveLength(20);
    expect(full).toHaveLength(180);
    expect(await reservedCount(slotId)).toBe(20);
    expect(await activeReservations(slotId)).toBe(20);
  });

  it('a crowd at one slot is committed together: its 20 places take fewer than 20 transactions', async () => {
    const { slotId, results } = await crowdBooks('11:00', 20, 100);

    expect(results.filter((r) => r.bookReservation.ok)).toHaveLength(20);
    // A row's xmin is the transaction that inserted it.
    const [row] = await server.query<{ transactions: number }>(
      `select count(distinct xmin::text)::int as transactions from reservation where slot_id = ?`,
      [slotId],
    );
    expect(row!.transactions).toBeLessThan(20);
    expect(await reservedCount(slotId)).toBe(20);
  });

  it('a shared commit that does not fit gives the places left to the first in one more commit; the others are refused without a try each', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '12:00'), 3);
    // 8 people: as many as the gate lets through to one slot at once, so none of them waits there.
    const recipients = await campaign.recipients(8);
    // Every booking the engine sends on its own, and what the database answered it.
    const alone: BookingOutcome[] = [];
    const { book } = ReservationRepository.prototype as {
      book: (...args: unknown[]) => Promise<BookingOutcome>;
    };
    const spy = vi.spyOn(ReservationRepository.prototype, 'book').mockImplementation(async function (
      this: ReservationRepository,
      ...args
    ) {
      const outcome = await book.apply(this, args);
      alone.push(outcome);
      return outcome;
    });
    // The slot's row held by another transaction: the first commit waits on it, and everyone else queues
    // behind that commit in memory.
    const holder = new pg.Client({ connectionString: inject('databaseUrl') });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from slot where id = $1 for update', [slotId]);
      const booking = Promise.all(recipients.map((r) => r.data(BOOK, { input: { slotId, dose: 1 } })));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await holder.query('commit');
      const results = await booking;

      expect(results.filter((r) => r.bookReservation.ok)).toHaveLength(3);
      expect(results.filter((r) => r.bookReservation.error?.code === 'SLOT_FULL')).toHaveLength(5);
      expect(await reservedCount(slotId)).toBe(3);
      expect(await activeReservations(slotId)).toBe(3);
      // Before, a shared commit that did not fit sent each of its bookings on its own: five refusals at least.
      expect(alone.filter((outcome) => !outcome.ok)).toEqual([]);
    } finally {
      spy.mockRestore();
      await holder.end();
    }
  });

  it('in SET mode with scarcer dose-2 places, no dose 1 is ever held without its dose 2', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const first = await campaign.slot(tokyoAt(2, '11:00'), 30);
    const second = await campaign.slot(tokyoAt(23, '11:00'), 10);
    const recipients = await campaign.recipients(40);

    const results = await Promise.all(
      recipients.map((r) => r.data(BOOK, { input: { slotId: first, dose: 1 } })),
    );

    const ok = results.filter((r) => r.bookReservation.ok);
    expect(ok).toHaveLength(10);
    for (const result of ok) {
      expect(result.bookReservation.reservations.map((r) => [r.dose, r.slot.id])).toEqual([
        [1, first],
        [2, second],
      ]);
    }
    expect(results.filter((r) => r.bookReservation.error?.code === 'SECOND_DOSE_UNAVAILABLE').length).toBe(
      30,
    );
    const orphans = await server.query<{ n: number }>(
      `select count(*)::int as n from reservation d1
        where d1.slot_id = ? and d1.dose = 1 and d1.status = 'BOOKED'
          and not exists (select 1 from reservation d2 where d2.pair_id = d1.pair_id and d2.dose = 2 and d2.status = 'BOOKED')`,
      [first],
    );
    expect(orphans[0]!.n).toBe(0);
    expect(await reservedCount(first)).toBe(10);
    expect(await reservedCount(second)).toBe(10);
    expect(await activeReservations(first)).toBe(10);
  });

  it('one recipient firing 10 parallel bookings for the same dose holds exactly one', async () => {
    const campaign = await Campaign.create(server);
    const slots = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        campaign.slot(tokyoAt(4, `${10 + (i % 5)}:${i < 5 ? '00' : '30'}`), 5),
      ),
    );
    const [recipient] = await campaign.recipients(1);

    const results = await Promise.all(
      slots.map((slotId) => recipient!.data(BOOK, { input: { slotId, dose: 1 } })),
    );

    expect(results.filter((r) => r.bookReservation.ok)).toHaveLength(1);
    expect(results.filter((r) => r.bookReservation.error?.code === 'ALREADY_BOOKED')).toHaveLength(9);
    const [row] = await server.query<{ reserved: number; active: number }>(
      `select (select sum(reserved)::int from slot where id = any(?::uuid[])) as reserved,
              (select count(*)::int from reservation r join ticket t on t.id = r.ticket_id
                where t.number = ? and t.site_id = ? and r.status = 'BOOKED') as active`,
      [`{${slots.join(',')}}`, recipient!.ticketNumber, campaign.site.id],
    );
    expect(row).toEqual({ reserved: 1, active: 1 });
  });

  it('the database refuses a count above capacity even when asked directly', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 1);
    await expect(server.query(`update slot set reserved = 2 where id = ?`, [slotId])).rejects.toThrow(
      /slot_reserved_within_capacity/,
    );
  });

  it('every pooled connection has the booking path prepared, planned once and generically', async () => {
    const prepared = await server.query<{ name: string; custom_plans: number }>(
      `select name, custom_plans::int from pg_prepared_statements order by name`,
    );
    const [mode] = await server.query<{ plan_cache_mode: string }>(`show plan_cache_mode`);

    expect(prepared.map((p) => p.name)).toEqual([
      'active_sessions',
      'append_events',
      'booking_facts',
      'insert_reservations',
      'queue_booking_confirmations',
      'raise_slot',
      'remember_booking_keys',
    ]);
    expect(prepared.every((p) => p.custom_plans === 0)).toBe(true);
    expect(mode!.plan_cache_mode).toBe('force_generic_plan');
  });
});
