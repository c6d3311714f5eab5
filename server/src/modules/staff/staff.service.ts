import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { pgArray, sql } from '../../shared/sql.js';
import { requireAdmin, requireSiteAdmin } from '../auth/access.js';
import { AdminUser } from '../auth/auth.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { Venue } from '../venues/venue.entity.js';
import type { AssignStaffVenuesInput, StaffVenues } from './staff.types.js';

export class StaffService {
  constructor(private readonly audit: AuditService) {}

  /** Site admins say where each of their venue staff works; the audit log keeps the old and new lists. */
  async assignVenues(
    em: EntityManager,
    principal: Principal,
    input: AssignStaffVenuesInput,
  ): Promise<StaffVenues> {
    const user = await em.findOne(AdminUser, { id: input.adminUserId });
    if (!user || !user.siteId) throw notFound('Venue staff member');
    const siteId = user.siteId;
    requireSiteAdmin(principal, siteId, 'Venue staff member');
    if (user.role !== 'VENUE_STAFF')
      throw badInput('Only VENUE_STAFF users are assigned venues', 'adminUserId');
    const venueIds = [...new Set(input.venueIds)];
    const venues = venueIds.length ? await em.find(Venue, { id: { $in: venueIds }, siteId }) : [];
    if (venues.length !== venueIds.length)
      throw badInput('Every venue must belong to the user’s site', 'venueIds');
    await em.transactional(async (tx) => {
      const before = await sql<{ venue_id: string }>(
        tx,
        `delete from admin_user_venue where admin_user_id = ? returning venue_id`,
        [user.id],
      );
      await sql(tx, `insert into admin_user_venue (admin_user_id, venue_id) select ?, unnest(?::uuid[])`, [
        user.id,
        pgArray(venueIds),
      ]);
      await this.audit.record(tx, principal, {
        siteId,
        action: 'assignStaffVenues',
        targetType: 'admin_user',
        targetId: user.id,
        before: { venueIds: before.map((r) => r.venue_id).sort() },
        after: { venueIds: [...venueIds].sort() },
      });
    });
    return { adminUserId: user.id, venues: venues.sort((a, b) => a.name.localeCompare(b.name)) };
  }

  /** The venues the caller works at: staff their assigned ones, site admins every venue of their site. */
  async myVenues(em: EntityManager, principal: Principal): Promise<Venue[]> {
    const admin = requireAdmin(principal);
    if (admin.role === 'VENUE_STAFF') {
      const rows = await sql<{ id: string }>(
        em,
        `select venue_id as id from admin_user_venue where admin_user_id = ?`,
        [admin.adminUserId],
      );
      if (rows.length === 0) return [];
      return em.find(Venue, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { name: 'asc' } });
    }
    if (!admin.siteId) return [];
    return em.find(Venue, { siteId: admin.siteId }, { orderBy: { name: 'asc' } });
  }
}
