import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign, laterToday, tokyoDate } from '../testkit/campaign.js';
import { BOOK, CHECK_IN } from '../testkit/operations.js';
import { RECORD_AT_DESK, VENUE_DAY_CHANGED } from '../testkit/records-operations.js';
import { TestServer } from '../testkit/server.js';

// Two server processes' worth of state on one database, told of each other's changes through the bus.
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  const settings = { bus: 'postgres' as const };
  [a, b] = await Promise.all([TestServer.start(settings), TestServer.start(settings)]);
});
afterAll(() => Promise.all([a.close(), b.close()]));

describe('the venue day across server instances', () => {
  it('a tablet connected to one instance hears the check-in and record made through the other', async () => {
    const campaign = await Campaign.create(a);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const slot = await campaign.slot(await laterToday(), 5);
    const [recipient] = await campaign.recipients(1);
    const { bookReservation } = await recipient!.data(BOOK, { input: { slotId: slot } });
    const reservationId = bookReservation.reservations[0]!.id;
    const onB = b.subscribe(
      VENUE_DAY_CHANGED,
      { venueId: campaign.venueId, date: tokyoDate(0) },
      staff.token,
    );
    try {
      const deadline = Date.now() + 5000;
      while (b.app.services.venueDayHub.subscriberCount() < 1 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      // The writes go through instance a; the tablet listens on b.
      await staff.data(CHECK_IN, { input: { reservationId } });
      await staff.data(RECORD_AT_DESK, {
        input: { reservationId, lotNumber: 'FF1234', doctorName: '山田 太郎' },
      });
      await onB.waitFor((m) => m.length >= 2, 2000);
      expect(onB.messages.map((m) => [m.venueDayChanged.reservationId, m.venueDayChanged.change])).toEqual([
        [reservationId, 'CHECKED_IN'],
        [reservationId, 'VACCINATED'],
      ]);
    } finally {
      await onB.close();
    }
  });
});
