import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';
import { Vaccine } from './vaccine.entity.js';

/** A site's vaccines. */
export class VaccineRepository {
  /** Those of these vaccines that belong to the site. */
  findOfSite(em: EntityManager, siteId: string, ids: string[]): Promise<Vaccine[]> {
    return em.find(Vaccine, { id: { $in: ids }, siteId });
  }

  findById(em: EntityManager, id: string): Promise<Vaccine | null> {
    return em.findOne(Vaccine, { id });
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

  /** How many doses each of these vaccines takes and how far apart, one statement. */
  async doseRules(
    em: EntityManager,
    ids: string[],
  ): Promise<{ id: string; doses: number; intervalDays: number; windowDays: number }[]> {
    const rows = await sql<{
      id: string;
      doses: number;
      dose_interval_days: number;
      interval_window_days: number;
    }>(
      em,
      `select id, doses, dose_interval_days, interval_window_days from vaccine where id = any(?::uuid[])`,
      [pgArray(ids)],
    );
    return rows.map((row) => ({
      id: row.id,
      doses: row.doses,
      intervalDays: row.dose_interval_days,
      windowDays: row.interval_window_days,
    }));
  }
}
