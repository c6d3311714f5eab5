import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

const windowMs = 1000;

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ availabilityCoalesceMs: windowMs });
});
afterAll(() => server.close());

/**
 * The hub leaves a window (`AVAILABILITY_COALESCE_MS`) between the end of one push's read of the changed
 * slots and the start of the next push, not after the push's socket writes: a push to many sockets that
 * outlasts the window is followed by the next at once, and changes made within one window go out together.
 */
describe('the live-count push window', () => {
  it('a change made while a long push is written goes out as soon as that push ends, not a window later', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
    const [first, second] = await campaign.recipients(2);
    const deliveries: { startedAt: number; endedAt: number; remaining: number[] }[] = [];
    let started = 0;
    // A group that takes longer than the window to write, as a push to thousands of sockets does.
    const unwatch = server.app.services.availability.watch(campaign.venueId, {
      size: () => 1,
      deliver: async (slots) => {
        started++;
        const startedAt = performance.now();
        await new Promise((resolve) => setTimeout(resolve, windowMs * 2));
        deliveries.push({
          startedAt,
          endedAt: performance.now(),
          remaining: slots.map((s) => s.capacity - s.reserved),
        });
      },
    });
    try {
      expect((await first!.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);
      await expect.poll(() => started, { timeout: 5000 }).toBe(1);
      // The first push is being written now (for two windows); book again meanwhile.
      expect((await second!.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);
      await expect.poll(() => deliveries.length, { timeout: 10_000 }).toBe(2);

      const [push, next] = deliveries as [(typeof deliveries)[0], (typeof deliveries)[0]];
      expect(push.remaining).toEqual([9]);
      expect(next.remaining).toEqual([8]);
      // With a window counted from the end of each push this gap would be at least `windowMs`.
      expect(next.startedAt - push.endedAt).toBeLessThan(windowMs / 2);
    } finally {
      unwatch();
    }
  });

  it('changes made within one window after a push go out together in the next push, a window later', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(5, '11:00'), 10);
    const recipients = await campaign.recipients(4);
    const deliveries: { startedAt: number; remaining: number[] }[] = [];
    const unwatch = server.app.services.availability.watch(campaign.venueId, {
      size: () => 1,
      deliver: async (slots) => {
        deliveries.push({
          startedAt: performance.now(),
          remaining: slots.map((s) => s.capacity - s.reserved),
        });
      },
    });
    try {
      const [opener, ...burst] = recipients;
      expect((await opener!.data(BOOK, { input: { slotId } })).bookReservation.ok).toBe(true);
      await expect.poll(() => deliveries.length, { timeout: 5000 }).toBe(1);
      const booked = await Promise.all(burst.map((r) => r.data(BOOK, { input: { slotId } })));
      expect(booked.every((b) => b.bookReservation.ok)).toBe(true);
      await expect.poll(() => deliveries.length, { timeout: 5000 }).toBe(2);

      expect(deliveries.map((d) => d.remaining)).toEqual([[9], [6]]);
      // The window runs from the end of the first push's read, a moment before its delivery started.
      expect(deliveries[1]!.startedAt - deliveries[0]!.startedAt).toBeGreaterThanOrEqual(windowMs * 0.9);
    } finally {
      unwatch();
    }
  });
});
