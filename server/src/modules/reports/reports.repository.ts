// read side: joins many modules' tables, writes none (docs/architecture.md, "Modules and the tables they own").
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgTimestamp, sql, sqlOne } from '../../shared/sql.js';
import type { AuditEntryView } from '../audit/audit.repository.js';
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

  /**
   * The audit log with each actor's name (admin_user), newest first; one statement per page. `siteId`
   * null lists every site (operators only).
   */
  async auditPage(
    em: EntityManager,
    filter: { siteId: string | null; action: string | null },
    first: number,
    afterId: string | null,
  ): Promise<AuditEntryView[]> {
    const rows = await sql<{
      id: string;
      site_id: string | null;
      actor_admin_user_id: string | null;
      actor_name: string | null;
      actor_role: string;
      action: string;
      target_type: string | null;
      target_id: string | null;
      before: unknown;
      after: unknown;
      created_at: string;
    }>(
      em,
      `select l.id::text as id, l.site_id, l.actor_admin_user_id, a.display_name as actor_name, l.actor_role,
              l.action, l.target_type, l.target_id, l.before, l.after, l.created_at
         from audit_log l left join admin_user a on a.id = l.actor_admin_user_id
        where (?::uuid is null or l.site_id = ?::uuid)
          and (?::text is null or l.action = ?::text)
          and (?::bigint is null or l.id < ?::bigint)
        order by l.id desc
        limit ?`,
      [filter.siteId, filter.siteId, filter.action, filter.action, afterId, afterId, first + 1],
    );
    return rows.map((row) => ({
      id: row.id,
      siteId: row.site_id,
      actorAdminUserId: row.actor_admin_user_id,
      actorName: row.actor_name,
      actorRole: row.actor_role,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      before: row.before,
      after: row.after,
      createdAt: pgTimestamp(row.created_at),
    }));
  }

  /** A ticket's number and its site's code, as a recipient's profile shows them; one statement. */
  ticketNumberAndSiteCode(
    em: EntityManager,
    ticketId: string,
  ): Promise<{ number: string; code: string } | undefined> {
    return sqlOne<{ number: string; code: string }>(
      em,
      `select t.number, s.code from ticket t join site s on s.id = t.site_id where t.id = ?`,
      [ticketId],
    );
  }
}
