import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import { BOOK, CANCEL } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

// Issue 17: each instance keeps a venue's month view until something changes it (bookings and cancellations
// anywhere, slots/venues/sites changed by anyone), not for a time. Two instances on one database.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  [a, b] = await TestServer.startPair();
});
afterAll(() => Promise.all([a.close(), b.close()]));

// A plain string (the month view's facts without the venue and vaccine names, whose loaders cost statements).
const MONTH = `query Month($venueId: ID!, $vaccineId: ID!, $from: LocalDate!, $to: LocalDate!) {
  availability(venueId: $venueId, vaccineId: $vaccineId, from: $from, to: $to) {
    days { date capacity remaining bookable }
    slots { id capacity remaining status }
  }
}`;
interface Month {
  availability: {
    days: { date: string; capacity: number; remaining: number; bookable: boolean }[];
    slots: { id: string; capacity: number; remaining: number; status: string }[];
  };
}

async function month(server: TestServer, campaign: Campaign) {
  const response = await server.caller().rawRequest<Month>(MONTH, {
    venueId: campaign.venueId,
    vaccineId: campaign.vaccineId,
    from: tokyoDate(0),
    to: tokyoDate(30),
  });
  expect(response.errors).toBeUndefined();
  return { month: response.data!.availability, statements: response.extensions?.sqlStatements };
}

/** The truth: what the database holds now, in the month view's terms. */
async function truth(campaign: Campaign) {
  const rows = await a.query<{ id: string; capacity: number; remaining: number; status: string }>(
    `select id, capacity, capacity - reserved as remaining, status from slot where venue_id = ? order by starts_at`,
    [campaign.venueId],
  );
  return rows;
}

describe('the month view cached per venue, two instances', () => {
  it('is served from memory when unchanged, and after a booking and a cancellation on A both instances answer as the database', async () => {
    const campaign = await Campaign.create(a);
    await campaign.slot(tokyoAt(3, '10:00'), 3);
    const slotId = await campaign.slot(tokyoAt(3, '10:30'), 2);
    const [recipient] = await campaign.recipients(1);

    const first = await month(b, campaign);
    expect(first.statements).toBeGreaterThan(0);
    // Once the notices of the campaign's own setup have arrived, an unchanged month is served from memory.
    await expect.poll(async () => (await month(b, campaign)).statements).toBe(0);
    const again = await month(b, campaign);
    expect(again.statements).toBe(0);
    expect(again.month).toEqual(first.month);
    expect(first.month.slots).toEqual(await truth(campaign));

    const booked = await recipient!.withUrl(a.url).data(BOOK, { input: { slotId } });
    expect(booked.bookReservation.ok).toBe(true);
    // On A at once (its own event), on B once the push has arrived.
    expect((await month(a, campaign)).month.slots).toEqual(await truth(campaign));
    await expect.poll(async () => (await month(b, campaign)).month.slots).toEqual(await truth(campaign));
    expect((await month(b, campaign)).month.days[0]!.remaining).toBe(4);

    await (recipient as Caller)
      .withUrl(a.url)
      .data(CANCEL, { input: { reservationId: booked.bookReservation.reservations[0]!.id } });
    expect((await month(a, campaign)).month.slots).toEqual(await truth(campaign));
    await expect.poll(async () => (await month(b, campaign)).month.days[0]!.remaining).toBe(5);
    expect((await month(b, campaign)).month).toEqual((await month(a, campaign)).month);
  });

  it('slots added through A and capacities changed behind the servers’ back reach both instances’ month views', async () => {
    const campaign = await Campaign.create(a);
    await campaign.slot(tokyoAt(5, '10:00'), 3);
    await month(a, campaign);
    // Once the notice of the slot's creation has arrived, an unchanged month is served from memory.
    await expect.poll(async () => (await month(b, campaign)).statements).toBe(0);

    // A mutation on A: A answers with the new slot at once, B once the database's notice arrived.
    const added = await campaign.slot(tokyoAt(6, '10:00'), 4);
    expect((await month(a, campaign)).month.slots.map((s) => s.id)).toContain(added);
    await expect.poll(async () => (await month(b, campaign)).month.slots.map((s) => s.id)).toContain(added);

    // A plain SQL write, no event at all: the trigger's notice reaches both.
    await a.query(`update slot set capacity = 9 where id = ?`, [added]);
    for (const server of [a, b])
      await expect
        .poll(async () => (await month(server, campaign)).month.slots.find((s) => s.id === added)?.capacity)
        .toBe(9);
    expect((await month(b, campaign)).month.slots).toEqual(await truth(campaign));
  });
});
