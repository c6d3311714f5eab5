// read side: joins many modules' tables, writes none (docs/architecture.md, "Modules and the tables they own").
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgTimestamp, sql, sqlOne } from '../../shared/sql.js';
import type { MadeBy, ReservationStatus } from '../reservations/reservation.entity.js';
import { nameLettersSql } from '../recipients/recipient-name.js';

/** A name's letters: spaces (ASCII and ideographic) and a Latin name's . ' - left out. */
const NAME_LETTERS = nameLettersSql('p');

export interface AdminReservationView {
  id: string;
  siteId: string;
  dose: number;
  status: ReservationStatus;
  madeBy: MadeBy;
  pairId: string | null;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
  checkedInAt: Date | null;
  ticketId: string;
  ticketNumber: string;
  municipalityCode: string | null;
  externalId: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  venueId: string;
  venueName: string;
  vaccineId: string;
  vaccineName: string;
  manufacturer: string;
  timeZone: string;
  vaccination: {
    vaccinatedOn: string;
    lotNumber: string;
    doctorName: string;
    recordedAt: Date;
    manufacturer: string;
    vaccinatedAt: Date | null;
    deskId: string | null;
  } | null;
  /** The real ticket linked to a provisional one (issue 15); null until linked. */
  realNumber: string | null;
  realMunicipalityCode: string | null;
}

export interface ReservationFilterValues {
  venueId: string | null;
  fromDate: string | null;
  toDate: string | null;
  status: ReservationStatus | null;
  ticketNumber: string | null;
  /** Katakana, or Latin letters only; matched anywhere in family + given name (NAME_LETTERS), in any case. */
  name: string | null;
  dose: number | null;
  madeBy: MadeBy | null;
}

interface Row {
  id: string;
  site_id: string;
  dose: number;
  status: ReservationStatus;
  made_by: MadeBy;
  pair_id: string | null;
  created_at: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
  checked_in_at: string | null;
  ticket_id: string;
  number: string;
  municipality_code: string | null;
  external_id: string | null;
  family_name_kana: string | null;
  given_name_kana: string | null;
  slot_id: string;
  starts_at: string;
  ends_at: string;
  venue_id: string;
  venue_name: string;
  vaccine_id: string;
  vaccine_name: string;
  manufacturer: string;
  time_zone: string;
  vaccinated_on: string | null;
  lot_number: string | null;
  doctor_name: string | null;
  recorded_at: string | null;
  record_manufacturer: string | null;
  vaccinated_at: string | null;
  desk_id: string | null;
  real_number: string | null;
  real_municipality_code: string | null;
}

const SELECT = `
  select r.id, r.site_id, r.dose, r.status, r.made_by, r.pair_id, r.created_at, r.cancelled_at, r.cancel_reason,
         r.checked_in_at, t.id as ticket_id, t.number, t.municipality_code, t.external_id,
         p.family_name_kana, p.given_name_kana, s.id as slot_id, s.starts_at, s.ends_at,
         v.id as venue_id, v.name as venue_name, vc.id as vaccine_id, vc.name as vaccine_name, vc.manufacturer,
         st.time_zone, to_char(vr.vaccinated_on, 'YYYY-MM-DD') as vaccinated_on, vr.lot_number, vr.doctor_name,
         vr.recorded_at, vr.manufacturer as record_manufacturer, vr.vaccinated_at, vr.desk_id,
         t.real_number, t.real_municipality_code
    from reservation r
    join ticket t on t.id = r.ticket_id
    join slot s on s.id = r.slot_id
    join venue v on v.id = s.venue_id
    join vaccine vc on vc.id = s.vaccine_id
    join site st on st.id = r.site_id
    left join recipient p on p.ticket_id = r.ticket_id
    left join vaccination_record vr on vr.reservation_id = r.id`;

function toView(row: Row): AdminReservationView {
  return {
    id: row.id,
    siteId: row.site_id,
    dose: row.dose,
    status: row.status,
    madeBy: row.made_by,
    pairId: row.pair_id,
    createdAt: pgTimestamp(row.created_at),
    cancelledAt: row.cancelled_at ? pgTimestamp(row.cancelled_at) : null,
    cancelReason: row.cancel_reason,
    checkedInAt: row.checked_in_at ? pgTimestamp(row.checked_in_at) : null,
    ticketId: row.ticket_id,
    ticketNumber: row.number,
    municipalityCode: row.municipality_code,
    externalId: row.external_id,
    familyNameKana: row.family_name_kana,
    givenNameKana: row.given_name_kana,
    slotId: row.slot_id,
    startsAt: pgTimestamp(row.starts_at),
    endsAt: pgTimestamp(row.ends_at),
    venueId: row.venue_id,
    venueName: row.venue_name,
    vaccineId: row.vaccine_id,
    vaccineName: row.vaccine_name,
    manufacturer: row.manufacturer,
    timeZone: row.time_zone,
    vaccination:
      row.vaccinated_on && row.lot_number && row.doctor_name && row.recorded_at
        ? {
            vaccinatedOn: row.vaccinated_on,
            lotNumber: row.lot_number,
            doctorName: row.doctor_name,
            recordedAt: pgTimestamp(row.recorded_at),
            manufacturer: row.record_manufacturer ?? row.manufacturer,
            vaccinatedAt: row.vaccinated_at ? pgTimestamp(row.vaccinated_at) : null,
            deskId: row.desk_id,
          }
        : null,
    realNumber: row.real_number,
    realMunicipalityCode: row.real_municipality_code,
  };
}

/**
 * Reservation lists for admins and venue staff: one statement per page, whatever the page size. The site's
 * slots are walked by start (`slot_site_time`, hence the condition on the slot's site too) and each slot's
 * reservations by id (`reservation_slot_order`), so a page stops early at 100,000 reservations.
 */
export class ReservationListRepository {
  async page(
    em: EntityManager,
    siteId: string,
    filter: ReservationFilterValues,
    first: number,
    after: { startsAt: string; id: string } | null,
  ): Promise<AdminReservationView[]> {
    const likeName = filter.name ? `%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await sql<Row>(
      em,
      `${SELECT}
        where r.site_id = ? and s.site_id = ?
          and (?::uuid is null or s.venue_id = ?::uuid)
          and (?::date is null or (s.starts_at at time zone st.time_zone)::date >= ?::date)
          and (?::date is null or (s.starts_at at time zone st.time_zone)::date <= ?::date)
          and (?::text is null or r.status = ?::text)
          and (?::text is null or t.number = ?::text)
          and (?::text is null or ${NAME_LETTERS} ilike ?::text)
          and (?::int is null or r.dose = ?::int)
          and (?::text is null or r.made_by = ?::text)
          and (?::timestamptz is null or (s.starts_at, r.id) > (?::timestamptz, ?::uuid))
        order by s.starts_at, r.id
        limit ?`,
      [
        siteId,
        siteId,
        filter.venueId,
        filter.venueId,
        filter.fromDate,
        filter.fromDate,
        filter.toDate,
        filter.toDate,
        filter.status,
        filter.status,
        filter.ticketNumber,
        filter.ticketNumber,
        likeName,
        likeName,
        filter.dose,
        filter.dose,
        filter.madeBy,
        filter.madeBy,
        after?.startsAt ?? null,
        after?.startsAt ?? null,
        after?.id ?? null,
        first,
      ],
    );
    return rows.map(toView);
  }

  async findById(em: EntityManager, id: string): Promise<AdminReservationView | undefined> {
    const row = await sqlOne<Row>(em, `${SELECT} where r.id = ?`, [id]);
    return row && toView(row);
  }

  /**
   * The venue day (issue 15): each slot of a venue in [from, to) with its reservations counted by what
   * happened at the venue; one statement.
   */
  async dayCounts(em: EntityManager, venueId: string, from: Date, to: Date) {
    const rows = await sql<{
      slot_id: string;
      starts_at: string;
      ends_at: string;
      capacity: number;
      status: string;
      vaccine_name: string;
      booked: number;
      arrived: number;
      vaccinated: number;
      no_show: number;
      to_come: number;
    }>(
      em,
      `select s.id as slot_id, s.starts_at, s.ends_at, s.capacity, s.status, vc.name as vaccine_name,
              count(r.id) filter (where r.status in ('BOOKED', 'VACCINATED', 'NO_SHOW'))::int as booked,
              count(r.id) filter (where r.checked_in_at is not null and r.status in ('BOOKED', 'VACCINATED'))::int as arrived,
              count(r.id) filter (where r.status = 'VACCINATED')::int as vaccinated,
              count(r.id) filter (where r.status = 'NO_SHOW')::int as no_show,
              count(r.id) filter (where r.status = 'BOOKED' and r.checked_in_at is null)::int as to_come
         from slot s join vaccine vc on vc.id = s.vaccine_id left join reservation r on r.slot_id = s.id
        where s.venue_id = ? and s.starts_at >= ? and s.starts_at < ?
        group by s.id, vc.name order by s.starts_at, vc.name, s.id`,
      [venueId, from, to],
    );
    return rows.map((row) => ({
      slotId: row.slot_id,
      startsAt: pgTimestamp(row.starts_at),
      endsAt: pgTimestamp(row.ends_at),
      capacity: row.capacity,
      status: row.status,
      vaccineName: row.vaccine_name,
      booked: row.booked,
      arrived: row.arrived,
      vaccinated: row.vaccinated,
      noShow: row.no_show,
      toCome: row.to_come,
    }));
  }

  /**
   * The venue day's search: a ticket number (the provisional one, or a linked real one), a scanned ticket
   * line (municipality code and number), or part of the name (katakana, or Latin letters in any case); at most
   * `limit` rows by slot time.
   */
  async venueDaySearch(
    em: EntityManager,
    venueId: string,
    from: Date,
    to: Date,
    query: { number: string | null; municipalityCode: string | null; name: string | null },
    limit: number,
  ): Promise<AdminReservationView[]> {
    const likeName = query.name ? `%${query.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await sql<Row>(
      em,
      `${SELECT}
        where s.venue_id = ? and s.starts_at >= ? and s.starts_at < ? and r.status <> 'CANCELLED'
          and (
            (?::text is not null and (
               (t.number = ?::text and (?::text is null or t.municipality_code is null or t.municipality_code = ?::text))
               or (t.real_number = ?::text and (?::text is null or t.real_municipality_code = ?::text))))
            or (?::text is not null
                and ${NAME_LETTERS} ilike ?::text))
        order by s.starts_at, r.id
        limit ?`,
      [
        venueId,
        from,
        to,
        query.number,
        query.number,
        query.municipalityCode,
        query.municipalityCode,
        query.number,
        query.municipalityCode,
        query.municipalityCode,
        likeName,
        likeName,
        limit,
      ],
    );
    return rows.map(toView);
  }

  /** The local date of each of these slots in its site's time zone (YYYY-MM-DD); one statement. */
  async slotDates(em: EntityManager, slotIds: string[]): Promise<Map<string, string>> {
    const rows = await sql<{ id: string; date: string }>(
      em,
      `select s.id, to_char(s.starts_at at time zone st.time_zone, 'YYYY-MM-DD') as date
         from slot s join site st on st.id = s.site_id where s.id = any(?::uuid[])`,
      [pgArray(slotIds)],
    );
    return new Map(rows.map((row) => [row.id, row.date]));
  }

  /**
   * Recorded vaccinations of a site, by ticket and dose, for the national record export: the real ticket
   * where a provisional one is linked (`linked` false: a provisional ticket still without one).
   */
  async vaccinations(em: EntityManager, siteId: string, fromDate: string | null, toDate: string | null) {
    return sql<{
      ticket_id: string;
      address_number: string | null;
      number: string;
      municipality_code: string | null;
      linked: boolean;
      dose: number;
      vaccinated_on: string;
      recorded_at: string;
      venue_name: string;
      doctor_name: string;
      manufacturer: string;
      lot_number: string;
    }>(
      em,
      `select t.id as ticket_id, t.address_number,
              coalesce(t.real_number, t.number) as number,
              case when t.real_number is not null then t.real_municipality_code else t.municipality_code end
                as municipality_code,
              (t.kind <> 'PROVISIONAL' or t.real_number is not null) as linked, vr.dose,
              to_char(vr.vaccinated_on, 'YYYYMMDD') as vaccinated_on,
              to_char(vr.recorded_at at time zone st.time_zone, 'YYYYMMDDHH24MISS') as recorded_at,
              v.name as venue_name, vr.doctor_name, coalesce(vr.manufacturer, vc.manufacturer) as manufacturer,
              vr.lot_number
         from vaccination_record vr
         join reservation r on r.id = vr.reservation_id
         join ticket t on t.id = vr.ticket_id
         join slot s on s.id = r.slot_id
         join venue v on v.id = s.venue_id
         join vaccine vc on vc.id = s.vaccine_id
         join site st on st.id = vr.site_id
        where vr.site_id = ? and r.status = 'VACCINATED'
          and (?::date is null or vr.vaccinated_on >= ?::date)
          and (?::date is null or vr.vaccinated_on <= ?::date)
        order by coalesce(t.real_number, t.number), t.id, vr.dose`,
      [siteId, fromDate, fromDate, toDate, toDate],
    );
  }
}
