import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { adminOf } from '../testkit/admin.js';
import { Campaign, laterToday, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import { queryText, type Caller } from '../testkit/graphql-client.js';
import {
  AUDIT_LOG,
  BOOK,
  CHECK_IN,
  CREATE_VENUE,
  MARK_NO_SHOW,
  REGISTER_TICKETS,
} from '../testkit/operations.js';
import {
  ADD_VENUE_DOCTOR,
  LINK_REAL_TICKET,
  RECORD_AT_DESK,
  UNDO_VENUE_ACTION,
  VENUE_DAY_CHANGED,
  VENUE_DAY_SEARCH,
  VENUE_DAY_SUMMARY,
  VENUE_DESK_DEFAULTS,
} from '../testkit/records-operations.js';
import { graphql } from '../testkit/generated/index.js';
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

const today = () => tokyoDate(0);

async function waitForVenueDaySubscribers(count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (server.app.services.venueDayHub.subscriberCount() < count) {
    if (Date.now() > deadline) throw new Error('venue day subscribers did not start');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The first error a subscription ends with (graphql-ws delivers execution errors as an error message). */
async function subscriptionError(token: string | undefined, venueId: string, date: string): Promise<string> {
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  try {
    return await new Promise<string>((resolve) => {
      client.subscribe(
        { query: queryText(VENUE_DAY_CHANGED), variables: { venueId, date } },
        {
          next: (message) => {
            const code = (message.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions
              ?.code;
            resolve(code ?? `next ${JSON.stringify(message)}`);
          },
          error: (error) => {
            const first = (Array.isArray(error) ? error[0] : error) as { extensions?: { code?: string } };
            resolve(first?.extensions?.code ?? JSON.stringify(error));
          },
          complete: () => resolve('complete'),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('the venue day on two tablets', () => {
  it('two staff tablets at one venue each see the other’s check-ins and records within a second', async () => {
    const campaign = await Campaign.create(server);
    const [first, second] = [
      await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]),
      await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]),
    ];
    const slot = await campaign.slot(await laterToday(), 5);
    const [a, b] = await campaign.recipients(2);
    const [ra, rb] = [await book(a!, slot), await book(b!, slot)];
    const before = server.app.services.venueDayHub.subscriberCount();
    const tabletA = server.subscribe(
      VENUE_DAY_CHANGED,
      { venueId: campaign.venueId, date: today() },
      first.token,
    );
    const tabletB = server.subscribe(
      VENUE_DAY_CHANGED,
      { venueId: campaign.venueId, date: today() },
      second.token,
    );
    // Another day of the same venue hears nothing of today.
    const tomorrow = server.subscribe(
      VENUE_DAY_CHANGED,
      { venueId: campaign.venueId, date: tokyoDate(1) },
      first.token,
    );
    try {
      await waitForVenueDaySubscribers(before + 3);
      await first.data(CHECK_IN, { input: { reservationId: ra } });
      const checkedAt = Date.now();
      await tabletB.waitFor((m) => m.some((x) => x.venueDayChanged.change === 'CHECKED_IN'), 1000);
      console.log(
        `tablet B heard tablet A's check-in ${Date.now() - checkedAt} ms after the mutation answered`,
      );

      await second.data(RECORD_AT_DESK, {
        input: { reservationId: rb, lotNumber: 'FF1234', doctorName: '山田 太郎', deskId: 'desk-2' },
      });
      const recordedAt = Date.now();
      await tabletA.waitFor((m) => m.some((x) => x.venueDayChanged.change === 'VACCINATED'), 1000);
      console.log(
        `tablet A heard tablet B's record ${Date.now() - recordedAt} ms after the mutation answered`,
      );
      await first.data(UNDO_VENUE_ACTION, { input: { reservationId: ra, action: 'CHECK_IN' } });
      await tabletB.waitFor((m) => m.some((x) => x.venueDayChanged.change === 'CHECK_IN_UNDONE'), 1000);

      expect(
        tabletB.messages.map((m) => [m.venueDayChanged.reservationId, m.venueDayChanged.change]),
      ).toEqual([
        [ra, 'CHECKED_IN'],
        [rb, 'VACCINATED'],
        [ra, 'CHECK_IN_UNDONE'],
      ]);
      expect(tabletA.messages[0]!.venueDayChanged).toMatchObject({ slotId: slot, date: today() });
      expect(tomorrow.messages).toEqual([]);
    } finally {
      await Promise.all([tabletA.close(), tabletB.close(), tomorrow.close()]);
    }
  });
});

describe('the venue day: list, search, desk, undo', () => {
  it('counts by slot: arrived, vaccinated, no-show and still to come, and the undo of each puts the counts back', async () => {
    const campaign = await Campaign.create(server);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const later = await campaign.slot(await laterToday(), 5);
    const startsNow = await campaign.slot(new Date(Date.now() + 3000), 5);
    const people = await campaign.recipients(4);
    const [arrived, vaccinated, waiting] = [
      await book(people[0]!, later),
      await book(people[1]!, later),
      await book(people[2]!, later),
    ];
    const absent = await book(people[3]!, startsNow);
    await staff.data(CHECK_IN, { input: { reservationId: arrived } });
    await staff.data(CHECK_IN, { input: { reservationId: vaccinated } });
    await staff.data(RECORD_AT_DESK, {
      input: { reservationId: vaccinated, lotNumber: 'FF1234', doctorName: '山田 太郎' },
    });
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect((await staff.data(MARK_NO_SHOW, { input: { reservationId: absent } })).markNoShow.ok).toBe(true);

    const summary = async () =>
      (await staff.data(VENUE_DAY_SUMMARY, { venueId: campaign.venueId, date: today() })).venueDaySummary;
    const counts = await summary();
    expect(counts.totals).toEqual({ booked: 4, arrived: 2, vaccinated: 1, noShow: 1, toCome: 1 });
    expect(counts.slots.find((s) => s.slotId === later)).toMatchObject({
      vaccineName: 'ファイザー',
      booked: 3,
      arrived: 2,
      vaccinated: 1,
      toCome: 1,
    });
    // The live board of the venue's day carries the same counts.
    const { venueBoard } = await staff.data(
      graphql(`
        query VenueBoardAttendance($venueId: ID!, $date: LocalDate!) {
          venueBoard(venueId: $venueId, date: $date) {
            attendance {
              totals {
                arrived
                vaccinated
                noShow
                toCome
              }
            }
          }
        }
      `),
      { venueId: campaign.venueId, date: today() },
    );
    expect(venueBoard.attendance.totals).toEqual({ arrived: 2, vaccinated: 1, noShow: 1, toCome: 1 });
    const reserved = () =>
      server.query<{ id: string; reserved: number }>(
        `select id, reserved from slot where site_id = ? order by id`,
        [campaign.site.id],
      );
    const placesBefore = await reserved();

    const undo = (reservationId: string, action: 'CHECK_IN' | 'NO_SHOW' | 'VACCINATION') =>
      staff.data(UNDO_VENUE_ACTION, { input: { reservationId, action } });
    expect((await undo(vaccinated, 'VACCINATION')).undoVenueAction).toMatchObject({
      ok: true,
      reservation: { status: 'BOOKED', vaccination: null },
    });
    expect((await undo(absent, 'NO_SHOW')).undoVenueAction).toMatchObject({
      ok: true,
      reservation: { status: 'BOOKED' },
    });
    expect((await undo(arrived, 'CHECK_IN')).undoVenueAction).toMatchObject({
      ok: true,
      reservation: { status: 'BOOKED', checkedInAt: null },
    });
    expect((await undo(waiting, 'CHECK_IN')).undoVenueAction).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_UNDO' },
    });
    expect((await summary()).totals).toEqual({ booked: 4, arrived: 1, vaccinated: 0, noShow: 0, toCome: 3 });
    expect(await reserved()).toEqual(placesBefore);
    const [{ records }] = (await server.query<{ records: number }>(
      `select count(*)::int as records from vaccination_record where site_id = ?`,
      [campaign.site.id],
    )) as [{ records: number }];
    expect(records).toBe(0);

    const { auditLog } = await campaign.operator.data(AUDIT_LOG, { siteId: campaign.site.id, first: 3 });
    expect(auditLog.edges.map((e) => [e.node.action, e.node.before!.status, e.node.after!.status])).toEqual([
      ['undoCheckIn', 'BOOKED', 'BOOKED'],
      ['undoNoShow', 'NO_SHOW', 'BOOKED'],
      ['undoVaccination', 'VACCINATED', 'BOOKED'],
    ]);
  });

  it('a mistake is undone on its own day only, and a no-show whose dose was booked again stays', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 0 });
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const dayAfter = await campaign.slot(tokyoAt(2, '10:00'), 5);
    const startsNow = await campaign.slot(new Date(Date.now() + 3000), 5);
    const [early, absent] = await campaign.recipients(2);
    const earlyId = await book(early!, dayAfter);
    await staff.data(CHECK_IN, { input: { reservationId: earlyId } });
    expect(
      (await staff.data(UNDO_VENUE_ACTION, { input: { reservationId: earlyId, action: 'CHECK_IN' } }))
        .undoVenueAction,
    ).toMatchObject({ ok: false, error: { code: 'DAY_OVER' } });

    const absentId = await book(absent!, startsNow);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await staff.data(MARK_NO_SHOW, { input: { reservationId: absentId } });
    await book(absent!, dayAfter);
    const { undoVenueAction } = await staff.data(UNDO_VENUE_ACTION, {
      input: { reservationId: absentId, action: 'NO_SHOW' },
    });
    expect(undoVenueAction).toMatchObject({
      ok: false,
      error: { code: 'DOSE_REBOOKED' },
      reservation: { status: 'NO_SHOW' },
    });
  });

  it('finds a person by ticket number, by name in hiragana or half-width kana, and by a scanned real-ticket line', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    await admin.data(REGISTER_TICKETS, {
      input: {
        siteId: campaign.site.id,
        kind: 'PROVISIONAL',
        tickets: [{ number: '9100000001', birthDate: '1980-05-05' }],
      },
    });
    const [ticket] = await server.query<{ id: string }>(`select id from ticket where site_id = ?`, [
      campaign.site.id,
    ]);
    await admin.data(LINK_REAL_TICKET, { input: { ticketId: ticket!.id, line: '110110020000004242' } });
    const slot = await campaign.slot(await laterToday(), 5);
    const reservationId = await book(await campaign.recipient('9100000001'), slot);

    const search = (query: string) =>
      staff.request(VENUE_DAY_SEARCH, { venueId: campaign.venueId, date: today(), query });
    for (const query of ['９１００００００01', 'やまだ', 'ﾔﾏﾀﾞ ﾊﾅｺ', '11 011002 0000004242', '0000004242']) {
      expect((await search(query)).data?.venueDaySearch, query).toEqual([
        { id: reservationId, ticketNumber: '9100000001', realNumber: '0000004242', status: 'BOOKED' },
      ]);
    }
    expect((await search('スズキ')).data?.venueDaySearch).toEqual([]);
    expect((await search('110110030000004242')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
    });
    expect((await search('yamada;--')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a desk gets back the manufacturer, lot and doctor it recorded last; another desk has none yet', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const { addVenueDoctor } = await admin.data(ADD_VENUE_DOCTOR, {
      input: { venueId: campaign.venueId, name: '佐藤 一郎' },
    });
    const slot = await campaign.slot(await laterToday(), 5);
    const people = await campaign.recipients(2);
    for (const [i, person] of people.entries()) {
      await staff.data(RECORD_AT_DESK, {
        input: {
          reservationId: await book(person, slot),
          lotNumber: `LOT-${i}`,
          manufacturer: '武田/モデルナ',
          doctorId: addVenueDoctor.id,
          deskId: 'desk-1',
          vaccinatedAt: new Date().toISOString(),
        },
      });
    }
    const desk = (deskId: string) =>
      staff.data(VENUE_DESK_DEFAULTS, { venueId: campaign.venueId, deskId }).then((d) => d.venueDeskDefaults);
    expect(await desk('desk-1')).toEqual({
      manufacturer: '武田/モデルナ',
      lotNumber: 'LOT-1',
      doctorId: addVenueDoctor.id,
      doctorName: '佐藤 一郎',
    });
    expect(await desk('desk-2')).toBeNull();
  });
});

describe('the venue day: who may', () => {
  it('staff of another venue, another site’s admin, a recipient and a stranger are refused everything of the venue day', async () => {
    const campaign = await Campaign.create(server);
    const { createVenue } = await campaign.operator.data(CREATE_VENUE, {
      input: { siteId: campaign.site.id, name: '別会場', address: '', vaccineIds: [campaign.vaccineId] },
    });
    const elsewhere = await adminOf(campaign, 'VENUE_STAFF', [createVenue.id]);
    const other = await adminOf(await Campaign.create(server), 'SITE_ADMIN');
    const slot = await campaign.slot(await laterToday(), 5);
    const [recipient] = await campaign.recipients(1);
    const reservationId = await book(recipient!, slot);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    await staff.data(CHECK_IN, { input: { reservationId } });

    const venueId = campaign.venueId;
    const date = today();
    for (const [caller, code] of [
      [elsewhere, 'FORBIDDEN'],
      [other, 'NOT_FOUND'],
      [recipient!, 'FORBIDDEN'],
      [server.caller(), 'UNAUTHENTICATED'],
    ] as const) {
      expect(await caller.errorCode(VENUE_DAY_SUMMARY, { venueId, date })).toBe(code);
      expect(await caller.errorCode(VENUE_DAY_SEARCH, { venueId, date, query: 'ヤマダ' })).toBe(code);
      expect(await caller.errorCode(VENUE_DESK_DEFAULTS, { venueId, deskId: 'desk-1' })).toBe(code);
      expect(
        await caller.errorCode(UNDO_VENUE_ACTION, { input: { reservationId, action: 'CHECK_IN' } }),
      ).toBe(code);
      expect(await subscriptionError(caller.token, venueId, date)).toBe(code);
    }
    const [row] = await server.query<{ checked: boolean }>(
      `select checked_in_at is not null as checked from reservation where id = ?`,
      [reservationId],
    );
    expect(row!.checked).toBe(true);
  });
});
