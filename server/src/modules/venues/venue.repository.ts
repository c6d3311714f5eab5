import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOne } from '../../shared/sql.js';
import { Venue, VenueVaccine } from './venue.entity.js';

/** Venues and the vaccines each offers. */
export class VenueRepository {
  /** Those of these venues that belong to the site. */
  findOfSite(em: EntityManager, siteId: string, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids }, siteId });
  }

  findByIds(em: EntityManager, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids } });
  }

  /** The vaccine links of these venues (which vaccines each offers). */
  vaccineLinks(em: EntityManager, venueIds: string[]): Promise<VenueVaccine[]> {
    return em.find(VenueVaccine, { venueId: { $in: venueIds } });
  }

  findByIdsByName(em: EntityManager, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
  }

  listForSite(em: EntityManager, siteId: string): Promise<Venue[]> {
    return em.find(Venue, { siteId }, { orderBy: { name: 'asc' } });
  }

  /** The venue's site when the venue offers the vaccine. */
  async siteIfOffers(
    em: EntityManager,
    venueId: string,
    vaccineId: string,
  ): Promise<{ siteId: string } | undefined> {
    const row = await sqlOne<{ site_id: string }>(
      em,
      `select v.site_id from venue v join venue_vaccine vv on vv.venue_id = v.id where v.id = ? and vv.vaccine_id = ?`,
      [venueId, vaccineId],
    );
    return row && { siteId: row.site_id };
  }

  /** The venue's site, its time zone and whether it takes bookings yet, with the venue: one statement. */
  async siteOf(
    em: EntityManager,
    venueId: string,
  ): Promise<{ siteId: string; timeZone: string; bookingOpen: boolean } | undefined> {
    const row = await sqlOne<{ site_id: string; time_zone: string; open: boolean }>(
      em,
      `select v.site_id, s.time_zone, (s.booking_opens_at is null or s.booking_opens_at <= now()) as open
         from venue v join site s on s.id = v.site_id where v.id = ?`,
      [venueId],
    );
    return row && { siteId: row.site_id, timeZone: row.time_zone, bookingOpen: row.open };
  }
}
