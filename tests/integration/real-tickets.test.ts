import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, importFile } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import { AUDIT_LOG, BOOK, EXPORT_RESERVATIONS, REGISTER_TICKETS } from '../testkit/operations.js';
import {
  EXPORT_UNLINKED_TICKETS,
  LINK_REAL_TICKET,
  REAL_TICKET_LINKS,
} from '../testkit/records-operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

/** 13101 → 131016 and 01100 → 011002 (the brief's examples of the check digit). */
const TOKYO_CHIYODA = '131016';
const SAPPORO = '011002';
const line = (code: string, number: string) => `11${code}${number}`;

/** A workplace site with provisional tickets 9000000001…; their ids by number. */
async function workplace(count: number): Promise<{
  campaign: Campaign;
  admin: Caller;
  ids: Map<string, string>;
  numbers: string[];
}> {
  const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
  const admin = await adminOf(campaign, 'SITE_ADMIN');
  const numbers = Array.from({ length: count }, (_, i) => String(9_000_000_001 + i));
  await admin.data(REGISTER_TICKETS, {
    input: {
      siteId: campaign.site.id,
      kind: 'PROVISIONAL',
      tickets: numbers.map((number) => ({ number, birthDate: BIRTH_DATE })),
    },
  });
  const rows = await server.query<{ id: string; number: string }>(
    `select id, number from ticket where site_id = ?`,
    [campaign.site.id],
  );
  return { campaign, admin, ids: new Map(rows.map((r) => [r.number, r.id])), numbers };
}

async function links(siteId: string): Promise<Record<string, string | null>> {
  const rows = await server.query<{ number: string; real: string | null }>(
    `select number, real_municipality_code || '-' || real_number as real from ticket where site_id = ? order by number`,
    [siteId],
  );
  return Object.fromEntries(rows.map((r) => [r.number, r.real]));
}

describe('linking a real ticket (接種券) to a provisional one', () => {
  it('a typed line with full-width digits and spaces links the ticket, and the list shows who is still unlinked', async () => {
    const { campaign, admin, ids, numbers } = await workplace(3);
    const { linkRealTicket } = await admin.data(LINK_REAL_TICKET, {
      input: { ticketId: ids.get(numbers[0]!)!, line: '１１ １３１０１６ ０１２３４５６７８９' },
    });
    expect(linkRealTicket).toMatchObject({
      ok: true,
      link: { provisionalNumber: numbers[0], realNumber: '0123456789', realMunicipalityCode: TOKYO_CHIYODA },
    });

    const unlinked = await admin.data(REAL_TICKET_LINKS, { siteId: campaign.site.id, linked: false });
    expect(unlinked.realTicketLinks.edges.map((e) => e.node.provisionalNumber)).toEqual(numbers.slice(1));
    const linked = await admin.data(REAL_TICKET_LINKS, { siteId: campaign.site.id, linked: true });
    expect(linked.realTicketLinks.edges.map((e) => e.node.realNumber)).toEqual(['0123456789']);

    const { exportUnlinkedTickets } = await admin.data(EXPORT_UNLINKED_TICKETS, {
      input: { siteId: campaign.site.id },
    });
    const text = Buffer.from(exportUnlinkedTickets.base64, 'base64').subarray(3).toString('utf8');
    expect(text).toBe(`仮接種券番号,社員番号,メールアドレス\r\n${numbers[1]},,\r\n${numbers[2]},,\r\n`);

    const { auditLog } = await admin.data(AUDIT_LOG, { siteId: campaign.site.id, first: 1 });
    expect(auditLog.edges[0]!.node).toMatchObject({ action: 'linkRealTicket' });
  });

  it('a wrong length, a letter or a wrong municipality check digit is refused with its reason and nothing stored', async () => {
    const { campaign, admin, ids, numbers } = await workplace(1);
    const ticketId = ids.get(numbers[0]!)!;
    const cases: [string, string][] = [
      ['11131016012345678', 'INVALID_LINE'],
      ['1113101601234567890', 'INVALID_LINE'],
      ['11131016012345678A', 'INVALID_LINE'],
      ['111310170123456789', 'INVALID_MUNICIPALITY_CODE'],
    ];
    for (const [value, code] of cases) {
      const { linkRealTicket } = await admin.data(LINK_REAL_TICKET, { input: { ticketId, line: value } });
      expect(linkRealTicket, value).toMatchObject({ ok: false, error: { code } });
    }
    expect(await links(campaign.site.id)).toEqual({ [numbers[0]!]: null });
  });

  it('a real ticket already linked to another ticket is refused, naming that ticket', async () => {
    const { admin, ids, numbers } = await workplace(2);
    const real = line(SAPPORO, '5555555555');
    expect(
      (await admin.data(LINK_REAL_TICKET, { input: { ticketId: ids.get(numbers[0]!)!, line: real } }))
        .linkRealTicket.ok,
    ).toBe(true);
    const { linkRealTicket } = await admin.data(LINK_REAL_TICKET, {
      input: { ticketId: ids.get(numbers[1]!)!, line: real },
    });
    expect(linkRealTicket).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_LINKED_ELSEWHERE', linkedTicketNumber: numbers[0] },
    });
    // The same ticket linked again to the same line is fine (a second scan).
    expect(
      (await admin.data(LINK_REAL_TICKET, { input: { ticketId: ids.get(numbers[0]!)!, line: real } }))
        .linkRealTicket.ok,
    ).toBe(true);
  });

  it('one real ticket scanned for ten tickets at once is linked to exactly one of them', async () => {
    const { campaign, admin, ids, numbers } = await workplace(10);
    const real = line(TOKYO_CHIYODA, '7777777777');
    const results = await Promise.all(
      numbers.map((n) => admin.data(LINK_REAL_TICKET, { input: { ticketId: ids.get(n)!, line: real } })),
    );
    expect(results.filter((r) => r.linkRealTicket.ok)).toHaveLength(1);
    expect(results.filter((r) => r.linkRealTicket.error?.code === 'ALREADY_LINKED_ELSEWHERE')).toHaveLength(
      9,
    );
    expect(Object.values(await links(campaign.site.id)).filter(Boolean)).toEqual([
      `${TOKYO_CHIYODA}-7777777777`,
    ]);
  });

  it('venue staff, another site’s admin and a recipient may not link; a real (municipal) ticket is not linked', async () => {
    const { campaign, ids, numbers } = await workplace(1);
    const ticketId = ids.get(numbers[0]!)!;
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const other = await adminOf(await Campaign.create(server, { plan: 'WORKPLACE' }), 'SITE_ADMIN');
    const input = { ticketId, line: line(SAPPORO, '1111111111') };
    expect(await staff.errorCode(LINK_REAL_TICKET, { input })).toBe('FORBIDDEN');
    expect(await other.errorCode(LINK_REAL_TICKET, { input })).toBe('NOT_FOUND');
    expect(await server.caller().errorCode(LINK_REAL_TICKET, { input })).toBe('UNAUTHENTICATED');
    expect(await other.errorCode(REAL_TICKET_LINKS, { siteId: campaign.site.id })).toBe('NOT_FOUND');
    expect(await staff.errorCode(EXPORT_UNLINKED_TICKETS, { input: { siteId: campaign.site.id } })).toBe(
      'FORBIDDEN',
    );

    const municipal = await Campaign.create(server);
    const municipalAdmin = await adminOf(municipal, 'SITE_ADMIN');
    const [number] = await municipal.tickets(1);
    const [real] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = ?`,
      [municipal.site.id, number],
    );
    const { linkRealTicket } = await municipalAdmin.data(LINK_REAL_TICKET, {
      input: { ticketId: real!.id, line: line(SAPPORO, '1111111111') },
    });
    expect(linkRealTicket.error?.code).toBe('NOT_PROVISIONAL');
    expect(await links(campaign.site.id)).toEqual({ [numbers[0]!]: null });
  });
});

describe('exports after linking', () => {
  it('the reservation export carries the linked real ticket’s number and municipality code', async () => {
    const { campaign, admin, ids, numbers } = await workplace(2);
    await admin.data(LINK_REAL_TICKET, {
      input: { ticketId: ids.get(numbers[0]!)!, line: line(TOKYO_CHIYODA, '0123456789') },
    });
    const slot = await campaign.slot(new Date(Date.now() + 3600_000), 5);
    for (const number of numbers) {
      const { bookReservation } = await (
        await campaign.recipient(number)
      ).data(BOOK, { input: { slotId: slot } });
      expect(bookReservation.ok).toBe(true);
    }
    const { exportReservations } = await admin.data(EXPORT_RESERVATIONS, {
      input: { siteId: campaign.site.id },
    });
    const [header, ...rows] = Buffer.from(exportReservations.base64, 'base64')
      .subarray(3)
      .toString('utf8')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(header!.slice(-2)).toEqual(['本接種券番号', '本接種券市町村コード']);
    expect(rows.map((r) => [r[1], ...r.slice(-2)]).sort()).toEqual([
      [numbers[0], '0123456789', TOKYO_CHIYODA],
      [numbers[1], '', ''],
    ]);
  });
});

describe('linking real tickets in bulk (REAL_TICKET_LINKS import)', () => {
  it('a file with bad rows reports each with its line and column and links nothing; the good file links all', async () => {
    const { campaign, admin, ids, numbers } = await workplace(5);
    // One link already made elsewhere in the site, to collide with.
    await admin.data(LINK_REAL_TICKET, {
      input: { ticketId: ids.get(numbers[4]!)!, line: line(SAPPORO, '4444444444') },
    });
    const bad = csv([
      '仮接種券番号,接種券情報',
      `${numbers[0]},${line(TOKYO_CHIYODA, '0000000001')}`,
      `${numbers[1]},11131017000000002`,
      `${numbers[2]},${line('131017', '0000000003')}`,
      `8999999999,${line(TOKYO_CHIYODA, '0000000004')}`,
      `${numbers[0]},${line(TOKYO_CHIYODA, '0000000005')}`,
      `${numbers[3]},${line(TOKYO_CHIYODA, '0000000001')}`,
      `${numbers[3]},${line(SAPPORO, '4444444444')}`,
    ]);
    const first = await importFile(server, admin, campaign.site.id, 'REAL_TICKET_LINKS', Buffer.from(bad));
    expect(first.preview.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, '接種券情報', 'INVALID_VALUE'],
      [4, '接種券情報', 'INVALID_VALUE'],
      [5, '仮接種券番号', 'UNKNOWN_TICKET'],
      [6, '仮接種券番号', 'DUPLICATE_IN_FILE'],
      [7, '接種券情報', 'DUPLICATE_IN_FILE'],
      [8, '接種券情報', 'ALREADY_EXISTS'],
    ]);
    expect(first.preview.errors[1]!.message).toMatch(/check digit/);
    expect(first.preview.errors[5]!.message).toContain(numbers[4]);
    const refused = await first.commit();
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ROWS' } });
    expect(Object.values(await links(campaign.site.id)).filter(Boolean)).toHaveLength(1);

    const good = csv([
      'provisional_number,ticket_line',
      `${numbers[0]},${line(TOKYO_CHIYODA, '0000000001')}`,
      `"${numbers[1]}",１１０１１００２００００００００２２`,
      `${numbers[4]},${line(SAPPORO, '4444444444')}`,
    ]);
    const second = await importFile(server, admin, campaign.site.id, 'REAL_TICKET_LINKS', Buffer.from(good));
    expect(second.preview).toMatchObject({ errorCount: 0, writableCount: 2, unchangedCount: 1 });
    expect(await second.commit()).toMatchObject({ ok: true, createdCount: 2, unchangedCount: 1 });
    expect(await links(campaign.site.id)).toEqual({
      [numbers[0]!]: `${TOKYO_CHIYODA}-0000000001`,
      [numbers[1]!]: `${SAPPORO}-0000000022`,
      [numbers[2]!]: null,
      [numbers[3]!]: null,
      [numbers[4]!]: `${SAPPORO}-4444444444`,
    });
  });

  it('a file without the ticket-line column is refused at the header', async () => {
    const { campaign, admin, numbers } = await workplace(1);
    const { preview } = await importFile(
      server,
      admin,
      campaign.site.id,
      'REAL_TICKET_LINKS',
      Buffer.from(csv(['仮接種券番号', numbers[0]!])),
    );
    expect(preview.errors.map((e) => [e.line, e.code, e.column])).toEqual([
      [1, 'MISSING_COLUMN', '接種券情報'],
    ]);
  });
});
