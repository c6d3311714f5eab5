import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allowlistLinesWithoutReason,
  checkOwnership,
  migrationObjectsOf,
  parseAllowlist,
  PUBLISHED_FUNCTIONS,
  PUBLISHED_READ_MODELS,
  publishedProblems,
  tableUsesOf,
} from './check-table-ownership.js';

const file = (path: string, source: string) => ({ file: path, source });

describe('table ownership check', () => {
  it('catches a service that updates another module’s table', () => {
    const records = file(
      'server/src/modules/records/records.service.ts',
      "await sql(em, 'update slot set reserved = reserved - 1 where id = ?', [slotId]);",
    );
    const { fresh } = checkOwnership([records], new Set());
    expect(fresh).toEqual([
      { file: 'server/src/modules/records/records.service.ts', table: 'slot', access: 'write', line: 1 },
    ]);
  });

  it('lets the owner’s repository run its SQL, and a read-side module read (never write)', () => {
    const sources = [
      file(
        'server/src/modules/slots/slot.repository.ts',
        "sql(em, 'update slot set capacity = ? where id = ?')",
      ),
      file(
        'server/src/modules/reports/export.service.ts',
        'sql(em, `select * from reservation r join slot s on s.id = r.slot_id`)',
      ),
      file('server/src/modules/reports/export.service.ts', "sql(em, 'delete from reservation where id = ?')"),
    ];
    expect(checkOwnership(sources, new Set()).fresh.map((u) => `${u.file} ${u.table} ${u.access}`)).toEqual([
      'server/src/modules/reports/export.service.ts reservation write',
    ]);
  });

  it('counts the owner’s service too: only its repository may run SQL', () => {
    const service = file(
      'server/src/modules/slots/slot.service.ts',
      "sqlOne(em, 'select id from slot where id = ?')",
    );
    expect(checkOwnership([service], new Set()).fresh).toHaveLength(1);
  });

  it('reads SQL in templates with interpolations, quoted names, and every keyword', () => {
    const source = [
      'const q = `insert into "mail_outbox" (id) select id from ${cte} join public.ticket t on true`;',
      "const d = 'DELETE FROM upload where id = ?';",
      "const u = 'UPDATE\\n  venue_vaccine set x = 1';",
    ].join('\n');
    expect(tableUsesOf('server/src/x.ts', source).map((u) => `${u.table}:${u.access}:${u.line}`)).toEqual([
      'mail_outbox:write:1',
      'ticket:read:1',
      'upload:write:2',
      'venue_vaccine:write:3',
    ]);
  });

  it('ignores comments, words that name no table, and qualified columns', () => {
    const source = [
      '// select * from slot: a comment',
      "const m = 'Bookings from the venue close at noon';",
      "const e = 'select extract(epoch from slot.starts_at) from unnest(?::uuid[]) as x';",
    ].join('\n');
    expect(tableUsesOf('server/src/x.ts', source)).toEqual([]);
  });

  it('passes a listed crossing, reports how many remain, and names the lines that are gone', () => {
    const crossing = file('server/src/modules/records/records.service.ts', "sql(em, 'select 1 from ticket')");
    const allowlist = parseAllowlist(
      [
        '# comment',
        'server/src/modules/records/records.service.ts   ticket',
        'server/src/modules/records/records.service.ts slot  # fixed since',
        '',
      ].join('\n'),
    );
    const report = checkOwnership([crossing], allowlist);
    expect(report.fresh).toEqual([]);
    expect([...report.known]).toEqual(['server/src/modules/records/records.service.ts ticket']);
    expect(report.stale).toEqual(['server/src/modules/records/records.service.ts slot']);
  });

  it('wants a reason after # on every crossing line, and names the lines without one', () => {
    const text = [
      '# a comment line needs no reason',
      'server/src/modules/records/records.service.ts ticket  # one statement: the list page',
      'server/src/modules/records/records.service.ts site',
      'server/src/modules/records/records.service.ts venue  #   ',
      '',
    ].join('\n');
    expect(allowlistLinesWithoutReason(text)).toEqual([
      'line 3: server/src/modules/records/records.service.ts site',
      'line 4: server/src/modules/records/records.service.ts venue  #',
    ]);
    expect([...parseAllowlist(text)]).toEqual([
      'server/src/modules/records/records.service.ts ticket',
      'server/src/modules/records/records.service.ts site',
      'server/src/modules/records/records.service.ts venue',
    ]);
  });

  it('lets any module read a published view in its one statement, and call a published function', () => {
    const sources = [
      file(
        'server/src/modules/reservations/reservation.service.ts',
        `sql(em, \`select t.id from ticket_status_view t join site_settings_view s on s.id = t.site_id
                   where exists (select 1 from recipient_contact_view r where r.ticket_id = t.id)\`)`,
      ),
      file(
        'server/src/modules/reservations/reservation.repository.ts',
        "sql(tx, 'select release_slot_places(1, ?)'); sql(tx, 'select id from lock_slots(?::uuid[]) as l (id)')",
      ),
    ];
    expect(checkOwnership(sources, new Set()).fresh).toEqual([]);
  });

  it('refuses a write through a published view, even by its owner', () => {
    const sources = [
      file(
        'server/src/modules/auth/auth.repository.ts',
        "sql(em, 'update recipient_login_view set password_hash = ?')",
      ),
      file(
        'server/src/modules/recipients/recipient.repository.ts',
        "sql(em, 'delete from recipient_contact_view')",
      ),
    ];
    expect(checkOwnership(sources, new Set()).fresh.map((u) => `${u.table} ${u.access}`)).toEqual([
      'recipient_login_view write',
      'recipient_contact_view write',
    ]);
  });

  it('refuses a view or function nobody published: any *_view, and any a migration creates', () => {
    const source = file(
      'server/src/modules/auth/auth.repository.ts',
      "sql(em, 'select * from ticket_secret_view'); sql(em, 'select notify_availability_structure()')",
    );
    const created = new Set(['notify_availability_structure', 'ticket_secret_view']);
    expect(checkOwnership([source], new Set(), created).fresh.map((u) => `${u.table} ${u.access}`)).toEqual([
      'ticket_secret_view read',
      'notify_availability_structure call',
    ]);
  });

  it('lets only the owner’s repository define a published view or function in server/src', () => {
    const sources = [
      file(
        'server/src/modules/slots/slot.repository.ts',
        "sql(em, 'create or replace view slot_booking_view as select 1')",
      ),
      file(
        'server/src/modules/reservations/reservation.repository.ts',
        "sql(em, 'drop function lock_slots(uuid[])')",
      ),
    ];
    expect(checkOwnership(sources, new Set()).fresh.map((u) => `${u.file} ${u.table} ${u.access}`)).toEqual([
      'server/src/modules/reservations/reservation.repository.ts lock_slots define',
    ]);
  });

  it('wants every published name created by a migration, touching only its owner’s tables', () => {
    const everything = [
      ...Object.keys(PUBLISHED_READ_MODELS).map((name) => `create view ${name} as select 1`),
      ...Object.keys(PUBLISHED_FUNCTIONS).map((name) => `create function ${name}() returns int`),
    ];
    const migration = (texts: string[]) =>
      migrationObjectsOf([
        file('migrations/M.ts', texts.map((t) => `this.addSql(${JSON.stringify(t)});`).join('\n')),
      ]);
    expect(publishedProblems(migration(everything))).toEqual([]);
    const lying = everything
      .filter((t) => !t.includes(' lock_slots('))
      .map((t) =>
        t.startsWith('create view ticket_status_view')
          ? 'create view ticket_status_view as select t.id, s.time_zone from ticket t join site s on s.id = t.site_id'
          : t,
      );
    expect(publishedProblems(migration(lying))).toEqual([
      'published view ticket_status_view (modules/tickets) touches table site, owned by modules/sites: ' +
        'publish one per owner and join them in the reader',
      'published function lock_slots (modules/slots) is created by no migration',
    ]);
  });

  it('finds every name the maps publish in this repository’s migrations', () => {
    const dir = new URL('../migrations/', import.meta.url);
    const migrations = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => file(`migrations/${name}`, readFileSync(new URL(name, dir), 'utf8')));
    expect(publishedProblems(migrationObjectsOf(migrations))).toEqual([]);
  });
});
