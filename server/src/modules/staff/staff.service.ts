import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { requireAdmin, requireSiteAdmin } from '../auth/access.js';
import { findAdminUser } from '../auth/admin-user.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { venuesByIdsByName, venuesOfSite, venuesOfSiteByName, type Venue } from '../venues/venue.service.js';
import { StaffRepository } from './staff.repository.js';
import type { AssignStaffVenuesInput, StaffVenues } from './staff.types.js';

const staff = new StaffRepository();

/**
 * A venue's site, time zone and name, and whether this admin user is assigned to it; one statement, so
 * the venue-level access check (auth module) costs one.
 */
export function venueAccessOf(
  em: EntityManager,
  adminUserId: string,
  venueId: string,
): ReturnType<StaffRepository['venueAccess']> {
  return staff.venueAccess(em, adminUserId, venueId);
}

export class StaffService {
  private readonly repository = staff;

  constructor(private readonly audit: AuditService) {}

  /** Site admins say where each of their venue staff works; the audit log keeps the old and new lists. */
  async assignVenues(
    em: EntityManager,
    principal: Principal,
    input: AssignStaffVenuesInput,
  ): Promise<StaffVenues> {
    const user = await findAdminUser(em, input.adminUserId);
    if (!user || !user.siteId) throw notFound('Venue staff member');
    const siteId = user.siteId;
    requireSiteAdmin(principal, siteId, 'Venue staff member');
    if (user.role !== 'VENUE_STAFF')
      throw badInput('Only VENUE_STAFF users are assigned venues', 'adminUserId');
    const venueIds = [...new Set(input.venueIds)];
    const venues = venueIds.length ? await venuesOfSite(em, siteId, venueIds) : [];
    if (venues.length !== venueIds.length)
      throw badInput('Every venue must belong to the user’s site', 'venueIds');
    await em.transactional(async (tx) => {
      const before = await this.repository.replaceVenues(tx, user.id, venueIds);
      await this.audit.record(tx, principal, {
        siteId,
        action: 'assignStaffVenues',
        targetType: 'admin_user',
        targetId: user.id,
        before: { venueIds: before.sort() },
        after: { venueIds: [...venueIds].sort() },
      });
    });
    return { adminUserId: user.id, venues: venues.sort((a, b) => a.name.localeCompare(b.name)) };
  }

  /** The venues the caller works at: staff their assigned ones, site admins every venue of their site. */
  async myVenues(em: EntityManager, principal: Principal): Promise<Venue[]> {
    const admin = requireAdmin(principal);
    if (admin.role === 'VENUE_STAFF') {
      const venueIds = await this.repository.venueIdsOf(em, admin.adminUserId);
      if (venueIds.length === 0) return [];
      return venuesByIdsByName(em, venueIds);
    }
    if (!admin.siteId) return [];
    return venuesOfSiteByName(em, admin.siteId);
  }
}
