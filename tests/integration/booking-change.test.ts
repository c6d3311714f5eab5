import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  BOOK,
  CHANGE,
  MY_RESERVATIONS,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
  SLOT_AVAILABILITY_CHANGED,
} from '../testkit/operations.js';
import { RowLock } from '../testkit/row-lock.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start({ availabilityCoalesceMs: 30 });
});
afterAll(() => server.close());

/** The slot's reserved count next to the reservations actually holding it. */
async function counts(slotId: string): Promise<{ reserved: number; active: number }> {
  const [row] = await server.query<{ reserved: number; active: number }>(
    `select reserved,
            (select count(*)::int from reservation where slot_id = slot.id and status in ('BOOKED', 'VACCINATED')) as active
       from slot where id = ?`,
    [slotId],
  );
  return row!;
}

async function slotsOf(person: Caller): Promise<[number, string][]> {
  const { myReservations } = await person.data(MY_RESERVATIONS);
  return myReservations.filter((r) => r.status === 'BOOKED').map((r) => [r.dose, r.slot.id]);
}

async function booked(person: Caller, slotId: string) {
  const { bookReservation } = await person.data(BOOK, { input: { slotId } });
  expect(bookReservation.ok).toBe(true);
  return bookReservation.reservations;
}

async function withEmail(campaign: Campaign, email: string, language: 'JA' | 'EN' = 'JA'): Promise<Caller> {
  const [number] = await campaign.tickets(1);
  const { recipientLogin } = await server.caller().data(RECIPIENT_LOGIN, {
    input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
  });
  const caller = server.caller(recipientLogin.token);
  await caller.data(REGISTER_RECIPIENT, {
    input: {
      familyNameKana: 'サトウ',
      givenNameKana: 'ケン',
      email,
      password: 'recipient-pass-1',
      acceptTerms: true,
      language,
    },
  });
  return caller;
}

describe('changeReservation (予約変更)', () => {
  it('a change takes the new place and gives the old one back: both slots count right, my page shows the new slot', async () => {
    const campaign = await Campaign.create(server);
    const from = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const to = await campaign.slot(tokyoAt(4, '14:00'), 5);
    const [person] = await campaign.recipients(1);
    const [reservation] = await booked(person!, from);

    const { changeReservation } = await person!.data(CHANGE, {
      input: { reservationId: reservation!.id, newSlotId: to },
    });

    expect(changeReservation.ok).toBe(true);
    expect(changeReservation.reservations.map((r) => [r.id, r.slot.id])).toEqual([[reservation!.id, to]]);
    expect(changeReservation.previousSlots.map((s) => s.id)).toEqual([from]);
    expect(await counts(from)).toEqual({ reserved: 0, active: 0 });
    expect(await counts(to)).toEqual({ reserved: 1, active: 1 });
    expect(await slotsOf(person!)).toEqual([[1, to]]);
  });

  it('dose 1 of a set moves with its dose 2: both land at the new dates, or neither moves when dose 2’s slot is full', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const first = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const second = await campaign.slot(tokyoAt(24, '10:00'), 5);
    const newFirst = await campaign.slot(tokyoAt(5, '11:00'), 5);
    const newSecond = await campaign.slot(tokyoAt(26, '11:00'), 5);
    const laterFirst = await campaign.slot(tokyoAt(6, '11:00'), 5);
    const fullSecond = await campaign.slot(tokyoAt(27, '11:00'), 1);
    const [person, other] = await campaign.recipients(2);
    const [dose1] = await booked(person!, first);
    await booked(other!, laterFirst); // takes the only place of fullSecond with it

    const moved = (await person!.data(CHANGE, { input: { reservationId: dose1!.id, newSlotId: newFirst } }))
      .changeReservation;
    expect(moved.ok).toBe(true);
    expect(moved.reservations.map((r) => [r.dose, r.slot.id])).toEqual([
      [1, newFirst],
      [2, newSecond],
    ]);
    expect(moved.previousSlots.map((s) => s.id)).toEqual([first, second]);

    const refused = (
      await person!.data(CHANGE, { input: { reservationId: dose1!.id, newSlotId: laterFirst } })
    ).changeReservation;
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('SECOND_DOSE_UNAVAILABLE');
    expect(await slotsOf(person!)).toEqual([
      [1, newFirst],
      [2, newSecond],
    ]);
    for (const [slotId, reserved] of [
      [first, 0],
      [second, 0],
      [newFirst, 1],
      [newSecond, 1],
      [laterFirst, 1],
      [fullSecond, 1],
    ] as const) {
      expect(await counts(slotId)).toEqual({ reserved, active: reserved });
    }
  });

  it('dose 2 alone moves within the interval; too early after dose 1 it is refused with INTERVAL_TOO_SHORT', async () => {
    const campaign = await Campaign.create(server, { intervalDays: 21, windowDays: 14 });
    const first = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const second = await campaign.slot(tokyoAt(24, '10:00'), 5);
    const tooEarly = await campaign.slot(tokyoAt(20, '10:00'), 5);
    const later = await campaign.slot(tokyoAt(30, '10:00'), 5);
    const [person] = await campaign.recipients(1);
    await booked(person!, first);
    const { bookReservation } = await person!.data(BOOK, { input: { slotId: second, dose: 2 } });
    const dose2 = bookReservation.reservations[0]!;

    const early = await person!.data(CHANGE, { input: { reservationId: dose2.id, newSlotId: tooEarly } });
    expect(early.changeReservation.error?.code).toBe('INTERVAL_TOO_SHORT');
    const ok = await person!.data(CHANGE, { input: { reservationId: dose2.id, newSlotId: later } });
    expect(ok.changeReservation.ok).toBe(true);
    expect(await slotsOf(person!)).toEqual([
      [1, first],
      [2, later],
    ]);
  });

  it('inside the cut-off the change is refused with CUTOFF_PASSED and the booking stays where it was', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 72 });
    const soon = await campaign.slot(tokyoAt(2, '10:00'), 5);
    const later = await campaign.slot(tokyoAt(8, '10:00'), 5);
    const [person] = await campaign.recipients(1);
    const [reservation] = await booked(person!, soon);

    const { changeReservation } = await person!.data(CHANGE, {
      input: { reservationId: reservation!.id, newSlotId: later },
    });

    expect(changeReservation.error?.code).toBe('CUTOFF_PASSED');
    expect(await slotsOf(person!)).toEqual([[1, soon]]);
    expect(await counts(later)).toEqual({ reserved: 0, active: 0 });
  });

  it('the same slot, a full slot and someone else’s reservation are refused with their codes, writing nothing', async () => {
    const campaign = await Campaign.create(server);
    const from = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const full = await campaign.slot(tokyoAt(3, '11:00'), 1);
    const [person, other] = await campaign.recipients(2);
    const [reservation] = await booked(person!, from);
    await booked(other!, full);
    const change = (caller: Caller, newSlotId: string) =>
      caller.data(CHANGE, { input: { reservationId: reservation!.id, newSlotId } });

    expect((await change(person!, from)).changeReservation.error?.code).toBe('SAME_SLOT');
    expect((await change(person!, full)).changeReservation.error?.code).toBe('SLOT_FULL');
    expect((await change(other!, from)).changeReservation.error?.code).toBe('RESERVATION_NOT_FOUND');
    expect(await counts(from)).toEqual({ reserved: 1, active: 1 });
    expect(await counts(full)).toEqual({ reserved: 1, active: 1 });
    expect(await slotsOf(person!)).toEqual([[1, from]]);
  });

  it('an admin of the site changes on a person’s behalf even past the cut-off, audited; another site’s admin and venue staff cannot', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 72 });
    const elsewhere = await Campaign.create(server);
    const soon = await campaign.slot(tokyoAt(2, '10:00'), 5);
    const later = await campaign.slot(tokyoAt(8, '10:00'), 5);
    const [person] = await campaign.recipients(1);
    const [reservation] = await booked(person!, soon);
    const input = { input: { reservationId: reservation!.id, newSlotId: later } };

    expect(await (await adminOf(elsewhere, 'SITE_ADMIN')).errorCode(CHANGE, input)).toBe('NOT_FOUND');
    expect(await (await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId])).errorCode(CHANGE, input)).toBe(
      'FORBIDDEN',
    );
    expect(await slotsOf(person!)).toEqual([[1, soon]]);

    const admin = await adminOf(campaign, 'SITE_ADMIN');
    expect((await admin.data(CHANGE, input)).changeReservation.ok).toBe(true);
    expect(await slotsOf(person!)).toEqual([[1, later]]);
    const audit = await server.query<{ action: string; actor_role: string; before: unknown; after: unknown }>(
      `select action, actor_role, before, after from audit_log where target_id = ?`,
      [reservation!.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'changeReservation',
      actor_role: 'SITE_ADMIN',
      before: { slots: [{ slotId: soon }] },
      after: { slots: [{ slotId: later }] },
    });
  });

  it('a retry with the same idempotency key gets the first answer and moves nothing more; the key for another change is CONFLICT', async () => {
    const campaign = await Campaign.create(server);
    const from = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const to = await campaign.slot(tokyoAt(3, '12:00'), 5);
    const third = await campaign.slot(tokyoAt(3, '14:00'), 5);
    const [person] = await campaign.recipients(1);
    const [reservation] = await booked(person!, from);
    const input = { reservationId: reservation!.id, newSlotId: to, idempotencyKey: 'change-1' };

    const answers = await Promise.all(Array.from({ length: 5 }, () => person!.data(CHANGE, { input })));
    const again = await person!.data(CHANGE, { input });

    for (const answer of [...answers, again]) {
      expect(answer.changeReservation.ok).toBe(true);
      expect(answer.changeReservation.reservations.map((r) => r.slot.id)).toEqual([to]);
      expect(answer.changeReservation.previousSlots.map((s) => s.id)).toEqual([from]);
    }
    expect(await counts(from)).toEqual({ reserved: 0, active: 0 });
    expect(await counts(to)).toEqual({ reserved: 1, active: 1 });
    expect(await person!.errorCode(CHANGE, { input: { ...input, newSlotId: third } })).toBe('CONFLICT');
    expect(
      await person!.errorCode(BOOK, { input: { slotId: third, dose: 2, idempotencyKey: 'change-1' } }),
    ).toBe('CONFLICT');
    expect(await counts(third)).toEqual({ reserved: 0, active: 0 });
  });

  it('the change is mailed in the person’s language, naming the old and the new appointment', async () => {
    const campaign = await Campaign.create(server, { venueName: '市民会館' });
    const from = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const to = await campaign.slot(tokyoAt(5, '15:30'), 5);
    const ja = await withEmail(campaign, `change-ja-${campaign.site.code}@test.example`);
    const en = await withEmail(campaign, `change-en-${campaign.site.code}@test.example`, 'EN');
    for (const person of [ja, en]) {
      const [reservation] = await booked(person, from);
      expect(
        (await person.data(CHANGE, { input: { reservationId: reservation!.id, newSlotId: to } }))
          .changeReservation.ok,
      ).toBe(true);
    }

    const mails = await server.query<{ to_address: string; subject: string; body_text: string }>(
      `select to_address, subject, body_text from mail_outbox where site_id = ? and kind = 'BOOKING_CHANGE'`,
      [campaign.site.id],
    );
    expect(mails).toHaveLength(2);
    const jaMail = mails.find((m) => m.to_address.startsWith('change-ja'))!;
    expect(jaMail.subject).toBe('[Test campaign] ご予約の変更');
    expect(jaMail.body_text).toMatch(/変更前: 1回目: \d{4}年\d+月\d+日\(.\) 10:00 市民会館/);
    expect(jaMail.body_text).toMatch(/変更後: 1回目: \d{4}年\d+月\d+日\(.\) 15:30 市民会館/);
    const enMail = mails.find((m) => m.to_address.startsWith('change-en'))!;
    expect(enMail.subject).toBe('[Test campaign] Your booking has been changed');
    expect(enMail.body_text).toMatch(/Before: Dose 1: .*10:00 at 市民会館/);
    expect(enMail.body_text).toMatch(/Now: Dose 1: .*15:30 at 市民会館/);
  });

  it('a subscriber of the venue sees both slots’ counts after a change: the old one up, the new one down', async () => {
    const campaign = await Campaign.create(server);
    const from = await campaign.slot(tokyoAt(3, '10:00'), 4);
    const to = await campaign.slot(tokyoAt(3, '13:00'), 4);
    const [person] = await campaign.recipients(1);
    const [reservation] = await booked(person!, from);
    const subscription = server.subscribe(SLOT_AVAILABILITY_CHANGED, { venueId: campaign.venueId });
    await server.waitForSubscribers(1);
    const remaining = (messages: ResultOf<typeof SLOT_AVAILABILITY_CHANGED>[], slotId: string) =>
      messages
        .flatMap((m) => m.slotAvailabilityChanged)
        .filter((u) => u.slotId === slotId)
        .at(-1)?.remaining;

    const { changeReservation } = await person!.data(CHANGE, {
      input: { reservationId: reservation!.id, newSlotId: to },
    });
    expect(changeReservation.ok).toBe(true);

    await subscription.waitFor(
      (messages) => remaining(messages, from) === 4 && remaining(messages, to) === 3,
    );
    await subscription.close();
  });

  it('50 people changing into the last place and 50 booking it at once: exactly one gets it, everyone else keeps what they had', async () => {
    const campaign = await Campaign.create(server);
    const held = await campaign.slot(tokyoAt(5, '10:00'), 50);
    const last = await campaign.slot(tokyoAt(5, '15:00'), 1);
    const people = await campaign.recipients(100);
    const changers = people.slice(0, 50);
    const bookers = people.slice(50);
    const holdings = await Promise.all(changers.map(async (p) => (await booked(p, held))[0]!.id));

    const [changes, bookings] = await Promise.all([
      Promise.all(
        changers.map((p, i) => p.data(CHANGE, { input: { reservationId: holdings[i]!, newSlotId: last } })),
      ),
      Promise.all(bookers.map((p) => p.data(BOOK, { input: { slotId: last } }))),
    ]);

    const changed = changes.filter((c) => c.changeReservation.ok).length;
    const bookedFresh = bookings.filter((b) => b.bookReservation.ok).length;
    expect(changed + bookedFresh).toBe(1);
    expect(
      changes
        .filter((c) => !c.changeReservation.ok)
        .every((c) => c.changeReservation.error?.code === 'SLOT_FULL'),
    ).toBe(true);
    expect(
      bookings
        .filter((b) => !b.bookReservation.ok)
        .every((b) => b.bookReservation.error?.code === 'SLOT_FULL'),
    ).toBe(true);
    for (const [i, person] of changers.entries()) {
      expect(await slotsOf(person)).toEqual([[1, changes[i]!.changeReservation.ok ? last : held]]);
    }
    for (const [i, person] of bookers.entries()) {
      expect(await slotsOf(person)).toEqual(bookings[i]!.bookReservation.ok ? [[1, last]] : []);
    }
    expect(await counts(last)).toEqual({ reserved: 1, active: 1 });
    expect(await counts(held)).toEqual({ reserved: 50 - changed, active: 50 - changed });
  });

  it('a change into a place a booking takes while the change waits to write is refused with SLOT_FULL and moves nothing', async () => {
    const campaign = await Campaign.create(server);
    const held = await campaign.slot(tokyoAt(5, '10:00'), 5);
    const last = await campaign.slot(tokyoAt(5, '15:00'), 1);
    const [changer, booker] = await campaign.recipients(2);
    const [holding] = await booked(changer!, held);

    // The test holds the changer's reservation row: the change has read the slot with its place still free
    // and passed every check made before its write, and waits there while a booking takes that place.
    const lock = await RowLock.hold(server, 'select id from reservation where id = $1 for update', [
      holding!.id,
    ]);
    const change = changer!.data(CHANGE, { input: { reservationId: holding!.id, newSlotId: last } });
    const booking = await (async () => {
      try {
        await lock.waitForBlocked(1, /from reservation/);
        return (await booker!.data(BOOK, { input: { slotId: last } })).bookReservation;
      } finally {
        await lock.release();
      }
    })();

    expect(booking.ok).toBe(true);
    expect((await change).changeReservation).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    expect(await slotsOf(changer!)).toEqual([[1, held]]);
    expect(await counts(last)).toEqual({ reserved: 1, active: 1 });
    expect(await counts(held)).toEqual({ reserved: 1, active: 1 });
  });
});
