import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql } from '../../shared/sql.js';
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
}
