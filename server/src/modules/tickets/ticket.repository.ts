import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';
import type { TicketKind, TicketStatus } from './ticket.entity.js';

export interface NewTicket {
  number: string;
  birthDate: string;
  municipalityCode: string | null;
}

/** A ticket as roster sync compares it: identity, the synced fields and whether it is revoked. */
export interface SyncedTicket {
  id: string;
  number: string;
  municipalityCode: string | null;
  birthDate: string;
  externalId: string | null;
  email: string | null;
  department: string | null;
  status: TicketStatus;
}

/** What roster sync writes for one ticket. */
export interface SyncedFields {
  number: string;
  municipalityCode: string | null;
  birthDate: string;
  externalId: string | null;
  email: string | null;
  department: string | null;
}

interface SyncedRow {
  id: string;
  number: string;
  municipality_code: string | null;
  birth_date: string;
  external_id: string | null;
  email: string | null;
  department: string | null;
  status: TicketStatus;
}

const SYNCED_COLUMNS = `t.id, t.number, t.municipality_code, to_char(t.birth_date, 'YYYY-MM-DD') as birth_date,
  t.external_id, t.email, t.department, t.status`;

function toSynced(row: SyncedRow): SyncedTicket {
  return {
    id: row.id,
    number: row.number,
    municipalityCode: row.municipality_code,
    birthDate: row.birth_date,
    externalId: row.external_id,
    email: row.email,
    department: row.department,
    status: row.status,
  };
}

export class TicketRepository {
  /**
   * The site's tickets with these (number, municipality code) keys, locked in id order until the
   * transaction ends (two syncs of the same roster never deadlock), one statement. `no key update`: a booking
   * of one of them (its foreign key takes `key share`) does not wait for the sync.
   */
  async lockByKeys(
    tx: EntityManager,
    siteId: string,
    keys: { number: string; municipalityCode: string | null }[],
  ): Promise<SyncedTicket[]> {
    const rows = await sql<SyncedRow>(
      tx,
      `select ${SYNCED_COLUMNS}
         from ticket t
         join unnest(?::text[], ?::text[]) as k (number, code)
           on t.number = k.number and coalesce(t.municipality_code, '') = k.code
        where t.site_id = ?
        order by t.id
        for no key update of t`,
      [pgArray(keys.map((k) => k.number)), pgArray(keys.map((k) => k.municipalityCode ?? '')), siteId],
    );
    return rows.map(toSynced);
  }

  /** Which tickets of the site hold these external ids, one statement. */
  async holdersOfExternalIds(
    em: EntityManager,
    siteId: string,
    externalIds: string[],
  ): Promise<{ id: string; externalId: string }[]> {
    const rows = await sql<{ id: string; external_id: string }>(
      em,
      `select id, external_id from ticket where site_id = ? and external_id = any(?::text[])`,
      [siteId, pgArray(externalIds)],
    );
    return rows.map((r) => ({ id: r.id, externalId: r.external_id }));
  }

  /** Inserts synced tickets, one statement; the ones inserted (a key taken meanwhile is skipped). */
  async insertSynced(
    tx: EntityManager,
    siteId: string,
    kind: TicketKind,
    tickets: SyncedFields[],
  ): Promise<{ id: string; number: string; municipalityCode: string | null }[]> {
    const rows = await sql<{ id: string; number: string; municipality_code: string | null }>(
      tx,
      `insert into ticket (site_id, kind, number, municipality_code, birth_date, external_id, email, department)
       select ?, ?, t.number, t.code, t.birth_date, t.external_id, t.email, t.department
         from unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[])
              as t (number, code, birth_date, external_id, email, department)
       on conflict (site_id, number, coalesce(municipality_code, '')) do nothing
       returning id, number, municipality_code`,
      [
        siteId,
        kind,
        pgArray(tickets.map((t) => t.number)),
        pgArray(tickets.map((t) => t.municipalityCode)),
        pgArray(tickets.map((t) => t.birthDate)),
        pgArray(tickets.map((t) => t.externalId)),
        pgArray(tickets.map((t) => t.email)),
        pgArray(tickets.map((t) => t.department)),
      ],
    );
    return rows.map((r) => ({ id: r.id, number: r.number, municipalityCode: r.municipality_code }));
  }

  /** Writes the synced fields of existing tickets, one statement. */
  async updateSynced(tx: EntityManager, tickets: (SyncedFields & { id: string })[]): Promise<void> {
    if (tickets.length === 0) return;
    await sql(
      tx,
      `update ticket set birth_date = u.birth_date, external_id = u.external_id, email = u.email,
              department = u.department
         from unnest(?::uuid[], ?::date[], ?::text[], ?::text[], ?::text[])
              as u (id, birth_date, external_id, email, department)
        where ticket.id = u.id`,
      [
        pgArray(tickets.map((t) => t.id)),
        pgArray(tickets.map((t) => t.birthDate)),
        pgArray(tickets.map((t) => t.externalId)),
        pgArray(tickets.map((t) => t.email)),
        pgArray(tickets.map((t) => t.department)),
      ],
    );
  }

  /**
   * The site's tickets named by ids, numbers or external ids (one kind per call), locked in id order until
   * the transaction ends, one statement.
   */
  async lockForRevocation(
    tx: EntityManager,
    siteId: string,
    by: 'id' | 'number' | 'external_id',
    values: string[],
  ): Promise<{ id: string; number: string; externalId: string | null; status: TicketStatus }[]> {
    const cast = by === 'id' ? 'uuid' : 'text';
    const rows = await sql<{ id: string; number: string; external_id: string | null; status: TicketStatus }>(
      tx,
      `select id, number, external_id, status from ticket
        where site_id = ? and ${by} = any(?::${cast}[])
        order by id
        for no key update`,
      [siteId, pgArray(values)],
    );
    return rows.map((r) => ({ id: r.id, number: r.number, externalId: r.external_id, status: r.status }));
  }

  /** Marks tickets revoked, one statement; the ones that were still active. */
  async revoke(tx: EntityManager, ticketIds: string[]): Promise<string[]> {
    if (ticketIds.length === 0) return [];
    const rows = await sql<{ id: string }>(
      tx,
      `update ticket set status = 'REVOKED' where id = any(?::uuid[]) and status = 'ACTIVE' returning id`,
      [pgArray(ticketIds)],
    );
    return rows.map((r) => r.id);
  }

  /** One statement for the whole list; tickets already registered are left as they are. */
  async insertMany(
    em: EntityManager,
    siteId: string,
    kind: TicketKind,
    tickets: NewTicket[],
  ): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `insert into ticket (site_id, kind, number, birth_date, municipality_code)
       select ?, ?, t.number, t.birth_date, t.municipality_code
         from unnest(?::text[], ?::date[], ?::text[]) as t (number, birth_date, municipality_code)
       on conflict (site_id, number, coalesce(municipality_code, '')) do nothing
       returning id`,
      [
        siteId,
        kind,
        pgArray(tickets.map((t) => t.number)),
        pgArray(tickets.map((t) => t.birthDate)),
        pgArray(tickets.map((t) => t.municipalityCode)),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** Inserts a chunk of an imported list (with staff numbers and addresses); the new ones' ids. */
  async insertImported(
    em: EntityManager,
    siteId: string,
    kind: TicketKind,
    tickets: {
      number: string;
      birthDate: string;
      municipalityCode: string | null;
      externalId: string | null;
      email: string | null;
    }[],
  ): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `insert into ticket (site_id, kind, number, birth_date, municipality_code, external_id, email)
       select ?, ?, t.number, t.birth_date, t.municipality_code, t.external_id, t.email
         from unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::text[])
              as t (number, birth_date, municipality_code, external_id, email)
       on conflict (site_id, number, coalesce(municipality_code, '')) do nothing
       returning id`,
      [
        siteId,
        kind,
        pgArray(tickets.map((t) => t.number)),
        pgArray(tickets.map((t) => t.birthDate)),
        pgArray(tickets.map((t) => t.municipalityCode)),
        pgArray(tickets.map((t) => t.externalId)),
        pgArray(tickets.map((t) => t.email)),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** Numbers and HR ids of tickets, one statement (the change feed names its subjects by them). */
  async identities(
    em: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; number: string; externalId: string | null }[]> {
    if (ids.length === 0) return [];
    const rows = await sql<{ id: string; number: string; external_id: string | null }>(
      em,
      `select id, number, external_id from ticket where id = any(?::uuid[])`,
      [pgArray(ids)],
    );
    return rows.map((row) => ({ id: row.id, number: row.number, externalId: row.external_id }));
  }

  /** A site's tickets with these numbers, keyed "municipality code:number" (code empty when none). */
  async findByNumbers(
    em: EntityManager,
    siteId: string,
    numbers: string[],
  ): Promise<{ key: string; birth_date: string; email: string | null; external_id: string | null }[]> {
    return sql<{
      key: string;
      birth_date: string;
      email: string | null;
      external_id: string | null;
    }>(
      em,
      `select coalesce(municipality_code, '') || ':' || number as key, to_char(birth_date, 'YYYY-MM-DD') as birth_date,
              email, external_id
         from ticket where site_id = ? and number = any(?::text[])`,
      [siteId, pgArray(numbers)],
    );
  }

  /** A site's tickets with these numbers: id, number and municipality code. */
  async idsByNumbers(
    em: EntityManager,
    siteId: string,
    numbers: string[],
  ): Promise<{ id: string; number: string; municipalityCode: string | null }[]> {
    const rows = await sql<{ id: string; number: string; municipality_code: string | null }>(
      em,
      `select id, number, municipality_code from ticket where site_id = ? and number = any(?::text[])`,
      [siteId, pgArray(numbers)],
    );
    return rows.map((r) => ({ id: r.id, number: r.number, municipalityCode: r.municipality_code }));
  }

  /** Which of these numbers a ticket of the site already has. */
  async numbersTaken(em: EntityManager, siteId: string, numbers: string[]): Promise<Set<string>> {
    const taken = await sql<{ number: string }>(
      em,
      `select number from ticket where site_id = ? and number = any(?::text[])`,
      [siteId, pgArray(numbers)],
    );
    return new Set(taken.map((t) => t.number));
  }

  /** Issues provisional tickets with hashed initial passwords; the ones inserted, by number. */
  insertProvisional(
    em: EntityManager,
    siteId: string,
    tickets: { number: string; birthDate: string; email: string | null; passwordHash: string }[],
  ): Promise<{ id: string; number: string }[]> {
    return sql<{ id: string; number: string }>(
      em,
      `insert into ticket (site_id, kind, number, birth_date, email, initial_password_hash)
       select ?, 'PROVISIONAL', t.number, t.birth_date, t.email, t.hash
         from unnest(?::text[], ?::date[], ?::text[], ?::text[]) as t (number, birth_date, email, hash)
       on conflict (site_id, number, coalesce(municipality_code, '')) do nothing
       returning id, number`,
      [
        siteId,
        pgArray(tickets.map((t) => t.number)),
        pgArray(tickets.map((t) => t.birthDate)),
        pgArray(tickets.map((t) => t.email)),
        pgArray(tickets.map((t) => t.passwordHash)),
      ],
    );
  }

  async siteOf(em: EntityManager, ticketId: string): Promise<string | undefined> {
    const row = await sqlOne<{ site_id: string }>(em, `select site_id from ticket where id = ?`, [ticketId]);
    return row?.site_id;
  }
}
