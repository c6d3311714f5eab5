import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import {
  BOOK,
  CANCEL,
  CANCEL_SLOT,
  CREATE_SLOT,
  MY_RESERVATIONS,
  RECIPIENT_LOGIN,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

async function reservationRows(campaign: Campaign): Promise<number> {
  const [row] = await server.query<{ n: number }>(
    `select count(*)::int as n from reservation where site_id = ?`,
    [campaign.site.id],
  );
  return row!.n;
}

describe('bad input is refused with a typed error and writes nothing', () => {
  it('an unknown ticket number and a wrong birth date both get INVALID_CREDENTIALS', async () => {
    const campaign = await Campaign.create(server);
    const [number] = await campaign.tickets(1);
    const caller = server.caller();
    const unknown = await caller.data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: '0123456789', birthDate: BIRTH_DATE },
    });
    const wrongBirthDate = await caller.data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: '1980-05-06' },
    });
    for (const result of [unknown, wrongBirthDate]) {
      expect(result.recipientLogin).toMatchObject({
        ok: false,
        token: null,
        error: { code: 'INVALID_CREDENTIALS' },
      });
    }
    const [sessions] = await server.query<{ n: number }>(
      `select count(*)::int as n from session where site_id = ?`,
      [campaign.site.id],
    );
    expect(sessions!.n).toBe(0);
  });

  it('a malformed ticket number is a BAD_USER_INPUT error', async () => {
    const campaign = await Campaign.create(server);
    const code = await server.caller().errorCode(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: '12345abcde', birthDate: BIRTH_DATE },
    });
    expect(code).toBe('BAD_USER_INPUT');
  });

  it('a slot of another site is SLOT_NOT_FOUND, a past slot and a cancelled slot are SLOT_UNAVAILABLE', async () => {
    const campaign = await Campaign.create(server);
    const otherTenant = await Campaign.create(server);
    const foreignSlot = await otherTenant.slot(tokyoAt(3, '10:00'), 5);
    const pastSlot = await campaign.slot(tokyoAt(-1, '10:00'), 5);
    const cancelledSlot = await campaign.slot(tokyoAt(3, '11:00'), 5);
    await campaign.operator.data(CANCEL_SLOT, { input: { slotId: cancelledSlot, reason: 'Venue closed' } });
    const [recipient] = await campaign.recipients(1);

    const codes = [];
    for (const slotId of [foreignSlot, pastSlot, cancelledSlot]) {
      const { bookReservation } = await recipient!.data(BOOK, { input: { slotId } });
      expect(bookReservation.ok).toBe(false);
      codes.push(bookReservation.error!.code);
    }
    expect(codes).toEqual(['SLOT_NOT_FOUND', 'SLOT_UNAVAILABLE', 'SLOT_UNAVAILABLE']);
    expect(await recipient!.errorCode(BOOK, { input: { slotId: 'not-a-uuid' } })).toBe('BAD_USER_INPUT');
    expect(await reservationRows(campaign)).toBe(0);
    expect(await reservationRows(otherTenant)).toBe(0);
  });

  it('booking before registering the profile is REGISTRATION_REQUIRED', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const [number] = await campaign.tickets(1);
    const unregistered = await campaign.login(number!);
    const { bookReservation } = await unregistered.data(BOOK, { input: { slotId } });
    expect(bookReservation.error?.code).toBe('REGISTRATION_REQUIRED');
    expect(await reservationRows(campaign)).toBe(0);
  });

  it('booking before the site opens is NOT_OPEN_YET', async () => {
    const campaign = await Campaign.create(server, {
      bookingOpensAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const [recipient] = await campaign.recipients(1);
    const { bookReservation } = await recipient!.data(BOOK, { input: { slotId } });
    expect(bookReservation.error?.code).toBe('NOT_OPEN_YET');
    expect(await reservationRows(campaign)).toBe(0);
  });

  it('a slot that ends before it starts is a BAD_USER_INPUT error', async () => {
    const campaign = await Campaign.create(server);
    const startsAt = tokyoAt(3, '10:00');
    const code = await campaign.operator.errorCode(CREATE_SLOT, {
      input: {
        venueId: campaign.venueId,
        vaccineId: campaign.vaccineId,
        startsAt: startsAt.toISOString(),
        endsAt: startsAt.toISOString(),
        capacity: 5,
      },
    });
    expect(code).toBe('BAD_USER_INPUT');
  });
});

describe('dose rules', () => {
  it('dose 2 without dose 1 is NOT_ELIGIBLE; too early is INTERVAL_TOO_SHORT; too late is INTERVAL_TOO_LONG; on time is ok', async () => {
    const campaign = await Campaign.create(server, { intervalDays: 21, windowDays: 7 });
    const first = await campaign.slot(tokyoAt(1, '10:00'), 5);
    const early = await campaign.slot(tokyoAt(20, '10:00'), 5);
    const late = await campaign.slot(tokyoAt(30, '10:00'), 5);
    const onTime = await campaign.slot(tokyoAt(24, '10:00'), 5);
    const [recipient] = await campaign.recipients(1);
    const book = async (slotId: string, dose: number) =>
      (await recipient!.data(BOOK, { input: { slotId, dose } })).bookReservation;

    expect((await book(onTime, 2)).error?.code).toBe('NOT_ELIGIBLE');
    expect((await book(first, 1)).ok).toBe(true);
    expect((await book(early, 2)).error?.code).toBe('INTERVAL_TOO_SHORT');
    expect((await book(late, 2)).error?.code).toBe('INTERVAL_TOO_LONG');
    expect((await book(onTime, 2)).ok).toBe(true);
    expect((await book(onTime, 3)).error?.code).toBe('NOT_ELIGIBLE');
  });

  it('SET mode books dose 2 at the same venue and time exactly the interval later, or SECOND_DOSE_UNAVAILABLE and nothing', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 28 });
    const withPartner = await campaign.slot(tokyoAt(2, '09:30'), 5);
    const partner = await campaign.slot(tokyoAt(30, '09:30'), 5);
    const withoutPartner = await campaign.slot(tokyoAt(2, '13:00'), 5);
    await campaign.slot(tokyoAt(30, '13:30'), 5); // same day, different time: not a partner
    const [a, b] = await campaign.recipients(2);

    const paired = (await a!.data(BOOK, { input: { slotId: withPartner } })).bookReservation;
    expect(paired.ok).toBe(true);
    expect(paired.reservations.map((r) => r.slot.id)).toEqual([withPartner, partner]);
    expect(new Set(paired.reservations.map((r) => r.pairId)).size).toBe(1);

    const lonely = (await b!.data(BOOK, { input: { slotId: withoutPartner } })).bookReservation;
    expect(lonely.error?.code).toBe('SECOND_DOSE_UNAVAILABLE');
    const [row] = await server.query<{ reserved: number }>(`select reserved from slot where id = ?`, [
      withoutPartner,
    ]);
    expect(row!.reserved).toBe(0);
  });
});

describe('cancellation', () => {
  it('cancelling dose 1 of a set cancels dose 2 and gives both places back', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const first = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const second = await campaign.slot(tokyoAt(24, '10:00'), 5);
    const [recipient] = await campaign.recipients(1);
    const booked = (await recipient!.data(BOOK, { input: { slotId: first } })).bookReservation;

    const { cancelReservation } = await recipient!.data(CANCEL, {
      input: { reservationId: booked.reservations[0]!.id },
    });
    expect(cancelReservation.ok).toBe(true);
    expect(cancelReservation.cancelled.map((r) => r.dose).sort()).toEqual([1, 2]);
    const rows = await server.query<{ reserved: number }>(`select reserved from slot where id in (?, ?)`, [
      first,
      second,
    ]);
    expect(rows.map((r) => r.reserved)).toEqual([0, 0]);
    const { myReservations } = await recipient!.data(MY_RESERVATIONS);
    expect(myReservations.map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('after the cut-off the recipient gets CUTOFF_PASSED and the booking stays', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 24 });
    const soon = await campaign.slot(new Date(Date.now() + 3 * 3600_000), 5);
    const [recipient] = await campaign.recipients(1);
    const booked = (await recipient!.data(BOOK, { input: { slotId: soon } })).bookReservation;
    const { cancelReservation } = await recipient!.data(CANCEL, {
      input: { reservationId: booked.reservations[0]!.id },
    });
    expect(cancelReservation).toMatchObject({ ok: false, error: { code: 'CUTOFF_PASSED' } });
    const [row] = await server.query<{ reserved: number }>(`select reserved from slot where id = ?`, [soon]);
    expect(row!.reserved).toBe(1);
  });

  it('nobody can cancel someone else’s reservation', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const [owner, stranger] = await campaign.recipients(2);
    const booked = (await owner!.data(BOOK, { input: { slotId } })).bookReservation;
    const { cancelReservation } = await stranger!.data(CANCEL, {
      input: { reservationId: booked.reservations[0]!.id },
    });
    expect(cancelReservation).toMatchObject({ ok: false, error: { code: 'RESERVATION_NOT_FOUND' } });
  });

  it('an admin cancelling a slot cancels its bookings with the reason and frees the set partner', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const first = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const second = await campaign.slot(tokyoAt(24, '10:00'), 5);
    const [recipient] = await campaign.recipients(1);
    await recipient!.data(BOOK, { input: { slotId: first } });

    const { cancelSlot } = await campaign.operator.data(CANCEL_SLOT, {
      input: { slotId: first, reason: '会場の都合により中止' },
    });
    expect(cancelSlot).toEqual({
      slot: { id: first, status: 'CANCELLED', remaining: 0 },
      cancelledReservations: 2,
    });
    const rows = await server.query<{ id: string; reserved: number }>(
      `select id, reserved from slot where id in (?, ?)`,
      [first, second],
    );
    expect(rows.every((r) => r.reserved === 0)).toBe(true);
    const reasons = await server.query<{ cancel_reason: string }>(
      `select cancel_reason from reservation where site_id = ?`,
      [campaign.site.id],
    );
    expect(reasons.map((r) => r.cancel_reason)).toEqual(['会場の都合により中止', '会場の都合により中止']);
  });
});
