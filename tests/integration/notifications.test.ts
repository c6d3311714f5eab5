import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_DATE, Campaign, tokyoAt } from '../testkit/campaign.js';
import { adminOf, csv, importFile } from '../testkit/admin.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  BOOK,
  CANCEL,
  CANCEL_SLOT,
  ISSUED_TICKETS_FILE,
  RECIPIENT_LOGIN,
  REGISTER_RECIPIENT,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { SmtpSink, TestClock } from '../testkit/smtp-sink.js';
import { graphql } from '../testkit/generated/index.js';

let sink: SmtpSink;
let server: TestServer;
// Before the sites' reminder time (18:00 Tokyo), so the minutely sweep stays idle until a test moves it.
const clock = new TestClock(tokyoAt(0, '09:00'));
let serial = 0;

beforeAll(async () => {
  sink = await SmtpSink.start();
  server = await TestServer.start({ smtpUrl: sink.url, mailWorker: true, jobs: true }, { clock });
});
afterAll(async () => {
  await server.close();
  await sink.stop();
});

/** A registered recipient with an email address (and reminders switched on if asked). */
async function recipientWithEmail(
  campaign: Campaign,
  reminderOptIn = false,
  language: 'JA' | 'EN' = 'JA',
): Promise<Caller & { email: string }> {
  const [number] = await campaign.tickets(1);
  const { recipientLogin } = await server.caller().data(RECIPIENT_LOGIN, {
    input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
  });
  const caller = server.caller(recipientLogin.token);
  const email = `person-${++serial}-${campaign.site.code.toLowerCase()}@test.example`;
  await caller.data(REGISTER_RECIPIENT, {
    input: {
      familyNameKana: 'サトウ',
      givenNameKana: 'ケン',
      email,
      password: 'recipient-pass-1',
      acceptTerms: true,
      reminderOptIn,
      language,
    },
  });
  return Object.assign(caller, { email });
}

describe('mail for bookings and cancellations', () => {
  it('a set booking produces one confirmation naming both doses, and nothing more', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const first = await campaign.slot(tokyoAt(3, '10:00'), 5);
    await campaign.slot(tokyoAt(24, '10:00'), 5);
    const person = await recipientWithEmail(campaign);

    const { bookReservation } = await person.data(BOOK, { input: { slotId: first } });
    expect(bookReservation.ok).toBe(true);

    await sink.waitFor(() => sink.to(person.email).length === 1);
    await server.app.services.availability.settle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const mails = sink.to(person.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('ご予約を受け付けました');
    expect(mails[0]!.text).toMatch(/1回目: .*\n2回目: /);
    expect(mails[0]!.text).not.toContain(BIRTH_DATE);
  });

  it('a crowd booking one slot at once (sharing commits) gets one confirmation each, naming their own appointment', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(6, '10:00'), 30);
    const withMail = [];
    for (let i = 0; i < 12; i++) withMail.push(await recipientWithEmail(campaign));
    const withoutMail = await campaign.recipients(8);

    const answers = await Promise.all(
      [...withMail, ...withoutMail].map((person) => person.data(BOOK, { input: { slotId } })),
    );

    expect(answers.every((answer) => answer.bookReservation.ok)).toBe(true);
    const queued = await server.query<{ to_address: string; reservation_ids: string[] }>(
      `select to_address, render -> 'reservationIds' as reservation_ids from mail_outbox
        where site_id = ? and kind = 'BOOKING_CONFIRMATION'`,
      [campaign.site.id],
    );
    expect(queued.map((mail) => mail.to_address).sort()).toEqual(withMail.map((p) => p.email).sort());
    const byAddress = new Map(queued.map((mail) => [mail.to_address, mail.reservation_ids]));
    withMail.forEach((person, i) =>
      expect(byAddress.get(person.email)).toEqual([answers[i]!.bookReservation.reservations[0]!.id]),
    );
  });

  it('cancellations by the person and by the site (with its reason) are mailed; a failed booking is not', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 0 });
    const slotId = await campaign.slot(tokyoAt(4, '10:00'), 1);
    const other = await campaign.slot(tokyoAt(4, '11:00'), 5);
    const [alice, bob] = [
      await recipientWithEmail(campaign, false, 'EN'),
      await recipientWithEmail(campaign),
    ];

    const aliceBooking = (await alice.data(BOOK, { input: { slotId } })).bookReservation;
    expect((await bob.data(BOOK, { input: { slotId } })).bookReservation.error?.code).toBe('SLOT_FULL');
    await alice.data(CANCEL, { input: { reservationId: aliceBooking.reservations[0]!.id } });
    await bob.data(BOOK, { input: { slotId: other } });
    await campaign.operator.data(CANCEL_SLOT, { input: { slotId: other, reason: '医師の急病のため' } });

    await sink.waitFor(() => sink.to(alice.email).length === 2 && sink.to(bob.email).length === 2);
    // Mails of one batch are sent in parallel: compare them as a set, not in order.
    expect(
      sink
        .to(alice.email)
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      '[Test campaign] Your booking has been cancelled',
      '[Test campaign] Your booking is confirmed',
    ]);
    const bobCancelled = sink.to(bob.email).find((m) => m.subject.includes('取消'))!;
    expect(bobCancelled.subject).toContain('ご予約の取消');
    expect(bobCancelled.text).toContain('理由: 医師の急病のため');
  });

  it('a site with mail switched off sends nothing', async () => {
    const campaign = await Campaign.create(server, { mailEnabled: false });
    const slotId = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const person = await recipientWithEmail(campaign);
    await person.data(BOOK, { input: { slotId } });
    const rows = await server.query<{ n: number }>(
      `select count(*)::int as n from mail_outbox where site_id = ?`,
      [campaign.site.id],
    );
    expect(rows[0]!.n).toBe(0);
  });
});

describe('login information for issued tickets', () => {
  it('issuing 3 tickets queues 3 login mails, each with its own number and initial password', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const file = csv(['メールアドレス,枚数', 'kazoku@test.example,2', 'honnin@test.example,1', ',1']);
    const { preview, commit } = await importFile(
      server,
      admin,
      campaign.site.id,
      'ISSUANCE',
      new TextEncoder().encode(file),
    );
    expect((await commit()).ok).toBe(true);
    const { issuedTicketsFile } = await admin.data(ISSUED_TICKETS_FILE, {
      importId: preview.importId,
    });
    const issued = Buffer.from(issuedTicketsFile.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','))
      .map(([email, , number, password]) => ({ email: email!, number: number!, password: password! }));
    expect(issued).toHaveLength(4);

    await sink.waitFor(
      () => sink.to('kazoku@test.example').length === 2 && sink.to('honnin@test.example').length === 1,
    );
    for (const ticket of issued.filter((t) => t.email)) {
      const mail = sink.to(ticket.email).find((m) => m.text.includes(ticket.number));
      expect(mail?.subject).toBe('[Test campaign] ワクチン接種予約のログイン情報');
      expect(mail?.text).toContain(`初期パスワード: ${ticket.password}`);
    }
    // Once the SMTP server has them (and the worker recorded it), the passwords are no longer kept.
    const outbox = () =>
      server.query<{ status: string; body: string | null }>(
        `select status, body_text as body from mail_outbox where site_id = ?`,
        [campaign.site.id],
      );
    await waitUntil(async () => (await outbox()).every((row) => row.status === 'SENT'));
    expect((await outbox()).map((r) => r.body)).toEqual([null, null, null]);
  });
});

describe('delivery', () => {
  it('with the SMTP server stopped, 50 bookings lose no mail and each is delivered exactly once after it returns', async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 50);
    const people = [];
    for (let i = 0; i < 50; i++) people.push(await recipientWithEmail(campaign));
    await sink.stop();

    const results = await Promise.all(people.map((p) => p.data(BOOK, { input: { slotId } })));
    expect(results.every((r) => r.bookReservation.ok)).toBe(true);
    await waitUntil(async () => (await failedAttempts(campaign.site.id)) >= 50);

    await sink.restart();
    const addresses = new Set(people.map((p) => p.email));
    await sink.waitFor((mails) => mails.filter((m) => addresses.has(m.to)).length >= 50, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const delivered = sink.received.filter((m) => addresses.has(m.to));
    expect(delivered).toHaveLength(50);
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(50);
    const [row] = await server.query<{ sent: number }>(
      `select count(*) filter (where status = 'SENT')::int as sent from mail_outbox where site_id = ?`,
      [campaign.site.id],
    );
    expect(row!.sent).toBe(50);
  });

  it('two workers on one database never deliver the same mail twice', async () => {
    const second = await TestServer.start({ smtpUrl: sink.url, mailWorker: true });
    try {
      const campaign = await Campaign.create(server);
      const slotId = await campaign.slot(tokyoAt(6, '10:00'), 60);
      const people = [];
      for (let i = 0; i < 60; i++) people.push(await recipientWithEmail(campaign));
      // Half the bookings go through each server; both workers poll the same outbox.
      await Promise.all(
        people.map((p, i) => (i % 2 ? p : p.withUrl(second.url)).data(BOOK, { input: { slotId } })),
      );
      const addresses = new Set(people.map((p) => p.email));
      await sink.waitFor((mails) => mails.filter((m) => addresses.has(m.to)).length >= 60);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const delivered = sink.received.filter((m) => addresses.has(m.to));
      expect(delivered).toHaveLength(60);
      expect(new Set(delivered.map((m) => m.messageId)).size).toBe(60);
    } finally {
      await second.close();
    }
  });
});

describe('day-before reminders', () => {
  it('go at the site’s reminder time to exactly the opted-in, still-booked reservations of tomorrow', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 0 });
    const tomorrow = await campaign.slot(tokyoAt(1, '10:00'), 10);
    const dayAfter = await campaign.slot(tokyoAt(2, '10:00'), 10);
    const optedIn = await recipientWithEmail(campaign, true);
    const cancelledLater = await recipientWithEmail(campaign, true);
    const optedOut = await recipientWithEmail(campaign, false);
    const notTomorrow = await recipientWithEmail(campaign, true);
    for (const person of [optedIn, cancelledLater, optedOut])
      await person.data(BOOK, { input: { slotId: tomorrow } });
    await notTomorrow.data(BOOK, { input: { slotId: dayAfter } });
    const [toCancel] = (
      await cancelledLater.data(
        graphql(`
          query MyReservationIds {
            myReservations {
              id
            }
          }
        `),
      )
    ).myReservations;
    await cancelledLater.data(CANCEL, { input: { reservationId: toCancel!.id } });
    await sink.waitFor(() => sink.to(optedIn.email).length === 1); // the confirmation

    clock.set(tokyoAt(0, '17:59'));
    expect(await server.app.services.notifications.sweepReminders(server.app.orm.em.fork())).toBe(0);

    clock.set(tokyoAt(0, '18:00'));
    await server.app.reminders!.runNow();
    await sink.waitFor(() => sink.to(optedIn.email).length === 2);
    await server.app.reminders!.runNow();
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(sink.to(optedIn.email).map((m) => m.subject)).toEqual([
      '[Test campaign] ご予約を受け付けました',
      '[Test campaign] 【明日】ワクチン接種のご案内',
    ]);
    for (const person of [cancelledLater, optedOut, notTomorrow]) {
      expect(sink.to(person.email).some((m) => m.subject.includes('明日'))).toBe(false);
    }
  });
});

describe('development mailbox', () => {
  it('without SMTP, mails stay readable by the site admin through the mailbox query', async () => {
    const devServer = await TestServer.startIsolated({ mailWorker: true });
    try {
      const campaign = await Campaign.create(devServer);
      const other = await Campaign.create(devServer);
      const slotId = await campaign.slot(tokyoAt(3, '10:00'), 5);
      const [number] = await campaign.tickets(1);
      const { recipientLogin } = await devServer.caller().data(RECIPIENT_LOGIN, {
        input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
      });
      const person = devServer.caller(recipientLogin.token);
      await person.data(REGISTER_RECIPIENT, {
        input: {
          familyNameKana: 'タナカ',
          givenNameKana: 'ユキ',
          email: 'dev@test.example',
          password: 'recipient-pass-1',
          acceptTerms: true,
        },
      });
      await person.data(BOOK, { input: { slotId } });

      const query = graphql(`
        query Mailbox($siteId: ID) {
          mailbox(siteId: $siteId) {
            to
            subject
            text
            status
            transport
          }
        }
      `);
      await waitUntil(async () => {
        const { mailbox } = await campaign.operator.data(query, {
          siteId: campaign.site.id,
        });
        return mailbox.some((m) => m.status === 'SENT');
      });
      const { mailbox } = await campaign.operator.data(query, {
        siteId: campaign.site.id,
      });
      expect(mailbox).toEqual([
        expect.objectContaining({
          to: 'dev@test.example',
          transport: 'DEV_MAILBOX',
          subject: '[Test campaign] ご予約を受け付けました',
        }),
      ]);
      expect(mailbox[0]!.text).toContain('1回目');
      expect(await person.errorCode(query, { siteId: campaign.site.id })).toBe('FORBIDDEN');
      const { mailbox: otherMail } = await other.operator.data(query, {
        siteId: other.site.id,
      });
      expect(otherMail).toEqual([]);
    } finally {
      await devServer.close();
    }
  });
});

async function failedAttempts(siteId: string): Promise<number> {
  const [row] = await server.query<{ n: number }>(
    `select count(*)::int as n from mail_outbox where site_id = ? and status = 'PENDING' and attempts >= 1 and last_error is not null`,
    [siteId],
  );
  return row!.n;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
