import type { EntityManager } from '@mikro-orm/postgresql';
import { pgTimestamp, sql, sqlOne } from '../../shared/sql.js';

export interface NewVaccinationRecord {
  reservationId: string;
  siteId: string;
  ticketId: string;
  dose: number;
  vaccinatedOn: string;
  lotNumber: string;
  doctorName: string;
  recordedBy: string | null;
  manufacturer: string;
  vaccinatedAt: Date | null;
  venueId: string;
  deskId: string | null;
  doctorId: string | null;
}

/** What a desk recorded last: the tablet offers it for the next person. */
export interface DeskDefaults {
  manufacturer: string;
  lotNumber: string;
  doctorId: string | null;
  doctorName: string;
  recordedAt: Date;
}

/** The records module's table: one vaccination per reservation. */
export class VaccinationRecordRepository {
  /** Records the vaccination, or corrects the one already recorded for the reservation; one statement. */
  async record(em: EntityManager, record: NewVaccinationRecord): Promise<void> {
    await sql(
      em,
      `insert into vaccination_record (reservation_id, site_id, ticket_id, dose, vaccinated_on, lot_number, doctor_name,
                                       recorded_by, manufacturer, vaccinated_at, venue_id, desk_id, doctor_id)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (reservation_id) do update set vaccinated_on = excluded.vaccinated_on,
           lot_number = excluded.lot_number, doctor_name = excluded.doctor_name,
           recorded_by = excluded.recorded_by, recorded_at = now(), manufacturer = excluded.manufacturer,
           vaccinated_at = excluded.vaccinated_at, venue_id = excluded.venue_id, desk_id = excluded.desk_id,
           doctor_id = excluded.doctor_id`,
      [
        record.reservationId,
        record.siteId,
        record.ticketId,
        record.dose,
        record.vaccinatedOn,
        record.lotNumber,
        record.doctorName,
        record.recordedBy,
        record.manufacturer,
        record.vaccinatedAt,
        record.venueId,
        record.deskId,
        record.doctorId,
      ],
    );
  }

  /** Undoes a vaccination record (a mistake corrected the same day); the audit log keeps what it said. */
  async remove(em: EntityManager, reservationId: string): Promise<void> {
    await sql(em, `delete from vaccination_record where reservation_id = ?`, [reservationId]);
  }

  /** The last record made at a venue's desk, or undefined. */
  async lastAtDesk(em: EntityManager, venueId: string, deskId: string): Promise<DeskDefaults | undefined> {
    const row = await sqlOne<{
      manufacturer: string;
      lot_number: string;
      doctor_id: string | null;
      doctor_name: string;
      recorded_at: string;
    }>(
      em,
      `select manufacturer, lot_number, doctor_id, doctor_name, recorded_at from vaccination_record
        where venue_id = ? and desk_id = ? order by recorded_at desc limit 1`,
      [venueId, deskId],
    );
    return (
      row && {
        manufacturer: row.manufacturer,
        lotNumber: row.lot_number,
        doctorId: row.doctor_id,
        doctorName: row.doctor_name,
        recordedAt: pgTimestamp(row.recorded_at),
      }
    );
  }
}
