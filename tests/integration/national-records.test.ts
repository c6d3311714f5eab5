import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, importFile } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign, laterToday } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import { BOOK, CREATE_VENUE, EXPORT_VACCINATION_RECORDS, REGISTER_TICKETS } from '../testkit/operations.js';
import {
  ADD_VENUE_DOCTOR,
  LINK_REAL_TICKET,
  RECORD_AT_DESK,
  VENUE_DOCTORS,
} from '../testkit/records-operations.js';
import { UPDATE_VACCINE, UPDATE_VENUE } from '../testkit/venue-slot-operations.js';
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

/**
 * The export's text with each record date-time (when it was recorded: now) replaced by a placeholder,
 * after checking it is 14 digits of today; everything else must match the committed file byte for byte.
 */
async function exported(admin: Caller, siteId: string, dateTimeColumns: number[]): Promise<string> {
  const { exportVaccinationRecords } = await admin.data(EXPORT_VACCINATION_RECORDS, {
    input: { siteId },
  });
  const raw = Buffer.from(exportVaccinationRecords.base64, 'base64');
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = raw.subarray(3).toString('utf8').split('\r\n');
  expect(lines.pop()).toBe('');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' })
    .format(new Date())
    .replace(/-/g, '');
  return lines
    .map((line, index) => {
      if (index === 0) return line;
      const cells = line.split(',');
      for (const column of dateTimeColumns) {
        if (cells[column] === '') continue;
        expect(cells[column]).toMatch(new RegExp(`^${today}\\d{6}$`));
        cells[column] = '<RECORDED_AT>';
      }
      return cells.join(',');
    })
    .join('\n');
}

/** Compares with tests/golden/<name>; UPDATE_GOLDEN=1 rewrites the file (then review the diff). */
function expectGolden(name: string, actual: string): void {
  const url = new URL(`../golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, `${actual}\n`);
  expect(actual).toBe(readFileSync(url, 'utf8').replace(/\n$/, ''));
}

describe('national record export (予防接種台帳向け出力)', () => {
  it('municipal layout: the address number first, then per dose date-time, date, ticket, municipality, venue, doctor, manufacturer, lot', async () => {
    const campaign = await Campaign.create(server, { venueName: '中央区保健センター' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const tickets = await importFile(
      server,
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(
        csv([
          '接種券番号,生年月日,市町村コード,個別宛名番号',
          `0000000101,${BIRTH_DATE},131016,１２３４５６７８９０１２３４５`,
          `0000000102,${BIRTH_DATE},011002,`,
        ]),
      ),
    );
    expect(tickets.preview.errorCount).toBe(0);
    expect((await tickets.commit()).ok).toBe(true);
    const { addVenueDoctor } = await admin.data(ADD_VENUE_DOCTOR, {
      input: { venueId: campaign.venueId, name: '佐藤 一郎' },
    });
    const slot = await campaign.slot(await laterToday(), 5);
    const first = await book(await campaign.recipient('0000000101'), slot);
    const second = await book(await campaign.recipient('0000000102'), slot);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const recorded = await staff.data(RECORD_AT_DESK, {
      input: {
        reservationId: first,
        vaccinatedOn: '2026-11-30',
        lotNumber: 'FF1234',
        doctorId: addVenueDoctor.id,
        deskId: 'desk-1',
      },
    });
    expect(recorded.recordVaccination.reservation.vaccination).toMatchObject({
      doctorName: '佐藤 一郎',
      manufacturer: 'ファイザー',
      deskId: 'desk-1',
    });
    await staff.data(RECORD_AT_DESK, {
      input: {
        reservationId: second,
        vaccinatedOn: '2026-11-30',
        lotNumber: 'ＥＷ０２０１',
        doctorName: '鈴木 花子',
        manufacturer: '武田/モデルナ',
      },
    });

    expectGolden('national-records-municipal.csv', await exported(admin, campaign.site.id, [1, 9]));
  });

  it('workplace layout: a linked provisional ticket goes out as its real ticket, an unlinked one is left out', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE', venueName: '本社 3F 会議室' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await admin.data(REGISTER_TICKETS, {
      input: {
        siteId: campaign.site.id,
        kind: 'PROVISIONAL',
        tickets: ['9000000001', '9000000002'].map((number) => ({ number, birthDate: BIRTH_DATE })),
      },
    });
    const [linked] = await server.query<{ id: string }>(
      `select id from ticket where site_id = ? and number = ?`,
      [campaign.site.id, '9000000001'],
    );
    expect(
      (await admin.data(LINK_REAL_TICKET, { input: { ticketId: linked!.id, line: '111310160123456789' } }))
        .linkRealTicket.ok,
    ).toBe(true);
    const slot = await campaign.slot(await laterToday(), 5);
    for (const number of ['9000000001', '9000000002']) {
      const reservationId = await book(await campaign.recipient(number), slot);
      await admin.data(RECORD_AT_DESK, {
        input: { reservationId, vaccinatedOn: '2026-12-01', lotNumber: 'FH5678', doctorName: '産業医 田中' },
      });
    }

    expectGolden('national-records-workplace.csv', await exported(admin, campaign.site.id, [0, 8]));
  });
});

describe('fields of the national record are checked where they are entered', () => {
  it('an address number that is not 1 to 15 digits, or differs from the one stored, is refused at its column and nothing is written', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const bad = await importFile(
      server,
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(
        csv([
          '接種券番号,生年月日,個別宛名番号',
          `0000000201,${BIRTH_DATE},12345`,
          `0000000202,${BIRTH_DATE},A123`,
          `0000000203,${BIRTH_DATE},${'1'.repeat(16)}`,
        ]),
      ),
    );
    expect(bad.preview.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, '個別宛名番号', 'INVALID_VALUE'],
      [4, '個別宛名番号', 'INVALID_VALUE'],
    ]);
    expect((await bad.commit()).ok).toBe(false);
    expect(await server.query(`select number from ticket where site_id = ?`, [campaign.site.id])).toEqual([]);

    const good = await importFile(
      server,
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(csv(['接種券番号,生年月日,個別宛名番号', `0000000201,${BIRTH_DATE},12345`])),
    );
    expect((await good.commit()).ok).toBe(true);
    const changed = await importFile(
      server,
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(csv(['接種券番号,生年月日,address_number', `0000000201,${BIRTH_DATE},54321`])),
    );
    expect(changed.preview.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'address_number', 'ALREADY_EXISTS'],
    ]);
    expect(
      await server.query(`select address_number from ticket where site_id = ?`, [campaign.site.id]),
    ).toEqual([{ address_number: '12345' }]);
  });

  it('a lot, doctor or manufacturer too long or starting like a formula is refused at its field, and nothing is recorded', async () => {
    const campaign = await Campaign.create(server);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const slot = await campaign.slot(await laterToday(), 5);
    const reservationId = await book(await campaign.recipient(), slot);
    const good = { reservationId, lotNumber: 'FF1234', doctorName: '山田 太郎' };
    const cases: [Record<string, string>, string][] = [
      [{ lotNumber: '-ABC123' }, 'lotNumber'],
      [{ lotNumber: '=1+1' }, 'lotNumber'],
      [{ lotNumber: 'A'.repeat(21) }, 'lotNumber'],
      [{ doctorName: '@山田' }, 'doctorName'],
      [{ doctorName: 'あ'.repeat(21) }, 'doctorName'],
      [{ manufacturer: '+ファイザー' }, 'manufacturer'],
      [{ manufacturer: 'ア'.repeat(21) }, 'manufacturer'],
    ];
    for (const [change, field] of cases) {
      const response = await staff.request(RECORD_AT_DESK, { input: { ...good, ...change } });
      expect(response.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const response = await staff.request(RECORD_AT_DESK, { input: { reservationId, lotNumber: 'FF1234' } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doctorId' });
    const [row] = await server.query<{ status: string; records: number }>(
      `select status, (select count(*)::int from vaccination_record where reservation_id = r.id) as records
         from reservation r where id = ?`,
      [reservationId],
    );
    expect(row).toEqual({ status: 'BOOKED', records: 0 });
  });

  it('a venue name over 30 characters or starting like a formula, and such a manufacturer, are refused', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const venue = (name: string) =>
      admin.request(CREATE_VENUE, { input: { siteId: campaign.site.id, name, address: '', vaccineIds: [] } });
    expect((await venue('=HYPERLINK("x")')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(
      (await admin.request(UPDATE_VENUE, { input: { venueId: campaign.venueId, name: '会'.repeat(31) } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await admin.request(UPDATE_VACCINE, { input: { vaccineId: campaign.vaccineId, manufacturer: '-x' } }))
        .errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'manufacturer' });
    expect(
      (await admin.request(ADD_VENUE_DOCTOR, { input: { venueId: campaign.venueId, name: '=医師' } }))
        .errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await admin.data(VENUE_DOCTORS, { venueId: campaign.venueId })).venueDoctors).toEqual([]);
  });

  it('only the site’s admins keep the doctor list; the venue’s staff read it, other staff may not', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const { createVenue } = await campaign.operator.data(CREATE_VENUE, {
      input: { siteId: campaign.site.id, name: '別会場', address: '', vaccineIds: [campaign.vaccineId] },
    });
    const elsewhere = await adminOf(campaign, 'VENUE_STAFF', [createVenue.id]);
    const other = await adminOf(await Campaign.create(server), 'SITE_ADMIN');
    await admin.data(ADD_VENUE_DOCTOR, { input: { venueId: campaign.venueId, name: '佐藤 一郎' } });
    expect(
      await staff.errorCode(ADD_VENUE_DOCTOR, { input: { venueId: campaign.venueId, name: '某' } }),
    ).toBe('FORBIDDEN');
    expect(
      await other.errorCode(ADD_VENUE_DOCTOR, { input: { venueId: campaign.venueId, name: '某' } }),
    ).toBe('NOT_FOUND');
    expect(
      await admin.errorCode(ADD_VENUE_DOCTOR, { input: { venueId: campaign.venueId, name: '佐藤 一郎' } }),
    ).toBe('CONFLICT');
    expect(
      (await staff.data(VENUE_DOCTORS, { venueId: campaign.venueId })).venueDoctors.map((d) => d.name),
    ).toEqual(['佐藤 一郎']);
    expect(await elsewhere.errorCode(VENUE_DOCTORS, { venueId: campaign.venueId })).toBe('FORBIDDEN');
  });
});
