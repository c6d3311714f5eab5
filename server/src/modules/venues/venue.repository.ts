import type { EntityManager } from '@mikro-orm/postgresql';
import { Venue } from './venue.entity.js';

/** Venues and the vaccines each offers. */
export class VenueRepository {
  /** Those of these venues that belong to the site. */
  findOfSite(em: EntityManager, siteId: string, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids }, siteId });
  }

  findByIdsByName(em: EntityManager, ids: string[]): Promise<Venue[]> {
    return em.find(Venue, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
  }

  listForSite(em: EntityManager, siteId: string): Promise<Venue[]> {
    return em.find(Venue, { siteId }, { orderBy: { name: 'asc' } });
  }
}
