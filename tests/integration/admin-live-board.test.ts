import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import { BOOK } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import {
  BOARD_UPDATES,
  CLOSE_SLOTS,
  UPDATE_SLOT_CAPACITY,
  VENUE_BOARD,
} from '../testkit/venue-slot-operations.js';

type Board = ResultOf<typeof VENUE_BOARD>['venueBoard'];
type Update = ResultOf<typeof BOARD_UPDATES>['slotAvailabilityChanged'][number];

/** What an admin screen does with a push: replace the slot's numbers, sum the day again. */
function apply(board: Board, updates: readonly Update[]): Board {
  const slots = board.slots.map((slot) => {
    const update = updates.findLast((u) => u.slotId === slot.slotId);
    return update
      ? {
          ...slot,
          capacity: update.capacity,
          booked: update.booked,
          free: update.remaining,
          status: update.slot.status,
        }
      : slot;
  });
  const live = slots.filter((s) => s.status !== 'CANCELLED');
  return {
    ...board,
    slots,
    totals: {
      ...board.totals,
      slots: live.length,
      closedSlots: live.filter((s) => s.status === 'CLOSED').length,
      capacity: live.reduce((sum, s) => sum + s.capacity, 0),
      booked: slots.reduce((sum, s) => sum + s.booked, 0),
      free: live.reduce((sum, s) => sum + s.free, 0),
    },
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ availabilityCoalesceMs: 30 });
});
afterAll(() => server.close());

describe('the live board', () => {
  it('venue staff watch their day’s board over a WebSocket; as recipients book, the admin changes a capacity and closes a slot, the pushed numbers equal a fresh board', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const nine = await campaign.slot(tokyoAt(4, '09:00'), 5);
    const half = await campaign.slot(tokyoAt(4, '09:30'), 5);
    const date = tokyoDate(4);
    const recipients = await campaign.recipients(4);

    let board = (await staff.data(VENUE_BOARD, { venueId: campaign.venueId, date })).venueBoard;
    expect(board.totals).toMatchObject({ slots: 2, capacity: 10, booked: 0, free: 10 });

    const subscription = server.subscribe(BOARD_UPDATES, { venueId: campaign.venueId }, staff.token);
    await server.waitForSubscribers(1);
    const seen = (predicate: (b: Board) => boolean) =>
      subscription.waitFor((messages) =>
        predicate(
          apply(
            board,
            messages.flatMap((m) => m.slotAvailabilityChanged),
          ),
        ),
      );

    // A recipient books: the board's numbers change without a query.
    expect((await recipients[0]!.data(BOOK, { input: { slotId: nine } })).bookReservation.ok).toBe(true);
    await seen((b) => b.totals.booked === 1);
    let live = apply(
      board,
      subscription.messages.flatMap((m) => m.slotAvailabilityChanged),
    );
    expect(live.slots.find((s) => s.slotId === nine)).toMatchObject({ capacity: 5, booked: 1, free: 4 });
    expect(live.totals).toMatchObject({ capacity: 10, booked: 1, free: 9 });

    // Three more, on both slots at once.
    const booked = await Promise.all(
      recipients.slice(1).map((r, i) => r.data(BOOK, { input: { slotId: i === 0 ? nine : half } })),
    );
    expect(booked.every((b) => b.bookReservation.ok)).toBe(true);
    await seen((b) => b.totals.booked === 4);

    // The admin lowers a capacity and closes a slot: both reach the board too.
    await admin.data(UPDATE_SLOT_CAPACITY, { input: { slotId: nine, capacity: 3 } });
    await admin.data(CLOSE_SLOTS, { input: { slotId: half } });
    await seen((b) => b.totals.capacity === 8 && b.totals.closedSlots === 1);
    live = apply(
      board,
      subscription.messages.flatMap((m) => m.slotAvailabilityChanged),
    );
    expect(live.slots.find((s) => s.slotId === nine)).toMatchObject({ capacity: 3, booked: 2, free: 1 });
    expect(live.slots.find((s) => s.slotId === half)).toMatchObject({ status: 'CLOSED', booked: 2, free: 0 });

    // The live board equals the board asked for afresh, totals and every slot.
    board = (await staff.data(VENUE_BOARD, { venueId: campaign.venueId, date })).venueBoard;
    expect(live).toEqual(board);
    expect(board.totals).toMatchObject({ slots: 2, closedSlots: 1, capacity: 8, booked: 4, free: 1 });
    await subscription.close();
  });
});
