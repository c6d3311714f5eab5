import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt } from '../testkit/campaign.js';
import { BOOK, CANCEL, MAILBOX, MY_RESERVATIONS, PROXY_CANCEL } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { graphql } from '../testkit/generated/index.js';

const UPDATE_MY_EMAIL = graphql(`
  mutation UpdateMyEmailBeforeCancelling($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      email
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

/** A recipient with dose 1 in 3 days and dose 2 booked on its own 21 days later (separate bookings). */
async function bothDosesBooked() {
  const campaign = await Campaign.create(server, { intervalDays: 21, windowDays: 7 });
  const first = await campaign.slot(tokyoAt(3, '10:00'), 5);
  const second = await campaign.slot(tokyoAt(24, '10:00'), 5);
  const again = await campaign.slot(tokyoAt(5, '10:00'), 5);
  const [recipient] = await campaign.recipients(1);
  const dose1 = (await recipient!.data(BOOK, { input: { slotId: first, dose: 1 } })).bookReservation;
  const dose2 = (await recipient!.data(BOOK, { input: { slotId: second, dose: 2 } })).bookReservation;
  expect([dose1.ok, dose2.ok]).toEqual([true, true]);
  const reserved = async () =>
    (
      await server.query<{ reserved: number }>(
        `select reserved from slot where id in (?, ?) order by starts_at`,
        [first, second],
      )
    ).map((r) => r.reserved);
  return {
    campaign,
    recipient: recipient!,
    dose1: dose1.reservations[0]!.id,
    dose2: dose2.reservations[0]!.id,
    again,
    reserved,
  };
}

describe('cancelling an earlier dose while a later one is booked', () => {
  it('cancelling dose 1 cancels the booked dose 2 with it, gives both places back, and dose 1 can be booked again', async () => {
    const { recipient, dose1, again, reserved } = await bothDosesBooked();
    const { cancelReservation } = await recipient.data(CANCEL, { input: { reservationId: dose1 } });
    expect(cancelReservation.ok).toBe(true);
    expect(cancelReservation.cancelled.map((r) => [r.dose, r.status]).sort()).toEqual([
      [1, 'CANCELLED'],
      [2, 'CANCELLED'],
    ]);
    expect(await reserved()).toEqual([0, 0]);
    const { myReservations } = await recipient.data(MY_RESERVATIONS);
    expect(myReservations.every((r) => r.status === 'CANCELLED')).toBe(true);

    const rebooked = (await recipient.data(BOOK, { input: { slotId: again, dose: 1 } })).bookReservation;
    expect(rebooked).toMatchObject({ ok: true, error: null });
  });

  it('cancelling dose 2 leaves dose 1 booked', async () => {
    const { recipient, dose2, reserved } = await bothDosesBooked();
    const { cancelReservation } = await recipient.data(CANCEL, { input: { reservationId: dose2 } });
    expect(cancelReservation.cancelled.map((r) => r.dose)).toEqual([2]);
    expect(await reserved()).toEqual([1, 0]);
  });

  it('one cancellation mail names both doses', async () => {
    const { campaign, recipient, dose1 } = await bothDosesBooked();
    await recipient.data(UPDATE_MY_EMAIL, { input: { email: 'both@test.example' } });
    await recipient.data(CANCEL, { input: { reservationId: dose1 } });
    const { mailbox } = await campaign.operator.data(MAILBOX, { siteId: campaign.site.id });
    expect(mailbox).toHaveLength(1);
    expect(mailbox[0]!.subject).toContain('ご予約の取消');
    expect(mailbox[0]!.text).toContain('1回目');
    expect(mailbox[0]!.text).toContain('2回目');
  });

  it('an admin cancelling dose 1 on the person’s behalf takes dose 2 with it too', async () => {
    const { campaign, dose1, reserved } = await bothDosesBooked();
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { proxyCancelReservation } = await admin.data(PROXY_CANCEL, {
      input: { reservationId: dose1, reason: '本人から電話' },
    });
    expect(proxyCancelReservation.cancelled.map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(await reserved()).toEqual([0, 0]);
  });
});
