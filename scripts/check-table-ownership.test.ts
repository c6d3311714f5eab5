import { describe, expect, it } from 'vitest';
import {
  allowlistLinesWithoutReason,
  checkOwnership,
  parseAllowlist,
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
});
