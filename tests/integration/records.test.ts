import type { VariablesOf } from '@graphql-typed-document-node/core';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  AUDIT_LOG,
  BOOK,
  CANCEL,
  CANCEL_VENUE_DAY,
  CHECK_IN,
  CREATE_VENUE,
  EXPORT_RESERVATIONS,
  MARK_NO_SHOW,
  MY_RESERVATIONS,
  MY_VENUES,
  PROXY_BOOK,
  PROXY_CANCEL,
  RECORD_VACCINATION,
  RESERVATIONS,
  VENUE_DAY,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

async function book(recipient: Caller, slotId: string): Promise<string> {
  const { bookReservation } = await recipient.data(BOOK, { input: { slotId } });
  if (!bookReservation.ok) throw new Error(JSON.stringify(bookReservation.error));
  return bookReservation.reservations[0]!.id;
}

describe('reservation list', () => {
  it('filters by venue, date range, status, ticket number and name, and pages with the same SQL count per page', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const day3 = await campaign.slot(tokyoAt(3, '10:00'), 50);
    const day4 = await campaign.slot(tokyoAt(4, '10:00'), 50);
    const recipients = await campaign.recipients(12);
    for (const [i, recipient] of recipients.entries()) await book(recipient, i < 8 ? day3 : day4);
    const list = (variables: Omit<VariablesOf<typeof RESERVATIONS>, 'siteId'>) =>
      admin.request(RESERVATIONS, { siteId: campaign.site.id, ...variables });

    const all = await list({ first: 100 });
    expect(all.data!.reservations.edges).toHaveLength(12);
    expect(
      (await list({ filter: { fromDate: tokyoDate(4), toDate: tokyoDate(4) } })).data!.reservations.edges,
    ).toHaveLength(4);
    expect(
      (await list({ filter: { venueId: campaign.venueId, status: 'CANCELLED' } })).data!.reservations.edges,
    ).toHaveLength(0);
    const byNumber = await list({
      filter: {
        ticketNumber: recipients[5]!.ticketNumber.replace(/\d/g, (d) =>
          String.fromCharCode(d.charCodeAt(0) + 0xfee0),
        ),
      },
    });
    expect(byNumber.data!.reservations.edges.map((e) => e.node.ticketNumber)).toEqual([
      recipients[5]!.ticketNumber,
    ]);
    expect((await list({ filter: { name: 'ﾔﾏﾀﾞ ﾊﾅ' } })).data!.reservations.edges).toHaveLength(12);
    expect((await list({ filter: { name: 'スズキ' } })).data!.reservations.edges).toHaveLength(0);

    const seen: string[] = [];
    const statements: number[] = [];
    let after: string | null = null;
    do {
      const response = await list({ first: 5, after });
      statements.push(response.extensions!.sqlStatements!);
      seen.push(...response.data!.reservations.edges.map((e) => e.node.id));
      after = response.data!.reservations.pageInfo.hasNextPage
        ? response.data!.reservations.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(all.data!.reservations.edges.map((e) => e.node.id));
    expect(statements).toHaveLength(3);
    expect(new Set([...statements, all.extensions!.sqlStatements]).size).toBe(1);
    console.log(
      `reservation list SQL statements per page: ${statements.join(', ')} (page of 100: ${all.extensions!.sqlStatements})`,
    );
  });
});

describe('proxy booking and cancellation', () => {
  it('an admin books for a person (made by ADMIN) and cancels after the recipient cut-off, both audited', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 48 });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(1, '15:00'), 5);
    const [recipient] = await campaign.recipients(1);
    const [ticket] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = ?`,
      [campaign.site.id, recipient!.ticketNumber],
    );

    const { proxyBookReservation } = await admin.data(PROXY_BOOK, {
      input: { ticketId: ticket!.id, slotId: slot },
    });
    expect(proxyBookReservation).toMatchObject({ ok: true, reservations: [{ madeBy: 'ADMIN' }] });
    const reservationId = proxyBookReservation.reservations[0]!.id;

    const own = await recipient!.data(CANCEL, { input: { reservationId } });
    expect(own.cancelReservation.error?.code).toBe('CUTOFF_PASSED');
    const { proxyCancelReservation } = await admin.data(PROXY_CANCEL, {
      input: { reservationId, reason: '体調不良のため電話で依頼' },
    });
    expect(proxyCancelReservation).toMatchObject({
      ok: true,
      cancelled: [{ status: 'CANCELLED', cancelReason: '体調不良のため電話で依頼' }],
    });
    const { myReservations } = await recipient!.data(MY_RESERVATIONS);
    expect(myReservations.map((r) => r.status)).toEqual(['CANCELLED']);

    const { auditLog } = await admin.data(AUDIT_LOG, { siteId: campaign.site.id });
    expect(auditLog.edges.map((e) => e.node.action).slice(0, 2)).toEqual([
      'proxyCancelReservation',
      'proxyBookReservation',
    ]);
    expect(auditLog.edges[0]!.node).toMatchObject({ actorRole: 'SITE_ADMIN', targetId: reservationId });
  });

  it('cancelling a venue’s day cancels every booking there and its set partners, closes the slots and keeps the reason', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const first = await campaign.slot(tokyoAt(2, '10:00'), 5);
    const second = await campaign.slot(tokyoAt(23, '10:00'), 5);
    const other = await campaign.slot(tokyoAt(3, '10:00'), 5);
    await campaign.slot(tokyoAt(24, '10:00'), 5);
    const recipients = await campaign.recipients(3);
    await book(recipients[0]!, first);
    await book(recipients[1]!, first);
    await book(recipients[2]!, other);

    const { cancelVenueDay } = await admin.data(CANCEL_VENUE_DAY, {
      input: { venueId: campaign.venueId, date: tokyoDate(2), reason: '台風のため休止' },
    });
    expect(cancelVenueDay).toEqual({ cancelledReservations: 4, cancelledSlots: 1 });
    const slots = await server.query<{ id: string; status: string; reserved: number }>(
      `select id, status, reserved from slot where id in (?, ?, ?)`,
      [first, second, other],
    );
    expect(Object.fromEntries(slots.map((s) => [s.id, [s.status, s.reserved]]))).toEqual({
      [first]: ['CANCELLED', 0],
      [second]: ['OPEN', 0],
      [other]: ['OPEN', 1],
    });
    const reasons = await server.query<{ cancel_reason: string }>(
      `select distinct cancel_reason from reservation where site_id = ? and status = 'CANCELLED'`,
      [campaign.site.id],
    );
    expect(reasons).toEqual([{ cancel_reason: '台風のため休止' }]);
  });
});

describe('venue staff', () => {
  it('see only their venues, check people in, record vaccinations and mark no-shows', async () => {
    const campaign = await Campaign.create(server);
    const { createVenue } = await campaign.operator.data(CREATE_VENUE, {
      input: { siteId: campaign.site.id, name: '第二会場', address: '', vaccineIds: [campaign.vaccineId] },
    });
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const soon = new Date(Date.now() + 2 * 3600_000);
    const today = await campaign.slot(soon, 5);
    const startsNow = await campaign.slot(new Date(Date.now() + 3000), 5);
    const recipients = await campaign.recipients(3);
    const vaccinated = await book(recipients[0]!, today);
    const booked = await book(recipients[1]!, today);
    const absent = await book(recipients[2]!, startsNow);

    expect((await staff.data(MY_VENUES)).myVenues.map((v) => v.id)).toEqual([campaign.venueId]);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(soon);
    const { venueDay } = await staff.data(VENUE_DAY, { venueId: campaign.venueId, date });
    expect(venueDay.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([vaccinated, booked]));
    expect(await staff.errorCode(VENUE_DAY, { venueId: createVenue.id, date })).toBe('FORBIDDEN');

    const checkIn = await staff.data(CHECK_IN, {
      input: { reservationId: vaccinated },
    });
    expect(checkIn.checkIn.ok).toBe(true);
    expect(checkIn.checkIn.reservation.checkedInAt).not.toBeNull();
    const recorded = await staff.data(RECORD_VACCINATION, {
      input: { reservationId: vaccinated, lotNumber: 'FF1234', doctorName: '山田 太郎' },
    });
    expect(recorded.recordVaccination).toMatchObject({
      ok: true,
      reservation: {
        status: 'VACCINATED',
        vaccination: { lotNumber: 'FF1234', doctorName: '山田 太郎', vaccinatedOn: date },
      },
    });

    const early = await staff.data(MARK_NO_SHOW, {
      input: { reservationId: booked },
    });
    expect(early.markNoShow).toMatchObject({ ok: false, error: { code: 'NOT_STARTED' } });
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const noShow = await staff.data(MARK_NO_SHOW, { input: { reservationId: absent } });
    expect(noShow.markNoShow).toMatchObject({ ok: true, reservation: { status: 'NO_SHOW' } });

    const { auditLog } = await campaign.operator.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      first: 3,
    });
    expect(auditLog.edges.map((e) => [e.node.action, e.node.before!.status, e.node.after!.status])).toEqual([
      ['markNoShow', 'BOOKED', 'NO_SHOW'],
      ['recordVaccination', 'BOOKED', 'VACCINATED'],
      ['checkIn', 'BOOKED', 'BOOKED'],
    ]);
  });
});

describe('exports', () => {
  it('the export of a cancel reason like =HYPERLINK(...) is inert, in UTF-8 with BOM and CRLF or in CP932', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    // Venue names are refused when they start like a formula (the national record reads them unaltered);
    // a cancel reason is free text and reaches the Excel export as typed.
    const slot = await campaign.slot(tokyoAt(3, '10:00'), 3);
    const [recipient] = await campaign.recipients(1);
    const reservationId = await book(recipient!, slot);
    await admin.data(PROXY_CANCEL, { input: { reservationId, reason: '=HYPERLINK("//x.jp","開く")' } });

    for (const encoding of ['UTF8_BOM', 'CP932'] as const) {
      const { exportReservations } = await admin.data(EXPORT_RESERVATIONS, {
        input: { siteId: campaign.site.id, encoding },
      });
      expect(exportReservations).toMatchObject({ rowCount: 1, encoding });
      const raw = Buffer.from(exportReservations.base64, 'base64');
      const text = encoding === 'CP932' ? iconv.decode(raw, 'cp932') : raw.subarray(3).toString('utf8');
      expect(text).toContain(`"'=HYPERLINK(""//x.jp"",""開く"")"`);
      expect(text).not.toMatch(/(^|,|\r\n)"?=HYPERLINK/);
      expect(text.split('\r\n')[0]).toContain('接種券番号');
    }
  });
  // The national record layout has golden-file tests: national-records.test.ts.
});
