import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../shared/sql.js';

export interface NewVaccinationRecord {
  reservationId: string;
  siteId: string;
  ticketId: string;
  dose: number;
  vaccinatedOn: string;
  lotNumber: string;
  doctorName: string;
  recordedBy: string | null;
}

/** The records module's table: one vaccination per reservation. */
export class VaccinationRecordRepository {
  /** Records the vaccination, or corrects the one already recorded for the reservation; one statement. */
  async record(em: EntityManager, record: NewVaccinationRecord): Promise<void> {
    await sql(
      em,
      `insert into vaccination_record (reservation_id, site_id, ticket_id, dose, vaccinated_on, lot_number, doctor_name, recorded_by)
         values (?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (reservation_id) do update set vaccinated_on = excluded.vaccinated_on,
           lot_number = excluded.lot_number, doctor_name = excluded.doctor_name,
           recorded_by = excluded.recorded_by, recorded_at = now()`,
      [
        record.reservationId,
        record.siteId,
        record.ticketId,
        record.dose,
        record.vaccinatedOn,
        record.lotNumber,
        record.doctorName,
        record.recordedBy,
      ],
    );
  }
}
