import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';

/** Which venues each venue staff member works at (admin_user_venue). */
export class StaffRepository {
  /** Replaces a staff member's venues; the venue ids they had before. */
  async replaceVenues(em: EntityManager, adminUserId: string, venueIds: string[]): Promise<string[]> {
    const before = await sql<{ venue_id: string }>(
      em,
      `delete from admin_user_venue where admin_user_id = ? returning venue_id`,
      [adminUserId],
    );
    await sql(em, `insert into admin_user_venue (admin_user_id, venue_id) select ?, unnest(?::uuid[])`, [
      adminUserId,
      pgArray(venueIds),
    ]);
    return before.map((r) => r.venue_id);
  }

  async venueIdsOf(em: EntityManager, adminUserId: string): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `select venue_id as id from admin_user_venue where admin_user_id = ?`,
      [adminUserId],
    );
    return rows.map((r) => r.id);
  }

  /** A venue's site, time zone and name, and whether this admin user is assigned to it; one statement. */
  venueAccess(
    em: EntityManager,
    adminUserId: string,
    venueId: string,
  ): Promise<{ site_id: string; time_zone: string; name: string; assigned: boolean } | undefined> {
    return sqlOne<{ site_id: string; time_zone: string; name: string; assigned: boolean }>(
      em,
      `select v.site_id, s.time_zone, v.name,
              exists (select 1 from admin_user_venue a where a.venue_id = v.id and a.admin_user_id = ?) as assigned
         from venue_site_view v join site_settings_view s on s.id = v.site_id where v.id = ?`,
      [adminUserId, venueId],
    );
  }
}
