import type { EntityManager } from '@mikro-orm/postgresql';
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
}
