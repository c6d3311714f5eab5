// read side: joins many modules' tables, writes none (docs/architecture.md, "Modules and the tables they own").
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';
import type { Language } from '../recipients/recipient.entity.js';

/** One reservation with what a mail about it says: when, where, which vaccine, the site, the address. */
export interface AppointmentRow {
  reservation_id: string;
  site_id: string;
  ticket_id: string;
  dose: number;
  starts_at: string;
  venue_name: string;
  vaccine_name: string;
  site_name: string;
  site_code: string;
  time_zone: string;
  mail_enabled: boolean;
  email: string | null;
  language: Language | null;
}

const APPOINTMENT_SELECT = `
  select r.id as reservation_id, r.site_id, r.ticket_id, r.dose, sl.starts_at, v.name as venue_name,
         vx.name as vaccine_name, s.name as site_name, s.code as site_code, s.time_zone, s.mail_enabled,
         rc.email, rc.language
    from reservation r
    join slot sl on sl.id = r.slot_id
    join venue v on v.id = sl.venue_id
    join vaccine vx on vx.id = sl.vaccine_id
    join site s on s.id = r.site_id
    left join recipient rc on rc.ticket_id = r.ticket_id`;

/** The ids an audited admin mutation may name, in the order they are looked up, and the row that knows the site. */
const SITE_OF_TARGET = {
  venueId: 'select site_id from venue where id = ?',
  slotId: 'select site_id from slot where id = ?',
  vaccineId: 'select site_id from vaccine where id = ?',
  reservationId: 'select site_id from reservation where id = ?',
  adminUserId: 'select site_id from admin_user where id = ?',
  importId: 'select site_id from import_batch where id = ?',
} as const;
export type AuditTargetKey = keyof typeof SITE_OF_TARGET;
export const AUDIT_TARGET_KEYS = Object.keys(SITE_OF_TARGET) as AuditTargetKey[];

/** The read side's facts for mails and the audit log, each one statement. */
export class ReportsRepository {
  /** The appointments of some reservations, a set's doses in order (a confirmation rendered at delivery). */
  appointmentsByDose(em: EntityManager, reservationIds: string[]): Promise<AppointmentRow[]> {
    return sql<AppointmentRow>(em, `${APPOINTMENT_SELECT} where r.id = any(?::uuid[]) order by r.dose`, [
      pgArray(reservationIds),
    ]);
  }

  /** The appointments of some reservations, grouped by ticket: one mail per ticket. */
  appointmentsByTicket(em: EntityManager, reservationIds: string[]): Promise<AppointmentRow[]> {
    return sql<AppointmentRow>(
      em,
      `${APPOINTMENT_SELECT} where r.id = any(?::uuid[]) order by r.ticket_id, r.dose`,
      [pgArray(reservationIds)],
    );
  }

  /** A site's booked appointments in [from, to) whose recipients want a reminder and have an address. */
  remindersDue(em: EntityManager, siteId: string, from: Date, to: Date): Promise<AppointmentRow[]> {
    return sql<AppointmentRow>(
      em,
      `${APPOINTMENT_SELECT}
          where r.site_id = ? and r.status = 'BOOKED' and rc.reminder_opt_in and rc.email is not null
            and sl.starts_at >= ? and sl.starts_at < ?`,
      [siteId, from, to],
    );
  }

  /** Reminders go only to reservations still BOOKED, by people still opted in, at sending time. */
  async reminderStillWanted(em: EntityManager, reservationId: string): Promise<boolean> {
    const rows = await sql(
      em,
      `select 1 from reservation r join recipient rc on rc.ticket_id = r.ticket_id
        where r.id = ? and r.status = 'BOOKED' and rc.reminder_opt_in and rc.email is not null`,
      [reservationId],
    );
    return rows.length > 0;
  }

  /** The site of the row an audited mutation names; null when the row is gone or has none. */
  async siteOfTarget(em: EntityManager, key: AuditTargetKey, id: string): Promise<string | null> {
    const row = await sqlOne<{ site_id: string | null }>(em, SITE_OF_TARGET[key], [id]);
    return row?.site_id ?? null;
  }
}
