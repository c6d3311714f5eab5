// read side: joins many modules' tables, writes none (docs/architecture.md, "Modules and the tables they own").
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgTimestamp, sql, sqlOne } from '../../shared/sql.js';
import type { MadeBy, ReservationStatus } from '../reservations/reservation.entity.js';

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
  } | null;
}

export interface ReservationFilterValues {
  venueId: string | null;
  fromDate: string | null;
  toDate: string | null;
  status: ReservationStatus | null;
  ticketNumber: string | null;
  /** Katakana, spaces removed; matched anywhere in family + given name. */
  name: string | null;
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
}

const SELECT = `
  select r.id, r.site_id, r.dose, r.status, r.made_by, r.pair_id, r.created_at, r.cancelled_at, r.cancel_reason,
         r.checked_in_at, t.id as ticket_id, t.number, t.municipality_code, t.external_id,
         p.family_name_kana, p.given_name_kana, s.id as slot_id, s.starts_at, s.ends_at,
         v.id as venue_id, v.name as venue_name, vc.id as vaccine_id, vc.name as vaccine_name, vc.manufacturer,
         st.time_zone, to_char(vr.vaccinated_on, 'YYYY-MM-DD') as vaccinated_on, vr.lot_number, vr.doctor_name,
         vr.recorded_at
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
          }
        : null,
  };
}

/** Reservation lists for admins and venue staff: one statement per page, whatever the page size. */
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
        where r.site_id = ?
          and (?::uuid is null or s.venue_id = ?::uuid)
          and (?::date is null or (s.starts_at at time zone st.time_zone)::date >= ?::date)
          and (?::date is null or (s.starts_at at time zone st.time_zone)::date <= ?::date)
          and (?::text is null or r.status = ?::text)
          and (?::text is null or t.number = ?::text)
          and (?::text is null or replace(replace(p.family_name_kana || p.given_name_kana, ' ', ''), chr(12288), '') like ?::text)
          and (?::timestamptz is null or (s.starts_at, r.id) > (?::timestamptz, ?::uuid))
        order by s.starts_at, r.id
        limit ?`,
      [
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

  /** Recorded vaccinations of a site, by ticket and dose, for the national record export. */
  async vaccinations(em: EntityManager, siteId: string, fromDate: string | null, toDate: string | null) {
    return sql<{
      ticket_id: string;
      number: string;
      municipality_code: string | null;
      dose: number;
      vaccinated_on: string;
      recorded_at: string;
      venue_name: string;
      doctor_name: string;
      manufacturer: string;
      lot_number: string;
    }>(
      em,
      `select t.id as ticket_id, t.number, t.municipality_code, vr.dose,
              to_char(vr.vaccinated_on, 'YYYYMMDD') as vaccinated_on,
              to_char(vr.recorded_at at time zone st.time_zone, 'YYYYMMDDHH24MISS') as recorded_at,
              v.name as venue_name, vr.doctor_name, vc.manufacturer, vr.lot_number
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
        order by t.number, t.municipality_code nulls first, vr.dose`,
      [siteId, fromDate, fromDate, toDate, toDate],
    );
  }
}
