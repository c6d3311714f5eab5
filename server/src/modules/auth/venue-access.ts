import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '../../shared/errors.js';
import type { Principal } from './principal.js';
import { isUuid } from '../../shared/ids.js';
import { venueAccessOf } from '../staff/staff.service.js';
import { requireAdmin } from './access.js';

/**
 * Venue-level work (the day's list, check-in, records): operators, the site's admins, and venue staff
 * assigned to that venue. One statement; an unknown venue and a venue of another site look the same
 * (`what`: the object the caller asked for, when the venue was found through it).
 */
export async function requireVenueAccess(
  em: EntityManager,
  principal: Principal,
  venueId: string,
  what = 'Venue',
): Promise<{ siteId: string; timeZone: string; venueName: string }> {
  const admin = requireAdmin(principal);
  if (!isUuid(venueId)) throw notFound(what);
  const row = await venueAccessOf(em, admin.adminUserId, venueId);
  if (!row) throw notFound(what);
  if (admin.role !== 'OPERATOR' && admin.siteId !== row.site_id) throw notFound(what);
  const allowed =
    admin.role === 'OPERATOR' ||
    admin.role === 'SITE_ADMIN' ||
    (admin.role === 'VENUE_STAFF' && row.assigned);
  if (!allowed) throw forbidden('You do not work at this venue');
  return { siteId: row.site_id, timeZone: row.time_zone, venueName: row.name };
}
