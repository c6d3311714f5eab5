import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import {
  BOOK,
  CANCEL,
  SLOT_AVAILABILITY_CHANGED,
  type BookResult,
  type SlotAvailabilityMessage,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ availabilityCoalesceMs: 30 });
});
afterAll(() => server.close());

function lastRemaining(messages: SlotAvailabilityMessage[], slotId: string): number | undefined {
  const updates = messages.flatMap((m) => m.slotAvailabilityChanged).filter((u) => u.slotId === slotId);
  return updates.at(-1)?.remaining;
}

describe('slotAvailabilityChanged', () => {
  it('a subscriber sees the count fall after bookings and rise after a cancellation, ending equal to the database', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '14:00'), 10);
    const recipients = await campaign.recipients(4);
    const subscription = server.subscribe<SlotAvailabilityMessage>(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    await server.waitForSubscribers(1);

    const booked = await Promise.all(recipients.map((r) => r.data<BookResult>(BOOK, { input: { slotId } })));
    expect(booked.every((b) => b.bookReservation.ok)).toBe(true);
    await subscription.waitFor((messages) => lastRemaining(messages, slotId) === 6);

    const reservationId = booked[0]!.bookReservation.reservations[0]!.id;
    const { cancelReservation } = await recipients[0]!.data<{ cancelReservation: { ok: boolean } }>(CANCEL, {
      input: { reservationId },
    });
    expect(cancelReservation.ok).toBe(true);
    await subscription.waitFor((messages) => lastRemaining(messages, slotId) === 7);

    const [row] = await server.query<{ remaining: number }>(
      `select capacity - reserved as remaining from slot where id = ?`,
      [slotId],
    );
    expect(lastRemaining(subscription.messages, slotId)).toBe(row!.remaining);
    const last = subscription.messages.at(-1)!.slotAvailabilityChanged.find((u) => u.slotId === slotId)!;
    expect(last).toMatchObject({ capacity: 10, slot: { id: slotId, remaining: 7 } });
    await subscription.close();
  });

  it('a burst of 30 bookings reaches a subscriber as a few coalesced messages, not one per booking', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '15:00'), 30);
    const recipients = await campaign.recipients(30);
    const subscription = server.subscribe<SlotAvailabilityMessage>(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    await server.waitForSubscribers(1);

    await Promise.all(recipients.map((r) => r.data<BookResult>(BOOK, { input: { slotId } })));
    await subscription.waitFor((messages) => lastRemaining(messages, slotId) === 0);

    expect(subscription.messages.length).toBeLessThan(10);
    await subscription.close();
  });

  it('subscribers of another venue receive nothing', async () => {
    const watched = await Campaign.create(server);
    const other = await Campaign.create(server);
    const slotId = await other.slot(tokyoAt(3, '16:00'), 5);
    const [recipient] = await other.recipients(1);
    const subscription = server.subscribe<SlotAvailabilityMessage>(SLOT_AVAILABILITY_CHANGED, {
      venueId: watched.venueId,
    });
    const control = server.subscribe<SlotAvailabilityMessage>(SLOT_AVAILABILITY_CHANGED, {
      venueId: other.venueId,
    });
    await server.waitForSubscribers(2);

    await recipient!.data(BOOK, { input: { slotId } });
    await control.waitFor((messages) => lastRemaining(messages, slotId) === 4);
    await server.app.services.availability.settle();

    expect(subscription.messages).toEqual([]);
    await Promise.all([subscription.close(), control.close()]);
  });
});
