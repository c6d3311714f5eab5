import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, CANCEL, MY_RESERVATIONS } from '../testkit/operations.js';
import { UPDATE_SLOT_CAPACITY } from '../testkit/venue-slot-operations.js';
import { TestServer } from '../testkit/server.js';

// Issue 17: a booking of a slot known to be full is refused from memory, on every instance, and never once
// a place is free again. Two server instances (own pools, hubs, memories, bus connections) on one database.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  [a, b] = await TestServer.startPair();
});
afterAll(() => Promise.all([a.close(), b.close()]));

type Recipient = Awaited<ReturnType<Campaign['recipients']>>[number];

/** One booking attempt: its answer code and the SQL statements the request cost on the server. */
async function attempt(recipient: Recipient, server: TestServer, slotId: string) {
  const response = await recipient.withUrl(server.url).request(BOOK, { input: { slotId, dose: 1 } });
  const answer = response.data?.bookReservation;
  return {
    code: answer?.ok ? 'OK' : (answer?.error?.code ?? `error ${response.errors?.[0]?.extensions?.code}`),
    reservationId: answer?.reservations[0]?.id,
    statements: response.extensions?.sqlStatements,
  };
}

/** Every hub has pushed what it heard, and the bus has had time to deliver it (loopback: milliseconds). */
async function settle() {
  await Promise.all([a.app.services.availability.settle(), b.app.services.availability.settle()]);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await Promise.all([a.app.services.availability.settle(), b.app.services.availability.settle()]);
}

async function slotRow(slotId: string) {
  const [row] = await a.query<{ capacity: number; reserved: number }>(
    `select capacity, reserved from slot where id = ?`,
    [slotId],
  );
  return row!;
}

describe('refusals of full slots from memory, two instances', () => {
  it('a slot filled through A is refused on B without a database statement; a cancellation on A makes it bookable on B at once', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 2);
    const [first, second, late] = await campaign.recipients(3);
    // Each recipient's session is known to B beforehand (its principal cache), so a refusal's only possible
    // statement would be the booking's own read.
    for (const r of [first!, second!, late!])
      expect((await r.withUrl(b.url).request(MY_RESERVATIONS)).errors).toBeUndefined();

    // While it has places, a booking on B reads the database.
    const booked = await attempt(first!, b, slotId);
    expect(booked.code).toBe('OK');
    expect(booked.statements).toBeGreaterThan(0);
    // The last place is taken through A; B hears of it over the bus and reads the new count.
    expect((await attempt(second!, a, slotId)).code).toBe('OK');
    await expect
      .poll(() => b.app.services.availabilityView.knownFull(slotId, campaign.site.id), { timeout: 5000 })
      .toBe(true);

    const refused = await attempt(late!, b, slotId);
    expect(refused).toMatchObject({ code: 'SLOT_FULL', statements: 0 });
    expect(await slotRow(slotId)).toEqual({ capacity: 2, reserved: 2 });

    // A place freed on A: once the push has arrived, B books it (its memory is not asked for 10 s).
    const cancelled = await first!.data(CANCEL, { input: { reservationId: booked.reservationId! } });
    expect(cancelled.cancelReservation.ok).toBe(true);
    await expect
      .poll(async () => (await attempt(late!, b, slotId)).code, { timeout: 2000, interval: 20 })
      .toBe('OK');
    expect(await slotRow(slotId)).toEqual({ capacity: 2, reserved: 2 });
  });

  it('a capacity raised on A makes a full slot bookable on B at once', async () => {
    const campaign = await Campaign.create(a);
    const slotId = await campaign.slot(tokyoAt(3, '11:00'), 1);
    const [first, late] = await campaign.recipients(2);
    expect((await attempt(first!, a, slotId)).code).toBe('OK');
    await expect
      .poll(() => b.app.services.availabilityView.knownFull(slotId, campaign.site.id), { timeout: 5000 })
      .toBe(true);
    expect((await attempt(late!, b, slotId)).code).toBe('SLOT_FULL');

    const { updateSlotCapacity } = await campaign.operator
      .withUrl(a.url)
      .data(UPDATE_SLOT_CAPACITY, { input: { slotId, capacity: 2 } });
    expect(updateSlotCapacity.ok).toBe(true);
    await expect
      .poll(async () => (await attempt(late!, b, slotId)).code, { timeout: 2000, interval: 20 })
      .toBe('OK');
  });

  it('after bookings and cancellations on both instances settle, neither refuses a slot with a place', async () => {
    const campaign = await Campaign.create(a);
    const slotIds = [
      await campaign.slot(tokyoAt(4, '10:00'), 3),
      await campaign.slot(tokyoAt(4, '10:30'), 2),
    ];
    const recipients = await campaign.recipients(30);
    const held: { recipient: Recipient; reservationId: string }[] = [];
    const waiting = () => recipients.filter((r) => !held.some((h) => h.recipient === r));
    const tryBook = async (r: Recipient, server: TestServer, slotId: string) => {
      const result = await attempt(r, server, slotId);
      expect(['OK', 'SLOT_FULL']).toContain(result.code);
      if (result.code === 'OK') held.push({ recipient: r, reservationId: result.reservationId! });
      return result;
    };
    for (let round = 0; round < 4; round++) {
      // A crowd on both instances fills both slots; refusals come from the database or from memory.
      await Promise.all(
        waiting()
          .slice(0, 12)
          .map((r, i) => tryBook(r, i % 2 === 0 ? a : b, slotIds[i % slotIds.length]!)),
      );
      for (const row of await Promise.all(slotIds.map(slotRow))) expect(row.reserved).toBe(row.capacity);
      // Two places freed concurrently, one through each instance, while more bookings race with them.
      const leaving = held.splice(0, 2);
      const crowd = waiting()
        .filter((r) => !leaving.some((l) => l.recipient === r))
        .slice(0, 6);
      await Promise.all([
        ...leaving.map(({ recipient, reservationId }, i) =>
          recipient.withUrl((i === 0 ? a : b).url).data(CANCEL, { input: { reservationId } }),
        ),
        ...crowd.map((r, i) => tryBook(r, i % 2 === 0 ? b : a, slotIds[i % slotIds.length]!)),
      ]);
      await settle();
      // Whatever raced with what: each instance's memory matches the database, slot by slot...
      for (const slotId of slotIds) {
        const row = await slotRow(slotId);
        for (const server of [a, b])
          expect(server.app.services.availabilityView.knownFull(slotId, campaign.site.id)).toBe(
            row.reserved >= row.capacity,
          );
      }
      // ...and every free place is booked at the first try, alternately through each instance.
      let turn = round;
      for (const slotId of slotIds) {
        const row = await slotRow(slotId);
        for (let free = row.capacity - row.reserved; free > 0; free--) {
          const result = await tryBook(waiting()[0]!, turn++ % 2 === 0 ? a : b, slotId);
          expect(result.code).toBe('OK');
        }
      }
    }
    expect(held.length).toBe(5);
  });
});
