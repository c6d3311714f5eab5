import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidProvisionalNumber } from '../../server/src/modules/issuance/provisional-number.js';
import { adminOf, csv, importFile as importInto, upload } from '../testkit/admin.js';
import { BIRTH_DATE, Campaign, tokyoAt, tokyoDate } from '../testkit/campaign.js';
import {
  BOOK,
  IMPORTS,
  ISSUED_TICKETS_FILE,
  MY_RESERVATIONS,
  PREVIEW_IMPORT,
  RECIPIENT_LOGIN,
  REGISTER_TICKETS,
  SLOT_AVAILABILITY_CHANGED,
} from '../testkit/operations.js';
import { RowLock } from '../testkit/row-lock.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

const importFile = (...args: Parameters<typeof importInto> extends [unknown, ...infer Rest] ? Rest : never) =>
  importInto(server, ...args);

/** Bulk rows of the site, active rows on the slot and its counter: what a refused commit must leave alone. */
async function bulkState(siteId: string, slotId: string) {
  const [row] = await server.query<{ bulkRows: number; activeRows: number; reserved: number }>(
    `select (select count(*)::int from reservation where site_id = ? and made_by = 'BULK') as "bulkRows",
            (select count(*)::int from reservation where slot_id = ? and status = 'BOOKED') as "activeRows",
            (select reserved from slot where id = ?) as reserved`,
    [siteId, slotId, slotId],
  );
  return row;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await server.query<{ n: number }>(`select count(*)::int as n from (${sql}) q`, params);
  return row!.n;
}

describe('valid-ticket import (有効接種券登録)', () => {
  it('a Shift_JIS file with Japanese headers and full-width digits imports correctly', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const file = iconv.encode(
      csv([
        '接種券番号,生年月日,市町村コード,社員番号,メールアドレス',
        '０１２３４５６７８９,１９８０／０５／０５,１３１０１６,Ｅ－００１,yamada@example.jp',
        '1234567890,1975-12-31,,E-002,',
        '"2345678901",1990/1/2,011002,,',
      ]),
      'cp932',
    );
    const { preview, commit } = await importFile(admin, campaign.site.id, 'VALID_TICKETS', file);
    expect(preview).toMatchObject({
      encoding: 'CP932',
      rowCount: 3,
      writableCount: 3,
      errorCount: 0,
      errors: [],
    });
    expect(await commit()).toMatchObject({ ok: true, createdCount: 3, unchangedCount: 0 });

    const rows = await server.query<{
      number: string;
      birth_date: string;
      municipality_code: string | null;
      external_id: string | null;
      email: string | null;
    }>(
      `select number, to_char(birth_date, 'YYYY-MM-DD') as birth_date, municipality_code, external_id, email
         from ticket where site_id = ? order by number`,
      [campaign.site.id],
    );
    expect(rows).toEqual([
      {
        number: '0123456789',
        birth_date: '1980-05-05',
        municipality_code: '131016',
        external_id: 'E-001',
        email: 'yamada@example.jp',
      },
      {
        number: '1234567890',
        birth_date: '1975-12-31',
        municipality_code: null,
        external_id: 'E-002',
        email: null,
      },
      {
        number: '2345678901',
        birth_date: '1990-01-02',
        municipality_code: '011002',
        external_id: null,
        email: null,
      },
    ]);
    const login = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: '0123456789', birthDate: '1980-05-05' },
    });
    expect(login.recipientLogin.ok).toBe(true);
  });

  it('a file with five kinds of bad rows reports all five lines with column and reason, and writes nothing', async () => {
    const campaign = await Campaign.create(server);
    await campaign.operator.data(REGISTER_TICKETS, {
      input: {
        siteId: campaign.site.id,
        kind: 'REAL',
        tickets: [{ number: '5555555555', birthDate: '1970-01-01' }],
      },
    });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const file = Buffer.from(
      csv([
        'ticket_number,birth_date,municipality_code',
        '1111111111,1980-01-01,', // good
        '123456789,1980-01-01,', // 9 digits
        '2222222222,2021/02/30,', // no such date
        '3333333333,1980-01-01,131017', // wrong check digit
        '1111111111,1980-01-01,', // duplicate of line 2
        '5555555555,1980-01-01,', // already registered with another birth date
        '4444444444,1985-03-03,131016', // good
      ]),
    );
    const { preview, commit } = await importFile(admin, campaign.site.id, 'VALID_TICKETS', file);
    expect(preview.rowCount).toBe(7);
    expect(preview.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'ticket_number', 'INVALID_VALUE'],
      [4, 'birth_date', 'INVALID_VALUE'],
      [5, 'municipality_code', 'INVALID_VALUE'],
      [6, 'ticket_number', 'DUPLICATE_IN_FILE'],
      [7, 'ticket_number', 'ALREADY_EXISTS'],
    ]);
    expect(preview.errors.every((e) => e.message.length > 0)).toBe(true);

    const result = await commit();
    expect(result).toMatchObject({ ok: false, createdCount: 0, error: { code: 'INVALID_ROWS' } });
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(await count(`select 1 from ticket where site_id = ?`, [campaign.site.id])).toBe(1);
  });

  it('a file without the required columns is refused at the header line', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { preview } = await importFile(
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(csv(['氏名,生年月日', 'ヤマダ,1980/01/01'])),
    );
    expect(preview.errors).toEqual([
      expect.objectContaining({ line: 1, column: '接種券番号', code: 'MISSING_COLUMN' }),
    ]);
  });

  it('importing the same file twice changes nothing the second time, and an overlapping file adds only new rows', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const bytes = Buffer.from(csv(['接種券番号,生年月日', '6000000001,1980/01/01', '6000000002,1981/02/02']));
    const first = await importFile(admin, campaign.site.id, 'VALID_TICKETS', bytes);
    expect(await first.commit()).toMatchObject({ ok: true, createdCount: 2 });
    const snapshot = await server.query(
      `select id, number, created_at from ticket where site_id = ? order by number`,
      [campaign.site.id],
    );

    const again = await importFile(admin, campaign.site.id, 'VALID_TICKETS', bytes);
    expect(again.preview).toMatchObject({ alreadyImported: true, writableCount: 0, errorCount: 0 });
    expect(await again.commit()).toMatchObject({ ok: true, alreadyImported: true, createdCount: 0 });
    expect(await first.commit()).toMatchObject({ ok: true, alreadyImported: true, createdCount: 0 });
    expect(
      await server.query(`select id, number, created_at from ticket where site_id = ? order by number`, [
        campaign.site.id,
      ]),
    ).toEqual(snapshot);

    const overlapping = await importFile(
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(csv(['接種券番号,生年月日', '6000000002,1981-02-02', '6000000003,1982-03-03'])),
    );
    expect(overlapping.preview).toMatchObject({ writableCount: 1, unchangedCount: 1, errorCount: 0 });
    expect(await overlapping.commit()).toMatchObject({ ok: true, createdCount: 1, unchangedCount: 1 });

    const { imports } = await admin.data(IMPORTS, {
      siteId: campaign.site.id,
      kind: 'VALID_TICKETS',
    });
    expect(imports.edges.map((e) => e.node.status)).toEqual(['COMMITTED', 'PREVIEWED', 'COMMITTED']);
  });
});

describe('uploads', () => {
  it('refuse callers without a token, venue staff and recipients; an upload is usable only by its uploader', async () => {
    const campaign = await Campaign.create(server);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const [recipient] = await campaign.recipients(1);
    const bytes = Buffer.from(csv(['接種券番号,生年月日', '7000000001,1980/01/01']));
    expect((await upload(server, undefined, bytes)).status).toBe(401);
    expect((await upload(server, staff.token, bytes)).status).toBe(403);
    expect((await upload(server, recipient!.token, bytes)).status).toBe(403);

    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const colleague = await adminOf(campaign, 'SITE_ADMIN');
    const uploaded = await upload(server, admin.token, bytes);
    expect(uploaded.status).toBe(201);
    expect(
      await colleague.errorCode(PREVIEW_IMPORT, {
        input: { siteId: campaign.site.id, uploadId: uploaded.body.uploadId!, kind: 'VALID_TICKETS' },
      }),
    ).toBe('NOT_FOUND');
  });

  it('refuse a file larger than the configured limit with 413', async () => {
    const small = await TestServer.start({ uploadMaxBytes: 1000 });
    try {
      const campaign = await Campaign.create(small);
      const response = await upload(small, campaign.operator.token, Buffer.alloc(5000, 0x41));
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});

describe('bulk booking (一括予約)', () => {
  it('books every row through the booking rules, updates live counts, and a re-import changes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const at10 = tokyoAt(5, '10:00');
    const at11 = tokyoAt(5, '11:00');
    const slot10 = await campaign.slot(at10, 3);
    const slot11 = await campaign.slot(at11, 3);
    const numbers = await campaign.tickets(4);
    const day = tokyoDate(5).replace(/-/g, '/');
    const subscription = server.subscribe(SLOT_AVAILABILITY_CHANGED, {
      venueId: campaign.venueId,
    });
    await server.waitForSubscribers(1);

    const bytes = iconv.encode(
      csv([
        '接種券番号,会場,日時,回目',
        `${numbers[0]},市民会館,${day} 10:00,1`,
        `${numbers[1]},市民会館,${day} 10:00,１`,
        `${numbers[2]},市民会館,${day} 11:00,1回目`,
        `${numbers[3]},市民会館,${day} 11:00,1`,
      ]),
      'cp932',
    );
    const { preview, commit } = await importFile(admin, campaign.site.id, 'BULK_BOOKING', bytes);
    expect(preview).toMatchObject({ rowCount: 4, writableCount: 4, errorCount: 0 });
    expect(await commit()).toMatchObject({ ok: true, createdCount: 4 });

    const slots = await server.query<{ id: string; reserved: number }>(
      `select id, reserved from slot where id in (?, ?) order by starts_at`,
      [slot10, slot11],
    );
    expect(slots.map((s) => s.reserved)).toEqual([2, 2]);
    await subscription.waitFor((messages) => {
      const latest = new Map(
        messages.flatMap((m) => m.slotAvailabilityChanged).map((s) => [s.slotId, s.remaining]),
      );
      return latest.get(slot10) === 1 && latest.get(slot11) === 1;
    });
    await subscription.close();
    expect(
      await count(`select 1 from reservation where site_id = ? and made_by = 'BULK'`, [campaign.site.id]),
    ).toBe(4);

    const again = await importFile(admin, campaign.site.id, 'BULK_BOOKING', bytes);
    expect(again.preview.alreadyImported).toBe(true);
    expect(await again.commit()).toMatchObject({ ok: true, createdCount: 0, alreadyImported: true });
    // The same rows in another file are recognised as already booked, not booked twice.
    const reordered = await importFile(
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(
        csv([
          'ticket_number,venue,starts_at,dose',
          `${numbers[3]},市民会館,${day} 11:00,1`,
          `${numbers[0]},市民会館,${day} 10:00,1`,
        ]),
      ),
    );
    expect(reordered.preview).toMatchObject({ writableCount: 0, unchangedCount: 2, errorCount: 0 });
    expect(await reordered.commit()).toMatchObject({ ok: true, createdCount: 0, unchangedCount: 2 });
    expect(await count(`select 1 from reservation where site_id = ?`, [campaign.site.id])).toBe(4);
    const recipient = await campaign.login(numbers[0]!);
    const { myReservations } = await recipient.data(MY_RESERVATIONS);
    expect(myReservations.map((r) => r.slot.id)).toEqual([slot10]);
  });

  it('a slot with fewer places than rows reports the overflow rows and writes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(6, '09:30'), 2);
    const numbers = await campaign.tickets(4);
    const day = tokyoDate(6);
    const { preview, commit } = await importFile(
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(csv(['接種券番号,会場,日時,回目', ...numbers.map((n) => `${n},市民会館,${day} 09:30,1`)])),
    );
    expect(preview.errors.map((e) => [e.line, e.code, e.column])).toEqual([
      [4, 'SLOT_FULL', '日時'],
      [5, 'SLOT_FULL', '日時'],
    ]);
    const result = await commit();
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ROWS' } });
    expect(result.errors.map((e) => e.line)).toEqual([4, 5]);
    expect(await count(`select 1 from reservation where site_id = ?`, [campaign.site.id])).toBe(0);
    const [row] = await server.query<{ reserved: number }>(`select reserved from slot where id = ?`, [slot]);
    expect(row!.reserved).toBe(0);
  });

  it('a plan committed after its slot filled up is refused with SLOT_FULL rows and writes nothing', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(6, '13:00'), 2);
    const numbers = await campaign.tickets(2);
    const { preview, commit } = await importFile(
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(
        csv(['接種券番号,会場,日時,回目', ...numbers.map((n) => `${n},市民会館,${tokyoDate(6)} 13:00,1`)]),
      ),
    );
    expect(preview).toMatchObject({ writableCount: 2, errorCount: 0 });
    const [walkIn] = await campaign.recipients(1);
    expect((await walkIn!.data(BOOK, { input: { slotId: slot } })).bookReservation.ok).toBe(true);

    const result = await commit();
    expect(result).toMatchObject({ ok: false, createdCount: 0, error: { code: 'INVALID_ROWS' } });
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([[3, 'SLOT_FULL']]);
    expect(await bulkState(campaign.site.id, slot)).toEqual({ bulkRows: 0, activeRows: 1, reserved: 1 });
  });

  it('a slot that fills between the commit’s plan and its write rolls the whole file back', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const slot = await campaign.slot(tokyoAt(6, '14:00'), 2);
    const numbers = await campaign.tickets(2);
    const { preview, commit } = await importFile(
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(
        csv(['接種券番号,会場,日時,回目', ...numbers.map((n) => `${n},市民会館,${tokyoDate(6)} 14:00,1`)]),
      ),
    );
    expect(preview).toMatchObject({ writableCount: 2, errorCount: 0 });
    const [walkIn] = await campaign.recipients(1);

    // A row lock held by the test orders the race: the walk-in's booking queues on the slot first, then the
    // commit (which plans on the free count it reads, 2), so the walk-in takes a place the plan counted on.
    const lock = await RowLock.hold(server, 'select id from slot where id = $1 for no key update', [slot]);
    try {
      const booking = walkIn!.data(BOOK, { input: { slotId: slot } });
      await lock.waitForBlocked(1, /insert_reservations/);
      const committing = commit();
      await lock.waitForBlocked(1, /lock_slots/);
      await lock.release();
      expect((await booking).bookReservation.ok).toBe(true);
      const result = await committing;
      expect(result).toMatchObject({ ok: false, createdCount: 0, error: { code: 'INVALID_ROWS' } });
      expect(result.errors.map((e) => [e.line, e.code])).toEqual([[3, 'SLOT_FULL']]);
    } finally {
      await lock.release();
    }
    expect(await bulkState(campaign.site.id, slot)).toEqual({ bulkRows: 0, activeRows: 1, reserved: 1 });
    const [batch] = await server.query<{ status: string }>(
      `select status from import_batch where site_id = ? and kind = 'BULK_BOOKING'`,
      [campaign.site.id],
    );
    expect(batch!.status).not.toBe('COMMITTED');
  });

  it('reports unknown tickets, unknown venues, missing slots, duplicates and rule refusals by line', async () => {
    const campaign = await Campaign.create(server, { bookingMode: 'SET', intervalDays: 21 });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await campaign.slot(tokyoAt(4, '10:00'), 5);
    await campaign.slot(tokyoAt(25, '10:00'), 5);
    const numbers = await campaign.tickets(3);
    const d = tokyoDate(4);
    const { preview } = await importFile(
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(
        csv([
          '接種券番号,会場,日時,回目',
          `${numbers[0]},市民会館,${d} 10:00,セット`, // ok: dose 1 and dose 2 21 days later
          `9999999999,市民会館,${d} 10:00,1`, // unknown ticket
          `${numbers[1]},体育館,${d} 10:00,1`, // unknown venue
          `${numbers[1]},市民会館,${d} 12:00,1`, // no slot at 12:00
          `${numbers[0]},市民会館,${d} 10:00,1`, // duplicate of line 2
          `${numbers[2]},市民会館,${d} 10:00,2`, // dose 2 without dose 1
        ]),
      ),
    );
    expect(preview.errors.map((e) => [e.line, e.code, e.bookingCode])).toEqual([
      [3, 'UNKNOWN_TICKET', null],
      [4, 'UNKNOWN_VENUE', null],
      [5, 'UNKNOWN_SLOT', null],
      [6, 'DUPLICATE_IN_FILE', null],
      [7, 'BOOKING_REFUSED', 'NOT_ELIGIBLE'],
    ]);
    expect(preview.writableCount).toBe(1);
  });
});

describe('provisional ticket issuance (仮接種券発行)', () => {
  it('3 rows × 2 tickets yield 6 unique numbers with valid check digits and a CSV with the original columns plus the new ones', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const bytes = iconv.encode(
      csv([
        '氏名,メールアドレス,枚数',
        'ヤマダ タロウ,taro@example.jp,２',
        'スズキ ハナコ,hanako@example.jp,2',
        '印刷用,,2',
      ]),
      'cp932',
    );
    const { preview, commit } = await importFile(admin, campaign.site.id, 'ISSUANCE', bytes);
    expect(preview).toMatchObject({ rowCount: 3, writableCount: 6, errorCount: 0 });
    const result = await commit();
    expect(result).toMatchObject({ ok: true, createdCount: 6 });

    const tickets = await server.query<{
      number: string;
      kind: string;
      email: string | null;
      hash: string | null;
    }>(`select number, kind, email, initial_password_hash as hash from ticket where site_id = ?`, [
      campaign.site.id,
    ]);
    expect(tickets).toHaveLength(6);
    expect(new Set(tickets.map((t) => t.number)).size).toBe(6);
    expect(tickets.every((t) => isValidProvisionalNumber(t.number) && t.kind === 'PROVISIONAL')).toBe(true);
    expect(tickets.every((t) => t.hash?.startsWith('$argon2id$'))).toBe(true);
    expect(tickets.filter((t) => t.email === null)).toHaveLength(2);

    const { issuedTicketsFile } = await admin.data(ISSUED_TICKETS_FILE, { importId: preview.importId });
    const raw = Buffer.from(issuedTicketsFile.base64, 'base64');
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw
      .subarray(3)
      .toString('utf8')
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(','));
    expect(lines[0]).toEqual(['氏名', 'メールアドレス', '枚数', '発行接種券番号', '初期パスワード']);
    expect(lines.slice(1).map((l) => l.slice(0, 3))).toEqual([
      ['ヤマダ タロウ', 'taro@example.jp', '２'],
      ['ヤマダ タロウ', 'taro@example.jp', '２'],
      ['スズキ ハナコ', 'hanako@example.jp', '2'],
      ['スズキ ハナコ', 'hanako@example.jp', '2'],
      ['印刷用', '', '2'],
      ['印刷用', '', '2'],
    ]);
    expect(new Set(lines.slice(1).map((l) => l[3])).size).toBe(6);
    expect(issuedTicketsFile.rowCount).toBe(6);

    // The stored file is not readable without the key: the database holds ciphertext only.
    const [stored] = await server.query<{ file: Buffer }>(
      `select result_file as file from import_batch where id = ?`,
      [preview.importId],
    );
    expect(Buffer.from(stored!.file).includes(Buffer.from(lines[1]![4]!))).toBe(false);

    // The issued number logs in with its initial password, never with the placeholder birth date.
    const [number, password] = [lines[1]![3]!, lines[1]![4]!];
    const byPassword = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number, password },
    });
    expect(byPassword.recipientLogin).toMatchObject({ ok: true, registrationRequired: true });
    const byBirthDate = await server.caller().data(RECIPIENT_LOGIN, {
      input: { siteCode: campaign.site.code, ticketNumber: number, birthDate: '1900-01-01' },
    });
    expect(byBirthDate.recipientLogin.ok).toBe(false);

    // Issuing the same file again issues nothing.
    const again = await importFile(admin, campaign.site.id, 'ISSUANCE', bytes);
    expect(await again.commit()).toMatchObject({ ok: true, alreadyImported: true, createdCount: 0 });
    expect(await count(`select 1 from ticket where site_id = ?`, [campaign.site.id])).toBe(6);
  });

  it('reports bad counts and addresses by line and issues nothing', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { preview, commit } = await importFile(
      admin,
      campaign.site.id,
      'ISSUANCE',
      Buffer.from(
        csv(['email,count', 'a@example.jp,0', 'not-an-address,1', 'b@example.jp,x', 'c@example.jp,1']),
      ),
    );
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'count'],
      [3, 'email'],
      [4, 'count'],
    ]);
    expect((await commit()).ok).toBe(false);
    expect(await count(`select 1 from ticket where site_id = ?`, [campaign.site.id])).toBe(0);
  });
});

export { BIRTH_DATE };
