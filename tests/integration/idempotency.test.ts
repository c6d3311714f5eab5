import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, CANCEL } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

async function activeReservations(campaign: Campaign, ticketNumber: string): Promise<number> {
  // Ticket numbers repeat across test files' sites; the site makes them unique.
  const [row] = await server.query<{ n: number }>(
    `select count(*)::int as n from reservation r join ticket t on t.id = r.ticket_id
      where t.site_id = ? and t.number = ? and r.status = 'BOOKED'`,
    [campaign.site.id, ticketNumber],
  );
  return row!.n;
}

describe('idempotent booking', () => {
  it('a booking retried with the same key creates one reservation and returns the same answer both times', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const [recipient] = await campaign.recipients(1);
    const input = { slotId, idempotencyKey: randomUUID() };

    const first = await recipient!.data(BOOK, { input });
    const retry = await recipient!.data(BOOK, { input });

    expect(first.bookReservation.ok).toBe(true);
    expect(retry).toEqual(first);
    expect(await activeReservations(campaign, recipient!.ticketNumber)).toBe(1);
    const [slot] = await server.query<{ reserved: number }>(`select reserved from slot where id = ?`, [
      slotId,
    ]);
    expect(slot!.reserved).toBe(1);
  });

  it('ten copies of one set booking sent at once with the same key hold one pair, and all ten get the same answer', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const first = await campaign.slot(tokyoAt(2, '11:00'), 5);
    await campaign.slot(tokyoAt(23, '11:00'), 5);
    const [recipient] = await campaign.recipients(1);
    const input = { slotId: first, idempotencyKey: randomUUID() };

    const answers = await Promise.all(Array.from({ length: 10 }, () => recipient!.data(BOOK, { input })));

    expect(answers[0]!.bookReservation.ok).toBe(true);
    expect(answers[0]!.bookReservation.reservations).toHaveLength(2);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await activeReservations(campaign, recipient!.ticketNumber)).toBe(2);
    const counts = await server.query<{ reserved: number }>(
      `select reserved from slot where venue_id = ? order by starts_at`,
      [campaign.venueId],
    );
    expect(counts.map((c) => c.reserved)).toEqual([1, 1]);
  });

  it('thirty recipients booking one slot at once, each with its own key (sharing commits), each replay their own answer', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '14:00'), 30);
    const people = await campaign.recipients(30);
    const inputs = people.map(() => ({ slotId, idempotencyKey: randomUUID() }));

    const first = await Promise.all(people.map((p, i) => p.data(BOOK, { input: inputs[i]! })));
    const retried = await Promise.all(people.map((p, i) => p.data(BOOK, { input: inputs[i]! })));

    expect(first.every((answer) => answer.bookReservation.ok)).toBe(true);
    expect(retried).toEqual(first);
    const ids = first.map((answer) => answer.bookReservation.reservations[0]!.id);
    expect(new Set(ids).size).toBe(30);
    // Each stored answer is its own ticket's reservation, and nothing was stored or booked twice.
    const stored = await server.query<{ owner: string; reservation: string; keys: number }>(
      `select t.number as owner, b.result -> 'reservations' -> 0 ->> 'id' as reservation,
              count(*) over ()::int as keys
         from booking_idempotency b join ticket t on t.id = b.ticket_id
        where t.site_id = ? and b.result ->> 'ok' = 'true'`,
      [campaign.site.id],
    );
    expect(stored).toHaveLength(30);
    const byOwner = new Map(stored.map((row) => [row.owner, row.reservation]));
    people.forEach((person, i) => expect(byOwner.get(person.ticketNumber)).toBe(ids[i]));
    const [slot] = await server.query<{ reserved: number }>(`select reserved from slot where id = ?`, [
      slotId,
    ]);
    expect(slot!.reserved).toBe(30);
  });

  it('a refusal is remembered under its key: the retry gets the same SLOT_FULL even after a place frees up', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '12:00'), 1);
    const [holder, latecomer] = await campaign.recipients(2);
    const held = await holder!.data(BOOK, { input: { slotId } });
    const input = { slotId, idempotencyKey: randomUUID() };

    const refused = await latecomer!.data(BOOK, { input });
    await holder!.data(CANCEL, { input: { reservationId: held.bookReservation.reservations[0]!.id } });
    const retried = await latecomer!.data(BOOK, { input });
    const fresh = await latecomer!.data(BOOK, {
      input: { slotId, idempotencyKey: randomUUID() },
    });

    expect(refused.bookReservation.error?.code).toBe('SLOT_FULL');
    expect(retried).toEqual(refused);
    expect(fresh.bookReservation.ok).toBe(true);
  });

  it('a key reused for a different booking is refused with CONFLICT and books nothing', async () => {
    const campaign = await Campaign.create(server);
    const one = await campaign.slot(tokyoAt(4, '10:00'), 5);
    const other = await campaign.slot(tokyoAt(4, '11:00'), 5);
    const [recipient] = await campaign.recipients(1);
    const idempotencyKey = randomUUID();
    await recipient!.data(BOOK, { input: { slotId: one, idempotencyKey } });

    const code = await recipient!.errorCode(BOOK, { input: { slotId: other, idempotencyKey } });

    expect(code).toBe('CONFLICT');
    expect(await activeReservations(campaign, recipient!.ticketNumber)).toBe(1);
  });

  it('the same key used by two different tickets books for each of them', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(4, '12:00'), 5);
    const [a, b] = await campaign.recipients(2);
    const input = { slotId, idempotencyKey: 'retry-1' };

    const [first, second] = await Promise.all([a!.data(BOOK, { input }), b!.data(BOOK, { input })]);

    expect(first.bookReservation.ok).toBe(true);
    expect(second.bookReservation.ok).toBe(true);
    expect(first.bookReservation.reservations[0]!.id).not.toBe(second.bookReservation.reservations[0]!.id);
  });
});
