import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller, Operation } from '../testkit/graphql-client.js';
import { AVAILABILITY, BOOK, CANCEL_SLOT, CREATE_VENUE, PROXY_BOOK } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import {
  CAMPAIGN_CHART,
  CLOSE_SLOTS,
  CREATE_SLOTS,
  PREVIEW_SLOTS,
  REOPEN_SLOTS,
  SLOT_CALENDAR,
  UPDATE_SLOT_CAPACITY,
  UPDATE_VACCINE,
  UPDATE_VENUE,
  VENUE_BOARD,
} from '../testkit/venue-slot-operations.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

/** One recipient books the slot; the answer's code (or OK). */
async function bookOnce(campaign: Campaign, slotId: string): Promise<string> {
  const [recipient] = await campaign.recipients(1);
  const { bookReservation } = await recipient!.data(BOOK, { input: { slotId } });
  return bookReservation.ok ? 'OK' : bookReservation.error!.code;
}

async function slotRow(slotId: string) {
  const [row] = await server.query<{ capacity: number; reserved: number; status: string; booked: number }>(
    `select capacity, reserved, status,
            (select count(*)::int from reservation r where r.slot_id = s.id and r.status = 'BOOKED') as booked
       from slot s where id = ?`,
    [slotId],
  );
  return row!;
}

describe('editing venues and vaccines', () => {
  it('a site admin renames a venue and changes its address and access note; a name taken in the site is CONFLICT and changes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { updateVenue } = await admin.data(UPDATE_VENUE, {
      input: {
        venueId: campaign.venueId,
        name: '中央公民館',
        address: '東京都千代田区1-1',
        accessInfo: '2階ホール。正面入口からお入りください',
      },
    });
    expect(updateVenue).toMatchObject({
      id: campaign.venueId,
      name: '中央公民館',
      address: '東京都千代田区1-1',
      accessInfo: '2階ホール。正面入口からお入りください',
      closed: false,
    });
    // Fields left out stay as they are.
    const { updateVenue: addressOnly } = await admin.data(UPDATE_VENUE, {
      input: { venueId: campaign.venueId, address: '東京都千代田区2-2' },
    });
    expect(addressOnly).toMatchObject({ name: '中央公民館', address: '東京都千代田区2-2' });

    await admin.data(CREATE_VENUE, {
      input: { siteId: campaign.site.id, name: '第二会場', address: '', vaccineIds: [campaign.vaccineId] },
    });
    const taken = await admin.request(UPDATE_VENUE, {
      input: { venueId: campaign.venueId, name: '第二会場' },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const [row] = await server.query<{ name: string }>(`select name from venue where id = ?`, [
      campaign.venueId,
    ]);
    expect(row!.name).toBe('中央公民館');
  });

  it('a site admin edits a vaccine’s name and interval; two doses without an interval is BAD_USER_INPUT and changes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { updateVaccine } = await admin.data(UPDATE_VACCINE, {
      input: {
        vaccineId: campaign.vaccineId,
        name: 'モデルナ',
        manufacturer: '武田/モデルナ',
        doseIntervalDays: 28,
      },
    });
    expect(updateVaccine).toMatchObject({
      name: 'モデルナ',
      manufacturer: '武田/モデルナ',
      doses: 2,
      doseIntervalDays: 28,
      intervalWindowDays: 14,
    });
    const bad = await admin.request(UPDATE_VACCINE, {
      input: { vaccineId: campaign.vaccineId, doseIntervalDays: 0 },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doseIntervalDays' });
    const [row] = await server.query<{ dose_interval_days: number }>(
      `select dose_interval_days from vaccine where id = ?`,
      [campaign.vaccineId],
    );
    expect(row!.dose_interval_days).toBe(28);
  });
});

describe('slot capacity', () => {
  it('a capacity below the places booked is refused with CAPACITY_BELOW_BOOKED naming booked and requested, and nothing changes', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(4, '10:00'), 5);
    for (let i = 0; i < 3; i++) expect(await bookOnce(campaign, slotId)).toBe('OK');

    const { updateSlotCapacity: refused } = await admin.data(UPDATE_SLOT_CAPACITY, {
      input: { slotId, capacity: 2 },
    });
    expect(refused).toMatchObject({
      ok: false,
      slot: { id: slotId, capacity: 5, remaining: 2 },
      error: { code: 'CAPACITY_BELOW_BOOKED', booked: 3, requested: 2 },
    });
    expect(refused.error!.message).toContain('3');
    expect(await slotRow(slotId)).toMatchObject({ capacity: 5, reserved: 3 });

    // Down to exactly what is booked: the slot is full and the next booking is refused.
    const { updateSlotCapacity: exact } = await admin.data(UPDATE_SLOT_CAPACITY, {
      input: { slotId, capacity: 3 },
    });
    expect(exact).toMatchObject({ ok: true, slot: { capacity: 3, remaining: 0 }, error: null });
    expect(await bookOnce(campaign, slotId)).toBe('SLOT_FULL');

    // Up again: a place opens.
    await admin.data(UPDATE_SLOT_CAPACITY, { input: { slotId, capacity: 4 } });
    expect(await bookOnce(campaign, slotId)).toBe('OK');
    expect(await slotRow(slotId)).toMatchObject({ capacity: 4, reserved: 4, booked: 4 });
  });

  it('a cancelled slot’s capacity cannot change: SLOT_CANCELLED', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(4, '11:00'), 5);
    await admin.data(CANCEL_SLOT, { input: { slotId, reason: '中止' } });
    const { updateSlotCapacity } = await admin.data(UPDATE_SLOT_CAPACITY, { input: { slotId, capacity: 9 } });
    expect(updateSlotCapacity).toMatchObject({ ok: false, error: { code: 'SLOT_CANCELLED' } });
    expect(await slotRow(slotId)).toMatchObject({ capacity: 5 });
  });

  it('capacity lowered while 24 bookings race for 20 places: never capacity < booked, every answer consistent with the database', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(6, '10:00'), 20);
    const recipients = await campaign.recipients(24);
    // Six are in before the race, so the lowest requests are refused whatever the timing.
    for (const r of recipients.slice(0, 6))
      expect((await r.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);
    const requests = [16, 5, 12, 14, 9, 18, 4, 11, 13, 17, 10];
    // Bookings and changes are spread over the same ~40 ms, so they land between each other.
    const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const bookings = recipients
      .slice(6)
      .map((r, i) => later(i * 2).then(() => r.data(BOOK, { input: { slotId } })));
    const changes = requests.map(async (capacity, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 4));
      return {
        capacity,
        result: (await admin.data(UPDATE_SLOT_CAPACITY, { input: { slotId, capacity } })).updateSlotCapacity,
      };
    });
    const [booked, changed] = await Promise.all([Promise.all(bookings), Promise.all(changes)]);

    const okBookings = 6 + booked.filter((b) => b.bookReservation.ok).length;
    expect(okBookings).toBeGreaterThan(6);
    for (const b of booked.filter((b) => !b.bookReservation.ok))
      expect(b.bookReservation.error!.code).toBe('SLOT_FULL');
    for (const { capacity, result } of changed) {
      if (result.ok) {
        expect(result.slot!.capacity).toBe(capacity);
        expect(result.slot!.remaining).toBeGreaterThanOrEqual(0);
      } else {
        expect(result.error).toMatchObject({ code: 'CAPACITY_BELOW_BOOKED', requested: capacity });
        expect(result.error!.booked!).toBeGreaterThan(capacity);
      }
    }
    const row = await slotRow(slotId);
    expect(row.reserved).toBeLessThanOrEqual(row.capacity);
    expect(row.reserved).toBe(okBookings);
    expect(row.booked).toBe(okBookings);
    expect([20, ...changed.filter((c) => c.result.ok).map((c) => c.capacity)]).toContain(row.capacity);
    console.log(
      `capacity race: ${okBookings}/24 booked, changes ${changed.map((c) => `${c.capacity}:${c.result.ok ? 'ok' : `refused(${c.result.error!.booked})`}`).join(' ')}, final ${row.reserved}/${row.capacity}`,
    );
  });
});

describe('closing and reopening', () => {
  it('a closed slot refuses new bookings and keeps its bookings; reopened, it takes bookings again; a cancelled slot cannot reopen', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 5);
    expect(await bookOnce(campaign, slotId)).toBe('OK');

    const { closeSlots } = await admin.data(CLOSE_SLOTS, { input: { slotId } });
    expect(closeSlots).toMatchObject({ ok: true, slots: [{ id: slotId, status: 'CLOSED' }], error: null });
    expect(await bookOnce(campaign, slotId)).toBe('SLOT_UNAVAILABLE');
    // An admin booking on someone's behalf is refused too.
    const [ticketNumber] = await campaign.tickets(1);
    const [ticket] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = ?`,
      [campaign.site.id, ticketNumber],
    );
    const { proxyBookReservation } = await admin.data(PROXY_BOOK, {
      input: { ticketId: ticket!.id, slotId },
    });
    expect(proxyBookReservation).toMatchObject({ ok: false, error: { code: 'SLOT_UNAVAILABLE' } });
    expect(await slotRow(slotId)).toMatchObject({ status: 'CLOSED', reserved: 1, booked: 1 });
    // Closing again changes nothing and is no error.
    expect((await admin.data(CLOSE_SLOTS, { input: { slotId } })).closeSlots).toMatchObject({
      ok: true,
      slots: [],
    });

    const { reopenSlots } = await admin.data(REOPEN_SLOTS, { input: { slotId } });
    expect(reopenSlots).toMatchObject({ ok: true, slots: [{ id: slotId, status: 'OPEN' }] });
    expect(await bookOnce(campaign, slotId)).toBe('OK');
    expect(await slotRow(slotId)).toMatchObject({ status: 'OPEN', reserved: 2, booked: 2 });

    await admin.data(CANCEL_SLOT, { input: { slotId, reason: '中止' } });
    const { reopenSlots: cancelled } = await admin.data(REOPEN_SLOTS, { input: { slotId } });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'SLOT_CANCELLED' } });
    expect(await slotRow(slotId)).toMatchObject({ status: 'CANCELLED' });
  });

  it('closing a venue’s day closes only that day’s slots, in the site’s time zone; reopening the day opens them', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    // 00:30 and 23:30 Tokyo are on the day in Tokyo but on other days in UTC.
    const early = await campaign.slot(tokyoAt(7, '00:30'), 5);
    const late = await campaign.slot(tokyoAt(7, '23:00'), 5);
    const nextDay = await campaign.slot(tokyoAt(8, '00:00'), 5);
    const { closeSlots } = await admin.data(CLOSE_SLOTS, {
      input: { venueId: campaign.venueId, date: tokyoDate(7) },
    });
    expect(closeSlots.ok).toBe(true);
    expect(closeSlots.slots.map((s) => s.id)).toEqual([early, late]);
    expect(await bookOnce(campaign, early)).toBe('SLOT_UNAVAILABLE');
    expect(await bookOnce(campaign, late)).toBe('SLOT_UNAVAILABLE');
    expect(await bookOnce(campaign, nextDay)).toBe('OK');

    const { reopenSlots } = await admin.data(REOPEN_SLOTS, {
      input: { venueId: campaign.venueId, date: tokyoDate(7) },
    });
    expect(reopenSlots.slots.map((s) => s.id)).toEqual([early, late]);
    expect(await bookOnce(campaign, early)).toBe('OK');
    expect(await bookOnce(campaign, late)).toBe('OK');
  });

  it('a closed venue takes no booking in any slot, new slots start closed, no slot or day of it reopens alone; reopening the venue opens them all', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const a = await campaign.slot(tokyoAt(9, '10:00'), 5);
    const b = await campaign.slot(tokyoAt(10, '10:00'), 5);
    expect(await bookOnce(campaign, a)).toBe('OK');

    const { closeSlots } = await admin.data(CLOSE_SLOTS, { input: { venueId: campaign.venueId } });
    expect(closeSlots).toMatchObject({ ok: true, venue: { id: campaign.venueId, closed: true } });
    expect(closeSlots.slots.map((s) => s.id)).toEqual([a, b]);
    expect(await bookOnce(campaign, a)).toBe('SLOT_UNAVAILABLE');
    expect(await bookOnce(campaign, b)).toBe('SLOT_UNAVAILABLE');
    expect(await slotRow(a)).toMatchObject({ reserved: 1, booked: 1 });

    const added = await campaign.slot(tokyoAt(11, '10:00'), 5);
    expect(await slotRow(added)).toMatchObject({ status: 'CLOSED' });
    expect((await admin.data(REOPEN_SLOTS, { input: { slotId: b } })).reopenSlots).toMatchObject({
      ok: false,
      error: { code: 'VENUE_CLOSED' },
    });
    expect(
      (await admin.data(REOPEN_SLOTS, { input: { venueId: campaign.venueId, date: tokyoDate(10) } }))
        .reopenSlots,
    ).toMatchObject({ ok: false, error: { code: 'VENUE_CLOSED' } });
    expect(await slotRow(b)).toMatchObject({ status: 'CLOSED' });

    const { reopenSlots } = await admin.data(REOPEN_SLOTS, { input: { venueId: campaign.venueId } });
    expect(reopenSlots).toMatchObject({ ok: true, venue: { closed: false } });
    expect(reopenSlots.slots.map((s) => s.id)).toEqual([a, b, added]);
    for (const slotId of [a, b, added]) expect(await bookOnce(campaign, slotId)).toBe('OK');
  });

  it('a day closed while 20 bookings race: every booking answered OK is kept and counted, every other refused, and none gets in after', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(8, '15:00'), 30);
    const recipients = await campaign.recipients(20);
    const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const bookings = recipients.map((r, i) => later(i * 2).then(() => r.data(BOOK, { input: { slotId } })));
    const close = later(20).then(() =>
      admin.data(CLOSE_SLOTS, { input: { venueId: campaign.venueId, date: tokyoDate(8) } }),
    );
    const [booked, closed] = await Promise.all([Promise.all(bookings), close]);
    expect(closed.closeSlots.slots.map((s) => s.id)).toEqual([slotId]);
    const ok = booked.filter((b) => b.bookReservation.ok).length;
    for (const b of booked.filter((b) => !b.bookReservation.ok))
      expect(['SLOT_UNAVAILABLE', 'SLOT_FULL']).toContain(b.bookReservation.error!.code);
    expect(await slotRow(slotId)).toMatchObject({ status: 'CLOSED', reserved: ok, booked: ok });
    expect(await bookOnce(campaign, slotId)).toBe('SLOT_UNAVAILABLE');
    expect(await slotRow(slotId)).toMatchObject({ reserved: ok });
    console.log(`close race: ${ok}/20 booked before the day closed`);
  });

  it('a scope with both a slot and a venue is BAD_USER_INPUT and closes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(5, '12:00'), 5);
    expect(await admin.errorCode(CLOSE_SLOTS, { input: { slotId, venueId: campaign.venueId } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await admin.errorCode(CLOSE_SLOTS, { input: {} })).toBe('BAD_USER_INPUT');
    expect(await slotRow(slotId)).toMatchObject({ status: 'OPEN' });
  });
});

describe('slot patterns', () => {
  it('the preview is exactly what createSlots then creates, in Tokyo wall-clock time, skipping (and naming) the slots that overlap', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const existing = await campaign.slot(tokyoAt(12, '10:15'), 3);
    const input = {
      venueId: campaign.venueId,
      dates: [tokyoDate(13), tokyoDate(12)],
      from: '09:00',
      to: '12:00',
      intervalMinutes: 30,
      capacity: 6,
    };
    const { previewSlots } = await admin.data(PREVIEW_SLOTS, { input });
    // The venue offers one vaccine: it is the preset.
    expect(previewSlots.vaccineId).toBe(campaign.vaccineId);
    expect(previewSlots.slots).toHaveLength(6 + 4);
    expect(previewSlots.slots[0]).toMatchObject({
      date: tokyoDate(12),
      startsAt: tokyoAt(12, '09:00').toISOString(),
      endsAt: tokyoAt(12, '09:30').toISOString(),
      capacity: 6,
    });
    expect(previewSlots.skipped.map((s) => [s.startsAt, s.reason, s.overlaps?.id])).toEqual([
      [tokyoAt(12, '10:00').toISOString(), 'OVERLAPS_EXISTING', existing],
      [tokyoAt(12, '10:30').toISOString(), 'OVERLAPS_EXISTING', existing],
    ]);
    const [{ n: before }] = (await server.query<{ n: number }>(
      `select count(*)::int as n from slot where venue_id = ?`,
      [campaign.venueId],
    )) as [{ n: number }];
    expect(before).toBe(1);

    const { createSlots } = await admin.data(CREATE_SLOTS, { input });
    expect(createSlots.created.map((s) => [s.startsAt, s.endsAt, s.capacity])).toEqual(
      previewSlots.slots.map((s) => [s.startsAt, s.endsAt, s.capacity]),
    );
    expect(createSlots.skipped.map((s) => s.startsAt)).toEqual(previewSlots.skipped.map((s) => s.startsAt));

    // The booking app lists them at the same instants (it shows them on the site's clock).
    const { availability } = await server.caller().data(AVAILABILITY, {
      venueId: campaign.venueId,
      vaccineId: campaign.vaccineId,
      from: tokyoDate(12),
      to: tokyoDate(13),
    });
    expect(availability.slots.map((s) => s.startsAt).sort()).toEqual(
      [...createSlots.created.map((s) => s.startsAt), tokyoAt(12, '10:15').toISOString()].sort(),
    );

    // Run again: everything overlaps, nothing is created.
    const { createSlots: again } = await admin.data(CREATE_SLOTS, { input });
    expect(again.created).toEqual([]);
    expect(again.skipped).toHaveLength(12);
  });

  it('a date range with weekdays makes slots only on those weekdays; the last slot ends by the day’s end', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const from = tokyoDate(14);
    const to = tokyoDate(27);
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    const { previewSlots } = await admin.data(PREVIEW_SLOTS, {
      input: {
        venueId: campaign.venueId,
        vaccineId: campaign.vaccineId,
        fromDate: from,
        toDate: to,
        weekdays: [1, 3],
        from: '13:00',
        to: '14:50',
        intervalMinutes: 20,
        capacity: 2,
      },
    });
    const dates = [...new Set(previewSlots.slots.map((s) => s.date))];
    expect(dates).toHaveLength(4);
    expect(dates.every((d) => [1, 3].includes(weekday(d)))).toBe(true);
    // 13:00 … 14:20 start; 14:40 would end after 14:50.
    expect(previewSlots.slots.filter((s) => s.date === dates[0])).toHaveLength(5);
    expect(previewSlots.slots.at(-1)!.endsAt).toBe(
      new Date(new Date(previewSlots.slots.at(-1)!.startsAt).getTime() + 20 * 60_000).toISOString(),
    );
  });

  it('a pattern whose day ends before it starts, or without days, is BAD_USER_INPUT and writes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const base = { venueId: campaign.venueId, from: '12:00', to: '09:00', intervalMinutes: 30, capacity: 1 };
    const backwards = await admin.request(CREATE_SLOTS, { input: { ...base, dates: [tokyoDate(20)] } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const noDays = await admin.request(CREATE_SLOTS, { input: { ...base, to: '13:00' } });
    expect(noDays.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
    const [row] = await server.query<{ n: number }>(
      `select count(*)::int as n from slot where venue_id = ?`,
      [campaign.venueId],
    );
    expect(row!.n).toBe(0);
  });
});

describe('the slot calendar and the campaign chart', () => {
  it('the calendar’s numbers match the bookings, per slot and per day, in a constant number of SQL statements', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const s1 = await campaign.slot(tokyoAt(15, '09:00'), 4);
    const s2 = await campaign.slot(tokyoAt(15, '09:30'), 3);
    const s3 = await campaign.slot(tokyoAt(17, '09:00'), 5);
    const s4 = await campaign.slot(tokyoAt(17, '10:00'), 2);
    for (const slotId of [s1, s1, s2, s3]) expect(await bookOnce(campaign, slotId)).toBe('OK');
    await admin.data(CLOSE_SLOTS, { input: { slotId: s3 } });
    await admin.data(CANCEL_SLOT, { input: { slotId: s4, reason: '中止' } });

    const week = await admin.request(SLOT_CALENDAR, {
      input: { venueId: campaign.venueId, fromDate: tokyoDate(14), toDate: tokyoDate(20) },
    });
    const calendar = week.data!.slotCalendar;
    expect(calendar.days).toHaveLength(7);
    expect(calendar.slots.map((s) => [s.slotId, s.capacity, s.booked, s.free, s.status])).toEqual([
      [s1, 4, 2, 2, 'OPEN'],
      [s2, 3, 1, 2, 'OPEN'],
      [s3, 5, 1, 0, 'CLOSED'],
      [s4, 2, 0, 0, 'CANCELLED'],
    ]);
    const day = (offset: number) => calendar.days.find((d) => d.date === tokyoDate(offset));
    expect(day(15)).toMatchObject({ slots: 2, closedSlots: 0, capacity: 7, booked: 3, free: 4 });
    expect(day(17)).toMatchObject({ slots: 1, closedSlots: 1, capacity: 5, booked: 1, free: 0 });
    expect(day(16)).toMatchObject({ slots: 0, capacity: 0, booked: 0, free: 0 });

    // Equal to the database, counted independently.
    const [db] = await server.query<{ booked: number }>(
      `select count(*)::int as booked from reservation r join slot s on s.id = r.slot_id
        where s.venue_id = ? and r.status = 'BOOKED'`,
      [campaign.venueId],
    );
    expect(calendar.days.reduce((sum, d) => sum + d.booked, 0)).toBe(db!.booked);

    const month = await admin.request(SLOT_CALENDAR, {
      input: { venueId: campaign.venueId, fromDate: tokyoDate(1), toDate: tokyoDate(62) },
    });
    expect(month.data!.slotCalendar.days).toHaveLength(62);
    expect(week.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(month.extensions?.sqlStatements).toBe(week.extensions?.sqlStatements);
    console.log(
      `slotCalendar SQL statements: 7 days → ${week.extensions?.sqlStatements}, 62 days → ${month.extensions?.sqlStatements}`,
    );

    const { venueBoard } = await admin.data(VENUE_BOARD, { venueId: campaign.venueId, date: tokyoDate(15) });
    expect(venueBoard.totals).toMatchObject({ capacity: 7, booked: 3, free: 4 });
    expect(venueBoard.slots.map((s) => s.slotId)).toEqual([s1, s2]);

    const tooLong = await admin.request(SLOT_CALENDAR, {
      input: { venueId: campaign.venueId, fromDate: tokyoDate(1), toDate: tokyoDate(100) },
    });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the campaign chart shows booked and free places of every coming day of the site, equal to its slots', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { createVenue } = await admin.data(CREATE_VENUE, {
      input: { siteId: campaign.site.id, name: '第二会場', address: '', vaccineIds: [campaign.vaccineId] },
    });
    const a = await campaign.slot(tokyoAt(2, '10:00'), 4);
    await campaign.operator.data(CREATE_SLOTS, {
      input: {
        venueId: createVenue.id,
        dates: [tokyoDate(2), tokyoDate(9)],
        from: '10:00',
        to: '11:00',
        intervalMinutes: 60,
        capacity: 6,
      },
    });
    for (const slotId of [a, a]) expect(await bookOnce(campaign, slotId)).toBe('OK');

    const { campaignChart } = await admin.data(CAMPAIGN_CHART, {
      input: { siteId: campaign.site.id, weeks: 2 },
    });
    expect(campaignChart.fromDate).toBe(tokyoDate(0));
    expect(campaignChart.toDate).toBe(tokyoDate(13));
    expect(campaignChart.days).toHaveLength(14);
    expect(campaignChart.days[2]).toMatchObject({
      date: tokyoDate(2),
      slots: 2,
      capacity: 10,
      booked: 2,
      free: 8,
    });
    expect(campaignChart.days[9]).toMatchObject({
      date: tokyoDate(9),
      slots: 1,
      capacity: 6,
      booked: 0,
      free: 6,
    });
    expect(campaignChart.days.filter((d) => d.slots > 0).map((d) => d.date)).toEqual([
      tokyoDate(2),
      tokyoDate(9),
    ]);

    const { campaignChart: oneVenue } = await admin.data(CAMPAIGN_CHART, {
      input: { siteId: campaign.site.id, weeks: 2, venueId: campaign.venueId },
    });
    expect(oneVenue.days[2]).toMatchObject({ capacity: 4, booked: 2, free: 2 });
    expect(oneVenue.days[9]).toMatchObject({ capacity: 0 });
  });
});

describe('permissions', () => {
  /** Every new operation, aimed at a venue, its slot and its site. */
  function operations(target: { siteId: string; venueId: string; vaccineId: string; slotId: string }) {
    const reads: [string, Operation, Record<string, unknown>][] = [
      [
        'slotCalendar',
        SLOT_CALENDAR,
        { input: { venueId: target.venueId, fromDate: tokyoDate(1), toDate: tokyoDate(7) } },
      ],
      ['venueBoard', VENUE_BOARD, { venueId: target.venueId, date: tokyoDate(3) }],
    ];
    const adminOnly: [string, Operation, Record<string, unknown>][] = [
      ['updateVenue', UPDATE_VENUE, { input: { venueId: target.venueId, name: '乗っ取り' } }],
      ['updateVaccine', UPDATE_VACCINE, { input: { vaccineId: target.vaccineId, name: '乗っ取り' } }],
      ['updateSlotCapacity', UPDATE_SLOT_CAPACITY, { input: { slotId: target.slotId, capacity: 99 } }],
      ['closeSlots (slot)', CLOSE_SLOTS, { input: { slotId: target.slotId } }],
      ['closeSlots (day)', CLOSE_SLOTS, { input: { venueId: target.venueId, date: tokyoDate(3) } }],
      ['closeSlots (venue)', CLOSE_SLOTS, { input: { venueId: target.venueId } }],
      ['reopenSlots (venue)', REOPEN_SLOTS, { input: { venueId: target.venueId } }],
      [
        'previewSlots',
        PREVIEW_SLOTS,
        {
          input: {
            venueId: target.venueId,
            dates: [tokyoDate(20)],
            from: '09:00',
            to: '10:00',
            intervalMinutes: 30,
            capacity: 1,
          },
        },
      ],
      [
        'createSlots',
        CREATE_SLOTS,
        {
          input: {
            venueId: target.venueId,
            dates: [tokyoDate(20)],
            from: '09:00',
            to: '10:00',
            intervalMinutes: 30,
            capacity: 1,
          },
        },
      ],
      ['campaignChart', CAMPAIGN_CHART, { input: { siteId: target.siteId, weeks: 2 } }],
    ];
    return { reads, adminOnly };
  }

  async function outcomes(caller: Caller, list: [string, Operation, Record<string, unknown>][]) {
    const result: Record<string, string> = {};
    for (const [name, document, variables] of list) {
      const response = await caller.rawRequest(document, variables);
      result[name] = response.errors?.[0]?.extensions?.code ?? 'answered';
    }
    return result;
  }

  async function snapshot(siteId: string) {
    return server.query(
      `select json_build_object(
         'venues', (select json_agg(json_build_object('name', name, 'closed', closed) order by id) from venue where site_id = ?),
         'vaccines', (select json_agg(name order by id) from vaccine where site_id = ?),
         'slots', (select json_agg(json_build_object('id', id, 'status', status, 'capacity', capacity) order by id) from slot where site_id = ?)
       ) as s`,
      [siteId, siteId, siteId],
    );
  }

  let a: Campaign;
  let b: Campaign;
  let targetB: { siteId: string; venueId: string; vaccineId: string; slotId: string };
  let targetA: typeof targetB;
  let otherVenueA: string;
  beforeAll(async () => {
    [a, b] = [await Campaign.create(server), await Campaign.create(server)];
    targetA = {
      siteId: a.site.id,
      venueId: a.venueId,
      vaccineId: a.vaccineId,
      slotId: await a.slot(tokyoAt(3, '10:00'), 5),
    };
    targetB = {
      siteId: b.site.id,
      venueId: b.venueId,
      vaccineId: b.vaccineId,
      slotId: await b.slot(tokyoAt(3, '10:00'), 5),
    };
    const { createVenue } = await a.operator.data(CREATE_VENUE, {
      input: { siteId: a.site.id, name: '第二会場', address: '', vaccineIds: [a.vaccineId] },
    });
    otherVenueA = createVenue.id;
  });

  it('a site admin of another site gets NOT_FOUND for every new operation on this site, and nothing changes', async () => {
    const adminA = await adminOf(a, 'SITE_ADMIN');
    const before = await snapshot(b.site.id);
    const { reads, adminOnly } = operations(targetB);
    const answers = await outcomes(adminA, [...reads, ...adminOnly]);
    expect(
      Object.values(answers).every((code) => code === 'NOT_FOUND'),
      JSON.stringify(answers),
    ).toBe(true);
    expect(await snapshot(b.site.id)).toEqual(before);
  });

  it('venue staff read the calendar and board of their own venue only, and may edit nothing (FORBIDDEN), even there', async () => {
    const staff = await adminOf(a, 'VENUE_STAFF', [a.venueId]);
    const before = await snapshot(a.site.id);
    const own = operations(targetA);
    expect(await outcomes(staff, own.reads)).toEqual({ slotCalendar: 'answered', venueBoard: 'answered' });
    const writes = await outcomes(staff, own.adminOnly);
    expect(
      Object.values(writes).every((code) => code === 'FORBIDDEN'),
      JSON.stringify(writes),
    ).toBe(true);
    const notTheirs = operations({ ...targetA, venueId: otherVenueA });
    expect(await outcomes(staff, notTheirs.reads)).toEqual({
      slotCalendar: 'FORBIDDEN',
      venueBoard: 'FORBIDDEN',
    });
    const otherSite = operations(targetB);
    expect(await outcomes(staff, otherSite.reads)).toEqual({
      slotCalendar: 'NOT_FOUND',
      venueBoard: 'NOT_FOUND',
    });
    expect(await snapshot(a.site.id)).toEqual(before);
  });

  it('recipients are FORBIDDEN and strangers UNAUTHENTICATED for every new operation', async () => {
    const [recipient] = await a.recipients(1);
    const before = await snapshot(a.site.id);
    const { reads, adminOnly } = operations(targetA);
    const asRecipient = await outcomes(recipient!, [...reads, ...adminOnly]);
    expect(
      Object.values(asRecipient).every((code) => code === 'FORBIDDEN'),
      JSON.stringify(asRecipient),
    ).toBe(true);
    const asStranger = await outcomes(server.caller(), [...reads, ...adminOnly]);
    expect(
      Object.values(asStranger).every((code) => code === 'UNAUTHENTICATED'),
      JSON.stringify(asStranger),
    ).toBe(true);
    expect(await snapshot(a.site.id)).toEqual(before);
  });

  it('the operator and the site’s own admin may do all of it', async () => {
    const adminA = await adminOf(a, 'SITE_ADMIN');
    const { reads, adminOnly } = operations(targetA);
    for (const caller of [a.operator, adminA]) {
      const answers = await outcomes(caller, [...reads, ...adminOnly]);
      expect(
        Object.values(answers).every((code) => code === 'answered'),
        JSON.stringify(answers),
      ).toBe(true);
    }
  });
});
