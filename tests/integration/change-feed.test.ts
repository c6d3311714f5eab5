import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { adminOf, csv, importFile } from '../testkit/admin.js';
import { Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  BOOK,
  CANCEL,
  CHANGE,
  CHANGES,
  CREATE_WEBHOOK_ENDPOINT,
  PROXY_CANCEL,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

type Change = ResultOf<typeof CHANGES>['changes']['edges'][number]['node'];

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pages the feed from `after` until a page comes back empty; returns what it read and where it is. */
async function pageToEnd(admin: Caller, siteId: string, after: string | null, first = 50) {
  const read: Change[] = [];
  let cursor = after;
  for (;;) {
    const { changes } = await admin.data(CHANGES, { siteId, after: cursor, first });
    read.push(...changes.edges.map((e) => e.node));
    if (changes.pageInfo.endCursor) cursor = changes.pageInfo.endCursor;
    if (!changes.pageInfo.hasNextPage) return { read, cursor };
  }
}

/** What the domain tables say happened to a site's reservations: one booking each, one cancellation each. */
async function truthOf(siteId: string): Promise<string[]> {
  const rows = await server.query<{ id: string; status: string }>(
    `select id, status from reservation where site_id = ?`,
    [siteId],
  );
  return rows
    .flatMap((r) => [
      `reservation.booked ${r.id}`,
      ...(r.status === 'CANCELLED' ? [`reservation.cancelled ${r.id}`] : []),
    ])
    .sort();
}

const reservationKeys = (changes: readonly Change[]) =>
  changes
    .filter((c) => c.type.startsWith('reservation.'))
    .map((c) => `${c.type} ${c.reservationId}`)
    .sort();

describe('the change feed', () => {
  it('a pager paging while 60 recipients book and cancel at once misses no change and returns none twice', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slots = await Promise.all([1, 2, 3, 4].map((i) => campaign.slot(tokyoAt(3 + i, '10:00'), 12)));
    const recipients = await campaign.recipients(60);
    const { cursor: start } = await pageToEnd(admin, campaign.site.id, null);

    let writing = true;
    const writers = Promise.all(
      recipients.map(async (recipient, i) => {
        const { bookReservation } = await recipient.data(BOOK, { input: { slotId: slots[i % 4]!, dose: 1 } });
        if (bookReservation.ok && i % 3 === 0)
          await recipient.data(CANCEL, { input: { reservationId: bookReservation.reservations[0]!.id } });
      }),
    ).finally(() => (writing = false));
    // One pager, small pages, while the writers run and until everything they wrote has been read.
    const read: Change[] = [];
    let cursor = start;
    const expectedCount = async () => (await truthOf(campaign.site.id)).length;
    for (let rounds = 0; ; rounds++) {
      const page = await pageToEnd(admin, campaign.site.id, cursor, 7);
      read.push(...page.read);
      cursor = page.cursor;
      if (!writing && reservationKeys(read).length === (await expectedCount())) break;
      if (rounds > 2000) throw new Error('the feed never caught up');
      await wait(5);
    }
    await writers;

    const ids = read.map((c) => c.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(reservationKeys(read)).toEqual(await truthOf(campaign.site.id));
    expect(read.filter((c) => c.type === 'reservation.cancelled').length).toBeGreaterThan(0);
    // Nothing more turns up later: the pager has everything.
    await wait(100);
    expect((await pageToEnd(admin, campaign.site.id, cursor)).read).toEqual([]);
  }, 120_000);

  it('a change committed after a newer one is still read by a pager that has read up to the newer one', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(5, '10:00'), 10);
    const recipient = await campaign.recipient();
    const { cursor } = await pageToEnd(admin, campaign.site.id, null);

    // A slow writer: its transaction takes its id first, writes an event, and commits last.
    const slow = new pg.Client({ connectionString: inject('databaseUrl') });
    await slow.connect();
    let during: Change[];
    try {
      await slow.query('begin');
      await slow.query(
        `insert into event_log (site_id, type, payload)
         values ($1::uuid, 'import.committed', jsonb_build_object('type', 'import.committed', 'siteId', $1::text))`,
        [campaign.site.id],
      );
      const booked = await recipient.data(BOOK, { input: { slotId, dose: 1 } });
      expect(booked.bookReservation.ok).toBe(true);
      // The booking has committed, the older transaction has not: the feed holds the booking back.
      during = (await pageToEnd(admin, campaign.site.id, cursor)).read;
      await slow.query('commit');
    } finally {
      await slow.end();
    }
    expect(during.map((c) => c.type)).toEqual([]);
    let after: Change[] = [];
    for (let i = 0; i < 200 && after.length < 2; i++) {
      after = (await pageToEnd(admin, campaign.site.id, cursor)).read;
      if (after.length < 2) await wait(20);
    }
    // Both, the older transaction's first: the order is settled before a reader sees any of it.
    expect(after.map((c) => c.type)).toEqual(['import.committed', 'reservation.booked']);
  }, 60_000);

  it("a booking's events are written by the booking's own message: same transaction, no extra statement", async () => {
    const campaign = await Campaign.create(server);
    const slotId = await campaign.slot(tokyoAt(5, '16:00'), 5);
    const recipient = await campaign.recipient();
    const response = await recipient.request(BOOK, { input: { slotId, dose: 1 } });
    const reservationId = response.data!.bookReservation.reservations[0]!.id;
    // 4, as many as before the event log existed (measured at e571c3d): the append adds no statement.
    expect(response.extensions?.sqlStatements).toBe(4);
    const [row] = await server.query<{ same: boolean }>(
      `select (select xmin::text from reservation where id = ?) = (select tx::text::xid::text from event_log
                where reservation_id = ? and type = 'reservation.booked') as same`,
      [reservationId, reservationId],
    );
    expect(row!.same).toBe(true);
  });

  it('bookings that share one commit each have their event, once, written by that commit (and a refused shared commit leaves none)', async () => {
    const campaign = await Campaign.create(server);
    // Room for all 40 (their commits are shared), and a crowd of 60 at 15 places (a shared commit that
    // cannot fit everyone is refused whole, then the first that fit go together in one more).
    const roomy = await campaign.slot(tokyoAt(6, '10:00'), 40);
    const scarce = await campaign.slot(tokyoAt(6, '11:00'), 15);
    const recipients = await campaign.recipients(100);
    const results = await Promise.all(
      recipients.map((r, i) => r.data(BOOK, { input: { slotId: i < 40 ? roomy : scarce, dose: 1 } })),
    );
    expect(results.filter((r) => r.bookReservation.ok)).toHaveLength(55);

    for (const [slotId, places] of [
      [roomy, 40],
      [scarce, 15],
    ] as const) {
      const rows = await server.query<{ id: string; tx: string; events: number; same_tx: number }>(
        `select r.id, r.xmin::text as tx,
                (select count(*)::int from event_log e
                  where e.reservation_id = r.id and e.type = 'reservation.booked') as events,
                (select count(*)::int from event_log e
                  where e.reservation_id = r.id and e.tx::text::xid::text = r.xmin::text) as same_tx
           from reservation r where r.slot_id = ?`,
        [slotId],
      );
      expect(rows).toHaveLength(places);
      expect(rows.every((r) => r.events === 1 && r.same_tx === 1)).toBe(true);
      const [logged] = await server.query<{ n: number }>(
        `select count(*)::int as n from event_log where slot_id = ? and type = 'reservation.booked'`,
        [slotId],
      );
      expect(logged!.n).toBe(places);
      if (slotId === roomy) expect(new Set(rows.map((r) => r.tx)).size).toBeLessThan(places);
    }
  });

  it('cancellations appear with who cancelled, why, and the status they leave', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const startsAt = tokyoAt(6, '14:00');
    const slotId = await campaign.slot(startsAt, 5);
    const [mine, theirs] = await campaign.recipients(2);
    const a = (await mine!.data(BOOK, { input: { slotId, dose: 1 } })).bookReservation.reservations[0]!;
    const b = (await theirs!.data(BOOK, { input: { slotId, dose: 1 } })).bookReservation.reservations[0]!;
    await mine!.data(CANCEL, { input: { reservationId: a.id, reason: '都合が悪くなった' } });
    await admin.data(PROXY_CANCEL, { input: { reservationId: b.id, reason: '本人から電話' } });

    const { read } = await pageToEnd(admin, campaign.site.id, null);
    const cancelled = read.filter((c) => c.type === 'reservation.cancelled');
    expect(
      cancelled.map((c) => [
        c.reservationId,
        c.ticketNumber,
        c.cancelledBy,
        c.reason,
        c.reservationStatus,
        c.dose,
      ]),
    ).toEqual([
      [a.id, mine!.ticketNumber, 'RECIPIENT', '都合が悪くなった', 'CANCELLED', 1],
      [b.id, theirs!.ticketNumber, 'ADMIN', '本人から電話', 'CANCELLED', 1],
    ]);
    expect(cancelled.every((c) => c.slotId === slotId && c.slotStartsAt === startsAt.toISOString())).toBe(
      true,
    );
    const booked = read.filter((c) => c.type === 'reservation.booked');
    expect(booked.map((c) => [c.reservationId, c.madeBy, c.reservationStatus])).toEqual([
      [a.id, 'SELF', 'BOOKED'],
      [b.id, 'SELF', 'BOOKED'],
    ]);
    // Each ticket appears as issued, then registered by its holder, before its bookings.
    expect(read.filter((c) => c.ticketNumber === mine!.ticketNumber).map((c) => c.type)).toEqual([
      'ticket.issued',
      'ticket.registered',
      'reservation.booked',
      'reservation.cancelled',
    ]);
    const onlyCancellations = await admin.data(CHANGES, {
      siteId: campaign.site.id,
      types: ['reservation.cancelled'],
    });
    expect(onlyCancellations.changes.edges.map((e) => e.node.reservationId)).toEqual([a.id, b.id]);
  });

  it('a booking moved to another slot appears as reservation.moved: its new slot, still BOOKED, who moved it, where from', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const before = tokyoAt(6, '10:00');
    const after = tokyoAt(7, '11:00');
    const [from, to] = [await campaign.slot(before, 5), await campaign.slot(after, 5)];
    const [person] = await campaign.recipients(1);
    const booked = (await person!.data(BOOK, { input: { slotId: from, dose: 1 } })).bookReservation;
    const id = booked.reservations[0]!.id;
    const { changeReservation } = await admin.data(CHANGE, { input: { reservationId: id, newSlotId: to } });
    expect(changeReservation.ok).toBe(true);

    const moved = (
      await admin.data(CHANGES, { siteId: campaign.site.id, types: ['reservation.moved'] })
    ).changes.edges.map((e) => e.node);
    expect(
      moved.map((c) => [
        c.reservationId,
        c.ticketNumber,
        c.slotId,
        c.slotStartsAt,
        c.reservationStatus,
        c.madeBy,
        c.dose,
      ]),
    ).toEqual([[id, person!.ticketNumber, to, after.toISOString(), 'BOOKED', 'ADMIN', 1]]);
    expect(moved[0]!.data).toMatchObject({ fromSlotId: from, slotId: to });
    const { read } = await pageToEnd(admin, campaign.site.id, null);
    expect(read.filter((c) => c.reservationId === id).map((c) => c.type)).toEqual([
      'reservation.booked',
      'reservation.moved',
    ]);
  });

  it('imported tickets and a bulk booking file appear one entry per ticket and per reservation', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await campaign.slot(tokyoAt(7, '10:00'), 10);
    const tickets = await importFile(
      server,
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(
        csv([
          'ticket_number,birth_date,employee_id',
          '8800000001,1980-05-05,E-1',
          '8800000002,1980-05-05,E-2',
          '8800000003,1980-05-05,E-3',
        ]),
      ),
    );
    expect(await tickets.commit()).toMatchObject({ ok: true, createdCount: 3 });
    const bookings = await importFile(
      server,
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(
        csv([
          'ticket_number,venue,starts_at,dose',
          `8800000001,市民会館,${tokyoDate(7)} 10:00,1`,
          `8800000003,市民会館,${tokyoDate(7)} 10:00,1`,
        ]),
      ),
    );
    expect(await bookings.commit()).toMatchObject({ ok: true, createdCount: 2 });

    const { read } = await pageToEnd(admin, campaign.site.id, null);
    expect(read.filter((c) => c.type === 'ticket.issued').map((c) => [c.ticketNumber, c.externalId])).toEqual(
      [
        ['8800000001', 'E-1'],
        ['8800000002', 'E-2'],
        ['8800000003', 'E-3'],
      ],
    );
    expect(
      read
        .filter((c) => c.type === 'reservation.booked')
        .map((c) => [c.ticketNumber, c.externalId, c.madeBy]),
    ).toEqual([
      ['8800000001', 'E-1', 'BULK'],
      ['8800000003', 'E-3', 'BULK'],
    ]);
  });

  it("a site admin of site A sees nothing of site B: B's feed is NOT_FOUND and A's holds none of B's changes", async () => {
    const siteA = await Campaign.create(server);
    const siteB = await Campaign.create(server);
    const adminA = await adminOf(siteA, 'SITE_ADMIN');
    const slotB = await siteB.slot(tokyoAt(4, '09:00'), 5);
    const recipientB = await siteB.recipient();
    await recipientB.data(BOOK, { input: { slotId: slotB, dose: 1 } });

    const refused = await adminA.request(CHANGES, { siteId: siteB.site.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { read } = await pageToEnd(adminA, siteA.site.id, null);
    expect(read.every((c) => c.siteId === siteA.site.id)).toBe(true);
    expect(read.some((c) => c.ticketNumber === recipientB.ticketNumber)).toBe(false);
  });

  it('a recipient cannot read the feed, and a bad cursor or an unknown type is BAD_USER_INPUT', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const recipient = await campaign.recipient();
    const denied = await recipient.request(CHANGES, { siteId: campaign.site.id });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badCursor = await admin.request(CHANGES, { siteId: campaign.site.id, after: 'bm90IGEgY3Vyc29y' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badType = await admin.request(CHANGES, {
      siteId: campaign.site.id,
      types: ['reservation.exploded'],
    });
    expect(badType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a cursor the feed never gave (past the newest change, hand-made, or of another site) is BAD_USER_INPUT on after; one it gave still reads on', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slotId = await campaign.slot(tokyoAt(5, '12:00'), 5);
    const [first, second] = await campaign.recipients(2);
    await other.recipient();
    // Read to the end (once the registrations have settled): the last edge's cursor is where a reader stands.
    let end: string | null = null;
    for (let i = 0; i < 200 && !end; i++) {
      if (i > 0) await wait(20);
      const { read, cursor } = await pageToEnd(admin, campaign.site.id, null);
      if (read.filter((c) => c.type === 'ticket.registered').length === 2) end = cursor;
    }
    expect(end).not.toBeNull();
    const [kind, tx, position] = JSON.parse(Buffer.from(end!, 'base64url').toString('utf8')) as string[];
    const cursorOf = (...parts: string[]) =>
      Buffer.from(JSON.stringify([kind, ...parts])).toString('base64url');
    let otherEnd: string | null = null;
    for (let i = 0; i < 200 && !otherEnd; i++) {
      if (i > 0) await wait(20);
      otherEnd = (await pageToEnd(other.operator, other.site.id, null)).cursor;
    }

    const made = {
      pastTheEnd: cursorOf(tx!, String(BigInt(position!) + 1_000_000n)),
      laterTransaction: cursorOf(String(BigInt(tx!) + 1_000_000n), position!),
      beyondTheLog: cursorOf('99999999999999999999', '9999999999999999999'),
      leadingZero: cursorOf(tx!, `0${position!}`),
      zero: cursorOf('0', '0'),
      otherSite: otherEnd!,
    };
    for (const [name, after] of Object.entries(made)) {
      const refused = await admin.request(CHANGES, { siteId: campaign.site.id, after });
      expect([name, refused.data ?? null]).toEqual([name, null]);
      expect([name, refused.errors?.[0]?.extensions]).toMatchObject([
        name,
        { code: 'BAD_USER_INPUT', field: 'after' },
      ]);
      expect(refused.errors?.[0]?.message).toMatch(/^Unknown cursor/);
    }

    // The cursor it gave at the end of the log answers an empty page, again and again, then what comes next.
    expect((await admin.data(CHANGES, { siteId: campaign.site.id, after: end })).changes).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect((await admin.data(CHANGES, { siteId: campaign.site.id, after: end })).changes.edges).toEqual([]);
    await first!.data(BOOK, { input: { slotId, dose: 1 } });
    await second!.data(BOOK, { input: { slotId, dose: 1 } });
    let next: Change[] = [];
    for (let i = 0; i < 200 && next.length < 2; i++) {
      if (i > 0) await wait(20);
      next = (await pageToEnd(admin, campaign.site.id, end)).read;
    }
    expect(next.map((c) => c.type)).toEqual(['reservation.booked', 'reservation.booked']);
    // …and so does every cursor of every edge it gave, with a types filter or without.
    const { changes } = await admin.data(CHANGES, { siteId: campaign.site.id, first: 1000 });
    for (const edge of changes.edges) {
      expect(
        await admin.errorCode(CHANGES, { siteId: campaign.site.id, after: edge.cursor }),
      ).toBeUndefined();
      expect(
        await admin.errorCode(CHANGES, {
          siteId: campaign.site.id,
          after: edge.cursor,
          types: ['reservation.cancelled'],
        }),
      ).toBeUndefined();
    }
  });

  it('types: [] is refused with BAD_USER_INPUT naming types, as a webhook endpoint refuses eventTypes: []; omitting types reads every type', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await campaign.recipient();
    const empty = await admin.request(CHANGES, { siteId: campaign.site.id, types: [] });
    expect(empty.data).toBeNull();
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types' });
    const endpoint = await admin.request(CREATE_WEBHOOK_ENDPOINT, {
      input: { siteId: campaign.site.id, url: 'https://hr.example.com/hooks', eventTypes: [] },
    });
    expect(endpoint.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventTypes' });
    // Omitted (or null), types still means every type (once the registration has settled in the log).
    for (const types of [undefined, null]) {
      let seen: string[] = [];
      for (let i = 0; i < 200 && !seen.includes('ticket.registered'); i++) {
        if (i > 0) await wait(20);
        const { changes } = await admin.data(CHANGES, { siteId: campaign.site.id, types });
        seen = changes.edges.map((e) => e.node.type);
      }
      expect(seen).toEqual(['ticket.issued', 'ticket.registered']);
    }
  });
});
