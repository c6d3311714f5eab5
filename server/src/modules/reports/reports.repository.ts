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
  venue_address: string;
  vaccine_name: string;
  site_name: string;
  site_code: string;
  time_zone: string;
  mail_enabled: boolean;
  email: string | null;
  language: Language | null;
}

const APPOINTMENT_SELECT = `
  select r.id as reservation_id, r.site_id, r.ticket_id, r.dose, sl.starts_at, v.name as venue_name, v.address as venue_address,
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
  ticketId: 'select site_id from ticket where id = ?',
  doctorId: 'select v.site_id from venue_doctor d join venue v on v.id = d.venue_id where d.id = ?',
} as const;
export interface LoginInformationRow {
  id: string;
  site_id: string;
  number: string;
  status: 'ACTIVE' | 'REVOKED';
  /** The profile's address, else the roster's. */
  email: string | null;
  language: Language | null;
  registered: boolean;
  /** Issued with an initial password (on paper): the first login takes it instead of the birth date. */
  has_initial_password: boolean;
}

/** The audit log's filters, checked by the audit service; null: any. */
export interface AuditFilterValues {
  siteId: string | null;
  action: string | null;
  actorKind: 'ADMIN_USER' | 'API_KEY' | 'RECIPIENT' | null;
  actorAdminUserId: string | null;
  actorApiKeyId: string | null;
  /** Written at or after. */
  from: Date | null;
  /** Written before. */
  to: Date | null;
}

/** Entries by kind of actor, from the role written with each (an admin user's id is cleared if the user is deleted). */
const ACTOR_KIND = {
  ANY: 'true',
  ADMIN_USER: `l.actor_role not in ('API_KEY', 'RECIPIENT', 'ANONYMOUS')`,
  API_KEY: `l.actor_role = 'API_KEY'`,
  RECIPIENT: `l.actor_role in ('RECIPIENT', 'ANONYMOUS')`,
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

  /** Where and when some slots are, as a mail names them (the appointments a change left). */
  slotAppointments(
    em: EntityManager,
    slotIds: string[],
  ): Promise<{ slot_id: string; starts_at: string; venue_name: string; vaccine_name: string }[]> {
    return sql(
      em,
      `select sl.id as slot_id, sl.starts_at, v.name as venue_name, vx.name as vaccine_name
         from slot sl join venue v on v.id = sl.venue_id join vaccine vx on vx.id = sl.vaccine_id
        where sl.id = any(?::uuid[])`,
      [pgArray(slotIds)],
    );
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

  /** The names of admin users (display name) and API keys (name) by id, for lists that say who did what. */
  async actorNames(
    em: EntityManager,
    ids: { adminUserIds: readonly string[]; apiKeyIds: readonly string[] },
  ): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (ids.adminUserIds.length === 0 && ids.apiKeyIds.length === 0) return names;
    const rows = await sql<{ id: string; name: string }>(
      em,
      `select id, display_name as name from admin_user where id = any(?::uuid[])
       union all
       select id, name from api_key where id = any(?::uuid[])`,
      [pgArray([...ids.adminUserIds]), pgArray([...ids.apiKeyIds])],
    );
    for (const row of rows) names.set(row.id, row.name);
    return names;
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
    filter: AuditFilterValues,
    first: number,
    afterId: string | null,
  ): Promise<AuditEntryView[]> {
    const rows = await sql<{
      id: string;
      site_id: string | null;
      actor_admin_user_id: string | null;
      actor_api_key_id: string | null;
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
      `select l.id::text as id, l.site_id, l.actor_admin_user_id, l.actor_api_key_id,
              coalesce(a.display_name, k.name) as actor_name, l.actor_role,
              l.action, l.target_type, l.target_id, l.before, l.after, l.created_at
         from audit_log l left join admin_user a on a.id = l.actor_admin_user_id
              left join api_key k on k.id = l.actor_api_key_id
        where (?::uuid is null or l.site_id = ?::uuid)
          and (?::text is null or l.action = ?::text)
          and (?::uuid is null or l.actor_admin_user_id = ?::uuid)
          and (?::uuid is null or l.actor_api_key_id = ?::uuid)
          and ${ACTOR_KIND[filter.actorKind ?? 'ANY']}
          and (?::timestamptz is null or l.created_at >= ?::timestamptz)
          and (?::timestamptz is null or l.created_at < ?::timestamptz)
          and (?::bigint is null or l.id < ?::bigint)
        order by l.id desc
        limit ?`,
      [
        filter.siteId,
        filter.siteId,
        filter.action,
        filter.action,
        filter.actorAdminUserId,
        filter.actorAdminUserId,
        filter.actorApiKeyId,
        filter.actorApiKeyId,
        filter.from,
        filter.from,
        filter.to,
        filter.to,
        afterId,
        afterId,
        first + 1,
      ],
    );
    return rows.map((row) => ({
      id: row.id,
      siteId: row.site_id,
      actorAdminUserId: row.actor_admin_user_id,
      actorApiKeyId: row.actor_api_key_id,
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
  /** What mailing a ticket its login information needs: the ticket, its holder's address and how it logs in. */
  loginInformationOf(em: EntityManager, ticketId: string): Promise<LoginInformationRow | undefined> {
    return sqlOne<LoginInformationRow>(
      em,
      `select t.id, t.site_id, t.number, t.status, coalesce(r.email, t.email) as email, r.language,
              r.ticket_id is not null as registered, t.initial_password_hash is not null as has_initial_password
         from ticket t left join recipient r on r.ticket_id = t.id
        where t.id = ?`,
      [ticketId],
    );
  }

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
