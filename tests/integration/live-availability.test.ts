import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, importFile } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import {
  BOOK,
  CANCEL,
  CANCEL_VENUE_DAY,
  PROXY_BOOK,
  PROXY_CANCEL,
  SLOT_AVAILABILITY_CHANGED,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { graphql } from '../testkit/generated/index.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ availabilityCoalesceMs: 30 });
});
afterAll(() => server.close());

function lastRemaining(
  messages: ResultOf<typeof SLOT_AVAILABILITY_CHANGED>[],
  slotId: string,
): number | undefined {
  const updates = messages.flatMap((m) => m.slotAvailabilityChanged).filter((u) => u.slotId === slotId);
  return updates.at(-1)?.remaining;
}

describe('slotAvailabilityChanged', () => {
  it('a subscriber sees the count fall after bookings and rise after a cancellation, ending equal to the database', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(3, '14:00'), 10);
    const recipients = await campaign.recipients(4);
    const subscription = server.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    await server.waitForSubscribers(1);

    const booked = await Promise.all(recipients.map((r) => r.data(BOOK, { input: { slotId } })));
    expect(booked.every((b) => b.bookReservation.ok)).toBe(true);
    await subscription.waitFor((messages) => lastRemaining(messages, slotId) === 6);

    const reservationId = booked[0]!.bookReservation.reservations[0]!.id;
    const { cancelReservation } = await recipients[0]!.data(CANCEL, {
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
    const subscription = server.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    await server.waitForSubscribers(1);

    await Promise.all(recipients.map((r) => r.data(BOOK, { input: { slotId } })));
    await subscription.waitFor((messages) => lastRemaining(messages, slotId) === 0);

    expect(subscription.messages.length).toBeLessThan(10);
    await subscription.close();
  });

  it('subscribers of another venue receive nothing', async () => {
    const watched = await Campaign.create(server);
    const other = await Campaign.create(server);
    const slotId = await other.slot(tokyoAt(3, '16:00'), 5);
    const [recipient] = await other.recipients(1);
    const subscription = server.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: watched.venueId,
    });
    const control = server.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: other.venueId,
    });
    await server.waitForSubscribers(2);

    await recipient!.data(BOOK, { input: { slotId } });
    await control.waitFor((messages) => lastRemaining(messages, slotId) === 4);
    await server.app.services.availability.settle();

    expect(subscription.messages).toEqual([]);
    await Promise.all([subscription.close(), control.close()]);
  });

  it('a subscriber sees the count change on every admin path that takes or frees a place', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(3, '09:00'), 10);
    const closing = await campaign.slot(tokyoAt(3, '09:30'), 5);
    const dayOff = await campaign.slot(tokyoAt(4, '09:00'), 5);
    const [walkIn, other, ...late] = await campaign.recipients(4);
    const subscription = server.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    await server.waitForSubscribers(1);
    /** Waits for the push of `slotId` to say `remaining`, which must also be what the database holds. */
    const pushed = async (slotId: string, remaining: number) => {
      await subscription.waitFor((messages) => lastRemaining(messages, slotId) === remaining);
      const [row] = await server.query<{ remaining: number }>(
        `select case when status = 'OPEN' then capacity - reserved else 0 end as remaining from slot where id = ?`,
        [slotId],
      );
      expect(row!.remaining).toBe(remaining);
    };

    // Proxy booking and proxy cancellation.
    const [ticket] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = ?`,
      [campaign.site.id, walkIn!.ticketNumber],
    );
    const { proxyBookReservation } = await admin.data(PROXY_BOOK, {
      input: { ticketId: ticket!.id, slotId: slot },
    });
    expect(proxyBookReservation.ok).toBe(true);
    await pushed(slot, 9);
    const { proxyCancelReservation } = await admin.data(PROXY_CANCEL, {
      input: { reservationId: proxyBookReservation.reservations[0]!.id, reason: '本人から電話' },
    });
    expect(proxyCancelReservation.ok).toBe(true);
    await pushed(slot, 10);

    // A bulk booking file's commit.
    const numbers = await campaign.tickets(2);
    const bulk = await importFile(
      server,
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(
        csv(['接種券番号,会場,日時,回目', ...numbers.map((n) => `${n},市民会館,${tokyoDate(3)} 09:00,1`)]),
      ),
    );
    expect(await bulk.commit()).toMatchObject({ ok: true, createdCount: 2 });
    await pushed(slot, 8);

    // A slot taken out of service: its places are gone, whoever held them.
    await other!.data(BOOK, { input: { slotId: closing } });
    await pushed(closing, 4);
    const { cancelSlot } = await admin.data(
      graphql(`
        mutation CancelSlotClinicClosed($slotId: ID!) {
          cancelSlot(input: { slotId: $slotId, reason: "休診" }) {
            cancelledReservations
          }
        }
      `),
      { slotId: closing },
    );
    expect(cancelSlot.cancelledReservations).toBe(1);
    await pushed(closing, 0);

    // A venue's day cancelled with its slots kept open frees their places; closing them takes the rest.
    for (const recipient of late) await recipient.data(BOOK, { input: { slotId: dayOff } });
    await pushed(dayOff, 3);
    const day = { venueId: campaign.venueId, date: tokyoDate(4), reason: '停電' };
    const kept = await admin.data(CANCEL_VENUE_DAY, {
      input: { ...day, closeSlots: false },
    });
    expect(kept.cancelVenueDay.cancelledReservations).toBe(2);
    await pushed(dayOff, 5);
    const closed = await admin.data(CANCEL_VENUE_DAY, {
      input: day,
    });
    expect(closed.cancelVenueDay.cancelledSlots).toBe(1);
    await pushed(dayOff, 0);
    await subscription.close();
  });
});
