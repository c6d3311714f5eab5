// read side: joins many modules' tables, writes none (docs/architecture.md, "Modules and the tables they own").
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql } from '../../shared/sql.js';
import { nameLettersSql } from '../recipients/recipient-name.js';

/** Where a ticket's holder stands with booking (every ticket is in exactly one). */
export type RosterBooking = 'NOT_BOOKED' | 'DOSE1_ONLY' | 'COMPLETE' | 'VACCINATED';
export type RosterStatus = 'NOT_REGISTERED' | 'REGISTERED' | 'REVOKED';

/** What the roster is filtered by, already checked and normalized by the service. */
export interface RosterQuery {
  siteId: string;
  status: RosterStatus | null;
  booking: RosterBooking | null;
  /** Exact external id. */
  externalId: string | null;
  /** Only these tickets (a ticket read back after a change). */
  ticketIds: string[] | null;
  /** A search the service classified: a kana name prefix, or a number prefix and/or an external id prefix. */
  kanaPrefix: string | null;
  /** Lower-cased prefix of a name registered in Latin letters. */
  latinPrefix: string | null;
  numberPrefix: string | null;
  externalIdPrefix: string | null;
  /** Keyset: the last (number, id) of the previous page. */
  after: { number: string; id: string } | null;
  /** Rows to read (page size + 1). */
  limit: number;
}

export interface RosterRow {
  id: string;
  siteId: string;
  number: string;
  municipalityCode: string | null;
  ticketStatus: 'ACTIVE' | 'REVOKED';
  registered: boolean;
  externalId: string | null;
  email: string | null;
  department: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  dosesBooked: number;
  dosesVaccinated: number;
  dosesInSeries: number | null;
}

/** The stored kana name as the index `recipient_kana_prefix` (migration 20261203101000) holds it. */
const KANA_KEY = `replace(rc.family_name_kana || rc.given_name_kana, ' ', '')`;
/** A name with Latin letters, its letters lower-cased, as the partial index `recipient_latin_prefix` (20261204100000) holds it. */
const LATIN_KEY = `lower(${nameLettersSql('rc')})`;
const HAS_LATIN = `(rc.family_name_kana || rc.given_name_kana) ~ '[A-Za-z]'`;

/**
 * Active reservations of a ticket: how many doses are booked or given, how many given, and how many the
 * vaccine's series has. Per ticket through the `reservation_one_active_per_dose` index.
 */
const BOOKING_OF = (ticket: string) => `lateral (
  select count(*)::int as booked,
         (count(*) filter (where r.status = 'VACCINATED'))::int as vaccinated,
         max(vx.doses)::int as series
    from reservation r
    join slot sl on sl.id = r.slot_id
    join vaccine vx on vx.id = sl.vaccine_id
   where r.ticket_id = ${ticket}.id and r.status in ('BOOKED', 'VACCINATED'))`;

/** Candidates (names matching a kana prefix) from which walking the site's tickets in order beats sorting them. */
const DENSE_NAMES = 1000;

/** Final-dose candidates (see FINAL_DOSES) read at most: past it, they are too many to be worth a hash. */
const MANY_FINAL = 20_000;

/**
 * A ticket's booking state from its own active reservations (the `reservation_one_active_per_dose` index,
 * a few rows each), as the service derives it: per ticket, so a walk of the site's tickets in order stops
 * at the page's last row instead of first summarising every booking of the site.
 */
const IN_STATE = (ticket: string) => `(
  select case when count(*) = 0 then 'NOT_BOOKED'
              when count(*) filter (where r.status = 'VACCINATED') >= max(vx.doses) then 'VACCINATED'
              when count(*) >= max(vx.doses) then 'COMPLETE'
              else 'DOSE1_ONLY' end = ?
    from reservation r
    join slot sl on sl.id = r.slot_id
    join vaccine vx on vx.id = sl.vaccine_id
   where r.ticket_id = ${ticket}.id and r.status in ('BOOKED', 'VACCINATED'))`;

/**
 * A superset of the tickets that are COMPLETE or VACCINATED, through `reservation_final_dose`
 * (migration 20261204200000): a series of n doses is complete only when a dose numbered n or more is booked
 * (active doses of a ticket have distinct numbers), vaccinated only when it was given; n is at least the
 * smallest series among the site's vaccines. Rare states (late doses early in a campaign) are found here.
 */
const FINAL_DOSES: Record<'COMPLETE' | 'VACCINATED', string> = {
  COMPLETE: `select f.ticket_id from reservation f
              where f.site_id = ? and f.status in ('BOOKED', 'VACCINATED')
                and f.dose >= (select min(doses) from vaccine where site_id = ?)`,
  VACCINATED: `select f.ticket_id from reservation f
                where f.site_id = ? and f.status = 'VACCINATED'
                  and f.dose >= (select min(doses) from vaccine where site_id = ?)`,
};

/** The upper bound of a prefix range: the prefix with its last character's code point raised by one. */
function prefixEnd(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!;
  return chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}

/**
 * Candidates from a materialized set of ticket ids (`set`, a CTE with a `ticket_id` column), as two branches
 * of which only one runs: few (under DENSE_NAMES) are looked up and sorted; many are found by walking the
 * site's tickets in number order, each looked up in a hash of the set (`is true` keeps it a hashed filter,
 * not a join the planner would sort). Left to itself, the planner walks and probes even for a rare set.
 */
function fewOrMany(set: string, threshold = DENSE_NAMES): { dense: string; few: string; many: string } {
  const dense = `(select count(*) >= ${threshold} from (select 1 from ${set} limit ${threshold}) d)`;
  return {
    dense,
    few: `not ${dense} and t.id in (select ticket_id from ${set})`,
    many: `${dense} and (t.id in (select ticket_id from ${set})) is true`,
  };
}

/**
 * The roster (tickets of a site with their holder and booking summary), one statement per page. The page's
 * tickets are chosen first in (number, id) order — through `ticket_roster_order`, a number prefix as a range
 * of it, a kana prefix through `recipient_kana_prefix`, an external id through `ticket_external_id_per_site`
 * , a booking state checked per ticket (its candidates, when few, from `reservation_final_dose`) — and only
 * the page's rows get their names and booking summary. Figures: bench/README.md (`npm run bench:roster`).
 */
export class RosterRepository {
  async page(em: EntityManager, query: RosterQuery): Promise<RosterRow[]> {
    const ctes: [string, unknown[]][] = [];
    // Conditions every candidate meets, as SQL with its parameters.
    const base: [string, unknown[]][] = [['t.site_id = ?', [query.siteId]]];
    if (query.status === 'REVOKED') base.push([`t.status = 'REVOKED'`, []]);
    // With a booking state, registration is a per-row subquery too: cheaper than the state's, so PostgreSQL
    // checks it first (as an anti or semi join it came after the state, checked for every candidate).
    const holders = '(select count(*) from recipient r where r.ticket_id = t.id)';
    if (query.status === 'NOT_REGISTERED')
      base.push([
        query.booking
          ? `t.status = 'ACTIVE' and ${holders} = 0`
          : `t.status = 'ACTIVE' and not exists (select 1 from recipient r where r.ticket_id = t.id)`,
        [],
      ]);
    if (query.status === 'REGISTERED')
      base.push([
        query.booking
          ? `t.status = 'ACTIVE' and ${holders} > 0`
          : `t.status = 'ACTIVE' and exists (select 1 from recipient r where r.ticket_id = t.id)`,
        [],
      ]);
    if (query.externalId !== null) base.push(['t.external_id = ?', [query.externalId]]);
    if (query.ticketIds !== null) base.push(['t.id = any(?::uuid[])', [pgArray(query.ticketIds)]]);
    if (query.after) base.push(['(t.number, t.id) > (?, ?::uuid)', [query.after.number, query.after.id]]);

    // A search is one or two branches, each answered by its own index in (number, id) order, then merged:
    // an OR of both would make PostgreSQL walk the whole site's order filtering rows.
    const branches: [string, unknown[]][] = [];
    if (query.numberPrefix) {
      // Numbers are exactly 10 digits: a prefix is the range from its 0-padded to its 9-padded number.
      branches.push([
        't.number between ? and ?',
        [query.numberPrefix.padEnd(10, '0'), query.numberPrefix.padEnd(10, '9')],
      ]);
    }
    if (query.externalIdPrefix) {
      // Operators of text_pattern_ops: a byte-order range the index answers, whatever the collation.
      branches.push([
        't.external_id ~>=~ ? and t.external_id ~<~ ?',
        [query.externalIdPrefix, prefixEnd(query.externalIdPrefix)],
      ]);
    }
    const kana = query.kanaPrefix ? fewOrMany('kana') : null;
    if (query.kanaPrefix) {
      ctes.push([
        `kana as materialized (
          select rc.ticket_id from recipient rc where ${KANA_KEY} ~>=~ ? and ${KANA_KEY} ~<~ ?)`,
        [query.kanaPrefix, prefixEnd(query.kanaPrefix)],
      ]);
    }
    if (query.latinPrefix) {
      ctes.push([
        `latin as materialized (
          select rc.ticket_id from recipient rc
           where ${HAS_LATIN} and ${LATIN_KEY} ~>=~ ? and ${LATIN_KEY} ~<~ ?)`,
        [query.latinPrefix, prefixEnd(query.latinPrefix)],
      ]);
      const latin = fewOrMany('latin');
      branches.push([latin.few, []], [latin.many, []]);
    }
    if (query.booking) {
      // Every candidate is checked against its own reservations; the final doses only choose candidates.
      base.push([IN_STATE('t'), [query.booking]]);
    }
    if ((query.booking === 'COMPLETE' || query.booking === 'VACCINATED') && (kana || branches.length === 0)) {
      // The final doses, complete while fewer than MANY_FINAL: then they (or the names among them) are the
      // candidates; past it, the names (or the site's tickets) are walked, each checked on its own.
      ctes.push(
        [
          `final as materialized (${FINAL_DOSES[query.booking]} limit ${MANY_FINAL})`,
          [query.siteId, query.siteId],
        ],
        [`final_count as materialized (select count(*) < ${MANY_FINAL} as complete from final)`, []],
      );
      const complete = '(select complete from final_count)';
      let candidates = 'final';
      if (kana) {
        ctes.push([`kana_final as materialized (select ticket_id from kana intersect select ticket_id from final)`, []]);
        candidates = 'kana_final';
        branches.push([`not ${complete} and ${kana.few}`, []], [`not ${complete} and ${kana.many}`, []]);
      } else {
        branches.push([`not ${complete}`, []]);
      }
      // A status filter thins the walk out, not the candidates: more of them are worth sorting.
      const set = fewOrMany(candidates, query.status ? 5 * DENSE_NAMES : DENSE_NAMES);
      branches.push([`${complete} and ${set.few}`, []], [`${complete} and ${set.many}`, []]);
    } else if (kana) {
      branches.push([kana.few, []], [kana.many, []]);
    }
    if (branches.length === 0) branches.push(['true', []]);

    const params: unknown[] = [];
    for (const [, values] of ctes) params.push(...values);
    const choices = branches.map(([condition, values]) => {
      const conditions = [...base, [condition, values] as [string, unknown[]]];
      for (const [, v] of conditions) params.push(...v);
      params.push(query.limit);
      return `(select t.id, t.site_id, t.number, t.municipality_code, t.status, t.external_id, t.email, t.department
                 from ticket t
                where ${conditions.map(([c]) => `(${c})`).join(' and ')}
                order by t.number, t.id
                limit ?)`;
    });
    params.push(query.limit);
    const withClause = ctes.length ? `with ${ctes.map(([cte]) => cte).join(',\n')} ` : '';
    type Row = {
      id: string;
      site_id: string;
      number: string;
      municipality_code: string | null;
      status: 'ACTIVE' | 'REVOKED';
      external_id: string | null;
      email: string | null;
      department: string | null;
      registered: boolean;
      family_name_kana: string | null;
      given_name_kana: string | null;
      booked: number;
      vaccinated: number;
      series: number | null;
    };
    const text = `${withClause}select p.id, p.site_id, p.number, p.municipality_code, p.status, p.external_id, p.email,
              p.department, rc.ticket_id is not null as registered, rc.family_name_kana, rc.given_name_kana,
              b.booked, b.vaccinated, b.series
         from (select * from (${choices.join(' union ')}) c order by c.number, c.id limit ?) p
         left join recipient rc on rc.ticket_id = p.id
         cross join ${BOOKING_OF('p')} b
        order by p.number, p.id`;
    // A booking state as a boolean subquery keeps the walk's estimate low: as `state = ?` PostgreSQL costed
    // the walk for a rare state, compiled the statement (JIT) on every call and took 40 ms to 1 s for a page
    // read in 1–2 ms; now the plans stay under jit_above_cost (bench/README.md, roster).
    const rows = await sql<Row>(em, text, params);
    return rows.map((row) => ({
      id: row.id,
      siteId: row.site_id,
      number: row.number,
      municipalityCode: row.municipality_code,
      ticketStatus: row.status,
      registered: row.registered,
      externalId: row.external_id,
      email: row.email,
      department: row.department,
      familyNameKana: row.family_name_kana,
      givenNameKana: row.given_name_kana,
      dosesBooked: row.booked,
      dosesVaccinated: row.vaccinated,
      dosesInSeries: row.series,
    }));
  }
}
