import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, importFile } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign, laterToday, tokyoAt } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  AUDIT_LOG,
  BOOK,
  CREATE_SLOT,
  CREATE_VACCINE,
  CREATE_VENUE,
  MY_RESERVATIONS,
  PROXY_BOOK,
  RECIPIENT_LOGIN,
  RECORD_VACCINATION,
  REGISTER_RECIPIENT,
  REVOKE_TICKET,
  REVOKE_TICKETS,
  ROSTER,
  UPSERT_TICKETS,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

type Row = VariablesOf<typeof UPSERT_TICKETS>['input']['rows'][number];

/** Roster rows an HR system would send: numbers 2000000000 + i, employee ids E00000i. */
function hrRows(count: number, from = 0): Row[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      ticketNumber: String(2_000_000_000 + i),
      birthDate: BIRTH_DATE,
      externalId: `E${String(i).padStart(6, '0')}`,
      email: `e${i}@corp.example`,
      department: i % 2 ? '営業部' : '開発部',
    };
  });
}

/** Everything stored about a site's tickets, for "the database is identical" comparisons. */
function ticketTable(siteId: string) {
  return server.query(
    `select id, number, municipality_code, to_char(birth_date, 'YYYY-MM-DD') as birth_date, kind, status,
            external_id, email, department, created_at::text
       from ticket where site_id = ? order by number`,
    [siteId],
  );
}

async function registerAs(campaign: Campaign, number: string, family: string, given: string, email?: string) {
  const caller = await campaign.login(number);
  await caller.data(REGISTER_RECIPIENT, {
    input: {
      familyNameKana: family,
      givenNameKana: given,
      password: 'recipient-pass-1',
      acceptTerms: true,
      email,
    },
  });
  return caller;
}

async function book(recipient: Caller, slotId: string, dose = 1): Promise<string> {
  const { bookReservation } = await recipient.data(BOOK, { input: { slotId, dose } });
  if (!bookReservation.ok) throw new Error(JSON.stringify(bookReservation.error));
  return bookReservation.reservations[0]!.id;
}

describe('upsertTickets', () => {
  it('the same call twice equals once: the second answers UNCHANGED for every row and the table is identical', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const input = { siteId: campaign.site.id, rows: hrRows(5) };

    const first = (await admin.data(UPSERT_TICKETS, { input })).upsertTickets;
    expect(first).toMatchObject({ ok: true, applied: true, created: 5, updated: 0, unchanged: 0, failed: 0 });
    expect(first.rows.map((r) => [r.index, r.outcome])).toEqual([0, 1, 2, 3, 4].map((i) => [i, 'CREATED']));
    const after = await ticketTable(campaign.site.id);
    expect(after).toHaveLength(5);
    expect(after[0]).toMatchObject({ kind: 'PROVISIONAL', external_id: 'E000000', department: '開発部' });

    const second = (await admin.data(UPSERT_TICKETS, { input })).upsertTickets;
    expect(second).toMatchObject({
      ok: true,
      applied: true,
      created: 0,
      updated: 0,
      unchanged: 5,
      failed: 0,
    });
    expect(second.rows.map((r) => r.outcome)).toEqual(Array(5).fill('UNCHANGED'));
    expect(second.rows.map((r) => r.ticketId)).toEqual(first.rows.map((r) => r.ticketId));
    expect(await ticketTable(campaign.site.id)).toEqual(after);

    const { auditLog } = await admin.data(AUDIT_LOG, { siteId: campaign.site.id, action: 'upsertTickets' });
    expect(auditLog.edges.map((e) => e.node.after)).toEqual([
      { rows: 5, created: 0, updated: 0, unchanged: 5, failed: 0 },
      { rows: 5, created: 5, updated: 0, unchanged: 0, failed: 0 },
    ]);
  });

  it('updates the fields a row names, keeps the ones it omits and clears the ones it sets to null', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const [row] = hrRows(1);
    await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: [row!] } });

    const { upsertTickets } = await admin.data(UPSERT_TICKETS, {
      input: {
        siteId: campaign.site.id,
        rows: [{ ticketNumber: row!.ticketNumber, birthDate: BIRTH_DATE, department: '人事部', email: null }],
      },
    });
    expect(upsertTickets).toMatchObject({ updated: 1, rows: [{ outcome: 'UPDATED' }] });
    const [stored] = await ticketTable(campaign.site.id);
    expect(stored).toMatchObject({ external_id: 'E000000', email: null, department: '人事部', kind: 'REAL' });
  });

  it('reports bad rows with their index and writes every valid row; allOrNothing writes none', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const good = hrRows(3);
    const rows: Row[] = [
      good[0]!,
      { ticketNumber: '12345', birthDate: BIRTH_DATE },
      good[1]!,
      { ticketNumber: '2100000000', birthDate: BIRTH_DATE, municipalityCode: '131017' },
      { ticketNumber: '2100000001', birthDate: '2999-01-01' },
      { ticketNumber: '2100000002', birthDate: BIRTH_DATE, email: 'not-an-address' },
      { ...good[0]!, externalId: 'OTHER' },
      { ticketNumber: '２１００ ０００ ００３', birthDate: BIRTH_DATE, externalId: 'E000001' },
      good[2]!,
    ];

    const all = (
      await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows, allOrNothing: true } })
    ).upsertTickets;
    expect(all).toMatchObject({ ok: false, applied: false, created: 0, failed: 6 });
    expect(all.rows.filter((r) => r.outcome === 'SKIPPED').map((r) => r.index)).toEqual([0, 2, 8]);
    expect(await ticketTable(campaign.site.id)).toEqual([]);

    const { upsertTickets } = await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows } });
    expect(upsertTickets).toMatchObject({ ok: false, applied: true, created: 3, failed: 6 });
    expect(upsertTickets.rows.map((r) => [r.index, r.outcome, r.error?.code ?? null])).toEqual([
      [0, 'CREATED', null],
      [1, 'ERROR', 'INVALID_TICKET_NUMBER'],
      [2, 'CREATED', null],
      [3, 'ERROR', 'INVALID_MUNICIPALITY_CODE'],
      [4, 'ERROR', 'INVALID_BIRTH_DATE'],
      [5, 'ERROR', 'INVALID_EMAIL'],
      [6, 'ERROR', 'DUPLICATE_ROW'],
      [7, 'ERROR', 'DUPLICATE_EXTERNAL_ID'],
      [8, 'CREATED', null],
    ]);
    expect(upsertTickets.rows[6]!.error!.message).toContain('row 0');
    expect((await ticketTable(campaign.site.id)).map((t) => t.number)).toEqual(
      good.map((r) => r.ticketNumber),
    );
  });

  it('a malformed birth date is that row’s INVALID_BIRTH_DATE, not a refusal of the call; the CSV import’s date forms are taken', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const good = hrRows(4);
    const rows: Row[] = [
      good[0]!,
      { ...good[1]!, birthDate: '' },
      { ...good[2]!, birthDate: '1980-02-30' },
      { ...good[3]!, birthDate: 'unknown' },
      { ticketNumber: '2100000010', birthDate: '1980/05/05', externalId: 'S1' },
      { ticketNumber: '2100000011', birthDate: '１９８０－０５－０６', externalId: 'S2' },
    ];

    const all = (
      await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows, allOrNothing: true } })
    ).upsertTickets;
    expect(all).toMatchObject({ ok: false, applied: false, created: 0, failed: 3 });
    expect(await ticketTable(campaign.site.id)).toEqual([]);

    const { upsertTickets } = await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows } });
    expect(upsertTickets).toMatchObject({ ok: false, applied: true, created: 3, failed: 3 });
    expect(upsertTickets.rows.map((r) => [r.index, r.outcome, r.error?.code ?? null])).toEqual([
      [0, 'CREATED', null],
      [1, 'ERROR', 'INVALID_BIRTH_DATE'],
      [2, 'ERROR', 'INVALID_BIRTH_DATE'],
      [3, 'ERROR', 'INVALID_BIRTH_DATE'],
      [4, 'CREATED', null],
      [5, 'CREATED', null],
    ]);
    // The message names both forms taken, in the words of the CSV import's message for the same mistake.
    for (const row of upsertTickets.rows.filter((r) => r.error))
      expect(row.error!.message).toContain('(YYYY/MM/DD or YYYY-MM-DD)');
    expect((await ticketTable(campaign.site.id)).map((t) => [t.number, t.birth_date, t.external_id])).toEqual(
      [
        [good[0]!.ticketNumber, BIRTH_DATE, good[0]!.externalId],
        ['2100000010', '1980-05-05', 'S1'],
        ['2100000011', '1980-05-06', 'S2'],
      ],
    );
    // The same rows again, the dates as YYYY-MM-DD now: nothing changes.
    const again = (
      await admin.data(UPSERT_TICKETS, {
        input: {
          siteId: campaign.site.id,
          rows: [
            { ticketNumber: '2100000010', birthDate: '1980-05-05', externalId: 'S1' },
            { ticketNumber: '2100000011', birthDate: '1980-05-06', externalId: 'S2' },
          ],
        },
      })
    ).upsertTickets;
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 2 });
  });

  it('a new external id that another ticket of the site holds is a row error; another site may use it', async () => {
    const campaign = await Campaign.create(server);
    const other = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: hrRows(2) } });

    const { upsertTickets } = await admin.data(UPSERT_TICKETS, {
      input: {
        siteId: campaign.site.id,
        rows: [
          { ticketNumber: '2200000000', birthDate: BIRTH_DATE, externalId: 'E000001' },
          { ...hrRows(1)[0]!, externalId: 'E000001' },
          { ticketNumber: '2200000001', birthDate: BIRTH_DATE, externalId: 'E999999' },
        ],
      },
    });
    expect(upsertTickets.rows.map((r) => [r.outcome, r.error?.code ?? null])).toEqual([
      ['ERROR', 'DUPLICATE_EXTERNAL_ID'],
      ['ERROR', 'DUPLICATE_EXTERNAL_ID'],
      ['CREATED', null],
    ]);
    const stored = await ticketTable(campaign.site.id);
    expect(stored.map((t) => t.external_id)).toEqual(['E000000', 'E000001', 'E999999']);

    const elsewhere = await campaign.operator.data(UPSERT_TICKETS, {
      input: {
        siteId: other.site.id,
        rows: [{ ticketNumber: '2200000000', birthDate: BIRTH_DATE, externalId: 'E000001' }],
      },
    });
    expect(elsewhere.upsertTickets.rows[0]!.outcome).toBe('CREATED');
  });

  it('10,000 rows are written in one call with a few statements; 10,001 are refused with BAD_USER_INPUT and nothing written', async () => {
    const campaign = await Campaign.create(server);
    const rows = hrRows(10_001).map(({ ticketNumber, birthDate, externalId }) => ({
      ticketNumber,
      birthDate,
      externalId,
    }));

    const refused = await campaign.operator.request(UPSERT_TICKETS, {
      input: { siteId: campaign.site.id, rows },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('10,000');
    expect(await ticketTable(campaign.site.id)).toEqual([]);

    const accepted = await campaign.operator.request(UPSERT_TICKETS, {
      input: { siteId: campaign.site.id, rows: rows.slice(0, 10_000) },
    });
    expect(accepted.data!.upsertTickets).toMatchObject({ ok: true, created: 10_000 });
    const statements = accepted.extensions!.sqlStatements!;
    console.log(`upsertTickets of 10,000 new rows: ${statements} SQL statements`);
    expect(statements).toBeLessThan(20);
    expect(await ticketTable(campaign.site.id)).toHaveLength(10_000);
  });

  it('two identical syncs at the same time create each ticket once; the other answers UNCHANGED', async () => {
    const campaign = await Campaign.create(server);
    const input = { siteId: campaign.site.id, rows: hrRows(300) };
    const [a, b] = await Promise.all([
      campaign.operator.data(UPSERT_TICKETS, { input }),
      campaign.operator.data(UPSERT_TICKETS, { input }),
    ]);
    expect([a.upsertTickets.created, b.upsertTickets.created].sort((x, y) => x - y)).toEqual([0, 300]);
    expect([a.upsertTickets.unchanged, b.upsertTickets.unchanged].sort((x, y) => x - y)).toEqual([0, 300]);
    expect(a.upsertTickets.rows.map((r) => r.ticketId)).toEqual(b.upsertTickets.rows.map((r) => r.ticketId));
    expect(await ticketTable(campaign.site.id)).toHaveLength(300);
  });

  it('records ticket.issued for the tickets a sync creates, and only for them', async () => {
    const campaign = await Campaign.create(server);
    const issued: string[] = [];
    const unsubscribe = server.app.services.events.subscribe((events) => {
      for (const event of events)
        if (event.type === 'ticket.issued' && event.siteId === campaign.site.id) issued.push(event.ticketId);
    });
    try {
      const first = await campaign.operator.data(UPSERT_TICKETS, {
        input: { siteId: campaign.site.id, rows: hrRows(3) },
      });
      await campaign.operator.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: hrRows(4) } });
      const ids = (await ticketTable(campaign.site.id)).map((t) => t.id as string);
      expect(issued.sort()).toEqual([...ids].sort());
      expect(first.upsertTickets.rows.every((r) => issued.includes(r.ticketId!))).toBe(true);
    } finally {
      unsubscribe();
    }
  });
});

describe('the CSV import beside roster sync', () => {
  it('refuses an employee id that another ticket of the site holds or an earlier line claims, and writes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: hrRows(1) } });
    const file = Buffer.from(
      csv([
        'ticket_number,birth_date,employee_id',
        '2300000000,1980-01-01,E000000', // held by the synced ticket
        '2300000001,1980-01-01,E777777',
        '2300000002,1980-01-01,E777777', // same as line 3
      ]),
    );
    const { preview, commit } = await importFile(server, admin, campaign.site.id, 'VALID_TICKETS', file);
    expect(preview.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'employee_id', 'ALREADY_EXISTS'],
      [4, 'employee_id', 'DUPLICATE_IN_FILE'],
    ]);
    expect((await commit()).ok).toBe(false);
    expect(await ticketTable(campaign.site.id)).toHaveLength(1);
  });
});

describe('revoking tickets', () => {
  it('a revoked ticket loses its session and upcoming bookings (places freed, holder mailed) and can no longer log in or be booked', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const [number] = await campaign.tickets(1);
    const recipient = await registerAs(campaign, number!, 'サトウ', 'ハナコ', 'hanako@example.jp');
    await book(recipient, slot);
    const [ticket] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = ?`,
      [campaign.site.id, number],
    );
    const ticketId = ticket!.id;
    const revokedEvents: string[] = [];
    const unsubscribe = server.app.services.events.subscribe((events) => {
      for (const event of events) if (event.type === 'ticket.revoked') revokedEvents.push(event.ticketId);
    });

    const { revokeTicket } = await admin.data(REVOKE_TICKET, { input: { ticketId, reason: '退職のため' } });
    unsubscribe();
    expect(revokeTicket).toEqual({
      revoked: true,
      cancelledReservations: 1,
      ticket: { id: ticketId, status: 'REVOKED', booking: { state: 'NOT_BOOKED', dosesBooked: 0 } },
    });
    expect(revokedEvents).toEqual([ticketId]);
    const slotRows = await server.query<{ reserved: number }>(`select reserved from slot where id = ?`, [
      slot,
    ]);
    expect(slotRows).toEqual([{ reserved: 0 }]);
    const [mail] = await server.query<{ to_address: string }>(
      `select m.to_address from mail_outbox m join reservation r on r.id = m.reservation_id
        where r.ticket_id = ? and m.kind = 'CANCELLATION'`,
      [ticketId],
    );
    expect(mail?.to_address).toBe('hanako@example.jp');

    expect(await recipient.errorCode(MY_RESERVATIONS)).toBe('UNAUTHENTICATED');
    const { recipientLogin } = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number!, birthDate: BIRTH_DATE },
    });
    expect(recipientLogin.ok).toBe(false);
    const proxy = await admin.request(PROXY_BOOK, { input: { ticketId, slotId: slot } });
    expect(proxy.data?.proxyBookReservation.ok ?? false).toBe(false);
    expect(
      (await server.query(`select 1 from reservation where ticket_id = ? and status = 'BOOKED'`, [ticketId]))
        .length,
    ).toBe(0);

    const again = await admin.data(REVOKE_TICKET, { input: { ticketId } });
    expect(again.revokeTicket).toMatchObject({ revoked: false, cancelledReservations: 0 });
    const sync = await admin.data(UPSERT_TICKETS, {
      input: { siteId: campaign.site.id, rows: [{ ticketNumber: number!, birthDate: BIRTH_DATE }] },
    });
    expect(sync.upsertTickets.rows[0]).toMatchObject({ outcome: 'ERROR', error: { code: 'TICKET_REVOKED' } });
  });

  it('revokes in bulk by external ids, numbers or ids, saying which were already revoked and which name nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const created = (
      await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: hrRows(5) } })
    ).upsertTickets.rows.map((r) => r.ticketId!);

    const byExternal = await admin.data(REVOKE_TICKETS, {
      input: { siteId: campaign.site.id, externalIds: ['E000000', 'E000001', 'NOBODY'] },
    });
    expect(byExternal.revokeTickets).toMatchObject({ revoked: 2, alreadyRevoked: 0, notFound: ['NOBODY'] });
    expect([...byExternal.revokeTickets.ticketIds].sort()).toEqual(created.slice(0, 2).sort());

    const byNumber = await admin.data(REVOKE_TICKETS, {
      input: { siteId: campaign.site.id, ticketNumbers: ['２０００００００００', '2000000002'] },
    });
    expect(byNumber.revokeTickets).toMatchObject({ revoked: 1, alreadyRevoked: 1, notFound: [] });

    const byId = await admin.data(REVOKE_TICKETS, {
      input: { siteId: campaign.site.id, ticketIds: [created[3]!, 'not-a-uuid'] },
    });
    expect(byId.revokeTickets).toMatchObject({ revoked: 1, notFound: ['not-a-uuid'] });
    const statuses = await server.query<{ status: string }>(
      `select status from ticket where site_id = ? order by number`,
      [campaign.site.id],
    );
    expect(statuses.map((s) => s.status)).toEqual(['REVOKED', 'REVOKED', 'REVOKED', 'REVOKED', 'ACTIVE']);

    expect(
      await admin.errorCode(REVOKE_TICKETS, {
        input: { siteId: campaign.site.id, ticketIds: [created[4]!], externalIds: ['E000004'] },
      }),
    ).toBe('BAD_USER_INPUT');
    // A refusal names the list the caller sent, and writes nothing.
    const refusals: [{ externalIds?: string[]; ticketNumbers?: string[] }, string][] = [
      [{ externalIds: [] }, 'externalIds'],
      [
        { ticketNumbers: Array.from({ length: 10_001 }, (_, i) => String(3_000_000_000 + i)) },
        'ticketNumbers',
      ],
    ];
    for (const [input, field] of refusals) {
      const refused = await admin.request(REVOKE_TICKETS, { input: { siteId: campaign.site.id, ...input } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const after = await server.query<{ status: string }>(
      `select status from ticket where site_id = ? order by number`,
      [campaign.site.id],
    );
    expect(after.map((s) => s.status)).toEqual(['REVOKED', 'REVOKED', 'REVOKED', 'REVOKED', 'ACTIVE']);
  });
});

describe('the roster query', () => {
  it('filters by booking state, status and search, and pages without skipping or repeating at a constant SQL count', async () => {
    const campaign = await Campaign.create(server, { cancellationCutoffHours: 0 });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    // A one-dose vaccine at a second venue, so a person can be fully vaccinated today.
    const { createVaccine } = await admin.data(CREATE_VACCINE, {
      input: {
        siteId: campaign.site.id,
        name: '単回',
        manufacturer: 'x',
        doses: 1,
        doseIntervalDays: 0,
        intervalWindowDays: 0,
      },
    });
    const { createVenue } = await admin.data(CREATE_VENUE, {
      input: { siteId: campaign.site.id, name: '第二会場', address: '', vaccineIds: [createVaccine.id] },
    });
    const soon = await laterToday();
    const { createSlot: oneDose } = await admin.data(CREATE_SLOT, {
      input: {
        venueId: createVenue.id,
        vaccineId: createVaccine.id,
        startsAt: soon.toISOString(),
        endsAt: new Date(soon.getTime() + 1800_000).toISOString(),
        capacity: 5,
      },
    });
    const dose1 = await campaign.slot(tokyoAt(3, '10:00'), 5);
    const dose2 = await campaign.slot(tokyoAt(24, '10:00'), 5);
    const rows = hrRows(7);
    const ids = (
      await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows } })
    ).upsertTickets.rows.map((r) => r.ticketId!);
    const n = rows.map((r) => r.ticketNumber);
    // 0: not registered; 1: registered, nothing booked; 2: dose 1 only; 3: both doses booked;
    // 4: one-dose vaccine given; 5: revoked; 6: not registered, booked by an admin.
    await registerAs(campaign, n[1]!, 'ヤマダ', 'タロウ');
    await book(await registerAs(campaign, n[2]!, 'ヤマモト', 'ハナコ'), dose1);
    const both = await registerAs(campaign, n[3]!, 'スズキ', 'イチロウ');
    await book(both, dose1);
    await book(both, dose2, 2);
    const given = await book(await registerAs(campaign, n[4]!, 'タナカ', 'ジロウ'), oneDose.id);
    await admin.data(RECORD_VACCINATION, {
      input: { reservationId: given, lotNumber: 'AB1', doctorName: '医師' },
    });
    await admin.data(REVOKE_TICKET, { input: { ticketId: ids[5]! } });
    const proxy = await admin.data(PROXY_BOOK, {
      input: { ticketId: ids[6]!, slotId: dose1 },
    });
    expect(proxy.proxyBookReservation.ok).toBe(true);

    const list = async (filter: VariablesOf<typeof ROSTER>['filter'], first = 50) =>
      (await admin.data(ROSTER, { siteId: campaign.site.id, first, filter })).tickets.edges.map(
        (e) => e.node,
      );
    const numbersOf = async (filter: VariablesOf<typeof ROSTER>['filter']) =>
      (await list(filter)).map((t) => t.number);

    const everyone = await list(null);
    expect(everyone.map((t) => t.number)).toEqual(n);
    expect(everyone[3]).toMatchObject({
      id: ids[3],
      status: 'REGISTERED',
      externalId: 'E000003',
      email: 'e3@corp.example',
      department: '営業部',
      familyNameKana: 'スズキ',
      givenNameKana: 'イチロウ',
      booking: { state: 'COMPLETE', dosesBooked: 2, dosesVaccinated: 0, dosesInSeries: 2 },
    });
    expect(everyone[4]!.booking).toEqual({
      state: 'VACCINATED',
      dosesBooked: 1,
      dosesVaccinated: 1,
      dosesInSeries: 1,
    });

    expect(await numbersOf({ booking: 'NOT_BOOKED' })).toEqual([n[0], n[1], n[5]]);
    expect(await numbersOf({ booking: 'DOSE1_ONLY' })).toEqual([n[2], n[6]]);
    expect(await numbersOf({ booking: 'COMPLETE' })).toEqual([n[3]]);
    expect(await numbersOf({ booking: 'VACCINATED' })).toEqual([n[4]]);
    expect(await numbersOf({ status: 'NOT_REGISTERED' })).toEqual([n[0], n[6]]);
    expect(await numbersOf({ status: 'REGISTERED' })).toEqual([n[1], n[2], n[3], n[4]]);
    expect(await numbersOf({ status: 'REVOKED' })).toEqual([n[5]]);
    expect(await numbersOf({ status: 'NOT_REGISTERED', booking: 'NOT_BOOKED' })).toEqual([n[0]]);
    expect(await numbersOf({ search: 'ヤマ', booking: 'DOSE1_ONLY' })).toEqual([n[2]]);
    expect(await numbersOf({ search: 'E0000', booking: 'COMPLETE' })).toEqual([n[3]]);

    expect(await numbersOf({ search: '2000000003' })).toEqual([n[3]]);
    expect(await numbersOf({ search: '２０００ ０００ ００' })).toEqual(n);
    expect(await numbersOf({ search: 'ヤマ' })).toEqual([n[1], n[2]]);
    expect(await numbersOf({ search: 'やまだ たろう' })).toEqual([n[1]]);
    expect(await numbersOf({ search: 'ｽｽﾞｷ' })).toEqual([n[3]]);
    expect(await numbersOf({ search: 'タロウ' })).toEqual([]);
    expect(await numbersOf({ search: 'E00000' })).toEqual(n);
    expect(await numbersOf({ search: 'E000004' })).toEqual([n[4]]);
    expect(await numbersOf({ externalId: 'E000005' })).toEqual([n[5]]);
    expect(await numbersOf({ externalId: 'E00000' })).toEqual([]);

    for (const filter of [null, { search: 'E00000' }, { booking: 'NOT_BOOKED' as const }]) {
      const seen: string[] = [];
      const statements: number[] = [];
      let after: string | null = null;
      do {
        const response: Awaited<ReturnType<typeof admin.request<typeof ROSTER>>> = await admin.request(
          ROSTER,
          { siteId: campaign.site.id, first: 2, after, filter },
        );
        statements.push(response.extensions!.sqlStatements!);
        seen.push(...response.data!.tickets.edges.map((e) => e.node.id));
        after = response.data!.tickets.pageInfo.hasNextPage
          ? response.data!.tickets.pageInfo.endCursor
          : null;
      } while (after);
      expect(seen).toEqual((await list(filter)).map((t) => t.id));
      expect(new Set(statements).size).toBe(1);
      console.log(`roster pages of 2 (${JSON.stringify(filter)}): ${statements.join(', ')} SQL statements`);
    }
  });

  it('a kana prefix or booking state shared by many tickets pages through all of them in number order, as a rare one does', async () => {
    const campaign = await Campaign.create(server);
    const rows = hrRows(1_300);
    await campaign.operator.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows } });
    // 1,300 registrations through the API would hash 1,300 passwords: the holders are written directly.
    await server.query(
      `insert into recipient (ticket_id, family_name_kana, given_name_kana, password_hash, terms_accepted_at)
       select id, case when number::bigint % 100 = 7 then 'ミヤザキ' else 'ミヤモト' end, 'ケン', 'x', now()
         from ticket where site_id = ?`,
      [campaign.site.id],
    );
    // And 1,287 of them booked (dose 1), written directly like the holders.
    const slot = await campaign.slot(tokyoAt(3, '10:00'), 2_000);
    await server.query(
      `with booked as (
         insert into reservation (site_id, ticket_id, slot_id, dose, made_by)
         select site_id, id, ?, 1, 'ADMIN' from ticket where site_id = ? and number::bigint % 100 <> 7
         returning 1)
       update slot set reserved = (select count(*) from booked) where id = ?`,
      [slot, campaign.site.id, slot],
    );
    const list = async (filter: VariablesOf<typeof ROSTER>['filter']) => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { tickets }: ResultOf<typeof ROSTER> = await campaign.operator.data(ROSTER, {
          siteId: campaign.site.id,
          first: 500,
          after,
          filter,
        });
        seen.push(...tickets.edges.map((e) => e.node.number));
        after = tickets.pageInfo.hasNextPage ? tickets.pageInfo.endCursor : null;
      } while (after);
      return seen;
    };
    const numbers = rows.map((r) => r.ticketNumber);
    const many = numbers.filter((n) => Number(n) % 100 !== 7);
    const few = numbers.filter((n) => Number(n) % 100 === 7);
    expect(await list({ search: 'ミヤ' })).toEqual(numbers);
    expect(await list({ search: 'ミヤモ' })).toEqual(many);
    expect(await list({ search: 'みやざき' })).toEqual(few);
    expect(await list({ booking: 'DOSE1_ONLY' })).toEqual(many);
    expect(await list({ booking: 'NOT_BOOKED' })).toEqual(few);
    expect(await list({ booking: 'DOSE1_ONLY', search: 'ミヤザ' })).toEqual([]);
    expect(await list({ booking: 'NOT_BOOKED', search: '20000001' })).toEqual(
      few.filter((n) => n.startsWith('20000001')),
    );
    expect(await list({ booking: 'COMPLETE' })).toEqual([]);
  });

  it('gives the ticket id proxyBookReservation needs for someone with no booking yet', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(2, '11:00'), 3);
    await admin.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: hrRows(3) } });

    const { tickets } = await admin.data(ROSTER, {
      siteId: campaign.site.id,
      filter: { externalId: 'E000002', booking: 'NOT_BOOKED' },
    });
    const person = tickets.edges[0]!.node;
    const { proxyBookReservation } = await admin.data(PROXY_BOOK, {
      input: { ticketId: person.id, slotId: slot },
    });
    expect(proxyBookReservation).toMatchObject({ ok: true, reservations: [{ madeBy: 'ADMIN' }] });
    const after = await admin.data(ROSTER, { siteId: campaign.site.id, filter: { externalId: 'E000002' } });
    expect(after.tickets.edges[0]!.node.booking).toMatchObject({ state: 'DOSE1_ONLY', dosesBooked: 1 });
  });
});

describe('who may use the roster', () => {
  it('a site admin of site A sees and changes nothing of site B; the operator may', async () => {
    const siteA = await Campaign.create(server);
    const siteB = await Campaign.create(server);
    const adminA = await adminOf(siteA, 'SITE_ADMIN');
    const created = (
      await siteB.operator.data(UPSERT_TICKETS, { input: { siteId: siteB.site.id, rows: hrRows(1) } })
    ).upsertTickets.rows[0]!.ticketId!;

    expect(await adminA.errorCode(ROSTER, { siteId: siteB.site.id })).toBe('NOT_FOUND');
    expect(
      await adminA.errorCode(UPSERT_TICKETS, { input: { siteId: siteB.site.id, rows: hrRows(1, 5) } }),
    ).toBe('NOT_FOUND');
    expect(await adminA.errorCode(REVOKE_TICKET, { input: { ticketId: created } })).toBe('NOT_FOUND');
    expect(
      await adminA.errorCode(REVOKE_TICKETS, { input: { siteId: siteB.site.id, ticketIds: [created] } }),
    ).toBe('NOT_FOUND');
    expect(await ticketTable(siteB.site.id)).toMatchObject([{ id: created, status: 'ACTIVE' }]);
    expect((await siteB.operator.data(ROSTER, { siteId: siteB.site.id })).tickets.edges).toHaveLength(1);
  });

  it('venue staff, recipients and anonymous callers are refused every roster operation', async () => {
    const campaign = await Campaign.create(server);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const recipient = await campaign.recipient();
    const created = (
      await campaign.operator.data(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: hrRows(1) } })
    ).upsertTickets.rows[0]!.ticketId!;
    const cases: [Caller, string][] = [
      [staff, 'FORBIDDEN'],
      [recipient, 'FORBIDDEN'],
      [server.caller(), 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of cases) {
      expect(await caller.errorCode(ROSTER, { siteId: campaign.site.id })).toBe(code);
      expect(
        await caller.errorCode(UPSERT_TICKETS, { input: { siteId: campaign.site.id, rows: hrRows(1, 9) } }),
      ).toBe(code);
      expect(await caller.errorCode(REVOKE_TICKET, { input: { ticketId: created } })).toBe(code);
      expect(
        await caller.errorCode(REVOKE_TICKETS, { input: { siteId: campaign.site.id, ticketIds: [created] } }),
      ).toBe(code);
    }
    expect((await ticketTable(campaign.site.id)).map((t) => [t.external_id, t.status])).toEqual(
      expect.arrayContaining([['E000000', 'ACTIVE']]),
    );
    expect((await ticketTable(campaign.site.id)).some((t) => t.external_id === 'E000009')).toBe(false);
  });
});
