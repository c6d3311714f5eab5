import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgTimestamp, sql, sqlOne } from '../../shared/sql.js';

/** A provisional ticket and the real ticket linked to it (null until linked). */
export interface RealTicketLinkView {
  ticketId: string;
  siteId: string;
  kind: string;
  provisionalNumber: string;
  externalId: string | null;
  email: string | null;
  realNumber: string | null;
  realMunicipalityCode: string | null;
  linkedAt: Date | null;
}

interface Row {
  id: string;
  site_id: string;
  kind: string;
  number: string;
  external_id: string | null;
  email: string | null;
  real_number: string | null;
  real_municipality_code: string | null;
  real_linked_at: string | null;
}

const COLUMNS = `id, site_id, kind, number, external_id, email, real_number, real_municipality_code, real_linked_at`;

function toView(row: Row): RealTicketLinkView {
  return {
    ticketId: row.id,
    siteId: row.site_id,
    kind: row.kind,
    provisionalNumber: row.number,
    externalId: row.external_id,
    email: row.email,
    realNumber: row.real_number,
    realMunicipalityCode: row.real_municipality_code,
    linkedAt: row.real_linked_at ? pgTimestamp(row.real_linked_at) : null,
  };
}

/** The real-ticket link and address number columns of `ticket` (issue 15); kept apart from the roster code. */
export class RealTicketRepository {
  async findById(em: EntityManager, ticketId: string): Promise<RealTicketLinkView | undefined> {
    const row = await sqlOne<Row>(em, `select ${COLUMNS} from ticket where id = ?`, [ticketId]);
    return row && toView(row);
  }

  /** The ticket of the site that holds this real number, if any. */
  async holderOf(
    em: EntityManager,
    siteId: string,
    municipalityCode: string,
    realNumber: string,
  ): Promise<RealTicketLinkView | undefined> {
    const row = await sqlOne<Row>(
      em,
      `select ${COLUMNS} from ticket where site_id = ? and real_municipality_code = ? and real_number = ?`,
      [siteId, municipalityCode, realNumber],
    );
    return row && toView(row);
  }

  /** Links one ticket; the partial unique index refuses a real number another ticket of the site holds. */
  async link(
    em: EntityManager,
    ticketId: string,
    municipalityCode: string,
    realNumber: string,
  ): Promise<RealTicketLinkView | undefined> {
    const row = await sqlOne<Row>(
      em,
      `update ticket set real_number = ?, real_municipality_code = ?,
              real_linked_at = case when real_number is not distinct from ? and real_municipality_code is not distinct from ?
                                    then real_linked_at else now() end
        where id = ? returning ${COLUMNS}`,
      [realNumber, municipalityCode, realNumber, municipalityCode, ticketId],
    );
    return row && toView(row);
  }

  /** A site's tickets with these (code-less) numbers, with their links. */
  async byNumbers(em: EntityManager, siteId: string, numbers: string[]): Promise<RealTicketLinkView[]> {
    const rows = await sql<Row>(
      em,
      `select ${COLUMNS} from ticket where site_id = ? and number = any(?::text[]) and municipality_code is null`,
      [siteId, pgArray(numbers)],
    );
    return rows.map(toView);
  }

  /** The tickets of the site holding these real numbers ("code:number" keys). */
  async holdersOf(
    em: EntityManager,
    siteId: string,
    realNumbers: string[],
  ): Promise<Map<string, RealTicketLinkView>> {
    const rows = await sql<Row>(
      em,
      `select ${COLUMNS} from ticket where site_id = ? and real_number = any(?::text[])`,
      [siteId, pgArray(realNumbers)],
    );
    return new Map(rows.map((row) => [`${row.real_municipality_code}:${row.real_number}`, toView(row)]));
  }

  /** Links many tickets in one statement; how many rows it changed. */
  async linkMany(
    em: EntityManager,
    siteId: string,
    links: { ticketId: string; municipalityCode: string; realNumber: string }[],
  ): Promise<number> {
    const [row] = await sql<{ n: number }>(
      em,
      `with changed as (
         update ticket t set real_number = l.real_number, real_municipality_code = l.code, real_linked_at = now()
           from unnest(?::uuid[], ?::text[], ?::text[]) as l (id, code, real_number)
          where t.id = l.id and t.site_id = ?
         returning 1)
       select count(*)::int as n from changed`,
      [
        pgArray(links.map((l) => l.ticketId)),
        pgArray(links.map((l) => l.municipalityCode)),
        pgArray(links.map((l) => l.realNumber)),
        siteId,
      ],
    );
    return row!.n;
  }

  /** A page of a site's provisional tickets by number, linked or not (null: both). */
  async page(
    em: EntityManager,
    siteId: string,
    linked: boolean | null,
    first: number,
    afterNumber: string | null,
  ): Promise<RealTicketLinkView[]> {
    const rows = await sql<Row>(
      em,
      `select ${COLUMNS} from ticket
        where site_id = ? and kind = 'PROVISIONAL' and status = 'ACTIVE'
          and (?::boolean is null or (real_number is not null) = ?::boolean)
          and (?::text is null or number > ?::text)
        order by number limit ?`,
      [siteId, linked, linked, afterNumber, afterNumber, first],
    );
    return rows.map(toView);
  }

  /** The address numbers (個別宛名番号) already stored for these tickets, by "code:number". */
  async addressNumbers(
    em: EntityManager,
    siteId: string,
    numbers: string[],
  ): Promise<Map<string, string | null>> {
    const rows = await sql<{ key: string; address_number: string | null }>(
      em,
      `select coalesce(municipality_code, '') || ':' || number as key, address_number
         from ticket where site_id = ? and number = any(?::text[])`,
      [siteId, pgArray(numbers)],
    );
    return new Map(rows.map((row) => [row.key, row.address_number]));
  }

  /** Fills in address numbers of a site's tickets that have none yet; one statement. */
  async fillAddressNumbers(
    em: EntityManager,
    siteId: string,
    rows: { number: string; municipalityCode: string | null; addressNumber: string }[],
  ): Promise<void> {
    await sql(
      em,
      `update ticket t set address_number = a.address_number
         from unnest(?::text[], ?::text[], ?::text[]) as a (number, code, address_number)
        where t.site_id = ? and t.number = a.number and coalesce(t.municipality_code, '') = coalesce(a.code, '')
          and t.address_number is null`,
      [
        pgArray(rows.map((r) => r.number)),
        pgArray(rows.map((r) => r.municipalityCode)),
        pgArray(rows.map((r) => r.addressNumber)),
        siteId,
      ],
    );
  }
}
