import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOne } from '../../shared/sql.js';
import { Vaccine } from './vaccine.entity.js';

/** A site's vaccines. */
export class VaccineRepository {
  /** Those of these vaccines that belong to the site. */
  findOfSite(em: EntityManager, siteId: string, ids: string[]): Promise<Vaccine[]> {
    return em.find(Vaccine, { id: { $in: ids }, siteId });
  }

  findByIds(em: EntityManager, ids: string[]): Promise<Vaccine[]> {
    return em.find(Vaccine, { id: { $in: ids } });
  }

  findByIdsByName(em: EntityManager, ids: string[]): Promise<Vaccine[]> {
    return em.find(Vaccine, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
  }

  /** The most doses any vaccine of the site takes; null when the site has none. */
  async mostDoses(em: EntityManager, siteId: string): Promise<number | null> {
    const row = await sqlOne<{ n: number | null }>(
      em,
      `select max(doses)::int as n from vaccine where site_id = ?`,
      [siteId],
    );
    return row?.n ?? null;
  }
}
