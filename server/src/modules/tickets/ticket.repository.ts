import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';
import type { TicketKind } from './ticket.entity.js';

export interface NewTicket {
  number: string;
  birthDate: string;
  municipalityCode: string | null;
}

export class TicketRepository {
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

  /** Inserts a chunk of an imported list (with staff numbers and addresses); how many were new. */
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
  ): Promise<number> {
    const [row] = await sql<{ n: number }>(
      em,
      `with added as (
         insert into ticket (site_id, kind, number, birth_date, municipality_code, external_id, email)
         select ?, ?, t.number, t.birth_date, t.municipality_code, t.external_id, t.email
           from unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::text[])
                as t (number, birth_date, municipality_code, external_id, email)
         on conflict (site_id, number, coalesce(municipality_code, '')) do nothing
         returning 1)
       select count(*)::int as n from added`,
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
    return row!.n;
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
