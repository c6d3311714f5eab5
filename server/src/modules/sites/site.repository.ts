import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';
import { Site, type Plan } from './site.entity.js';

export class SiteRepository {
  findByCode(em: EntityManager, code: string): Promise<Site | null> {
    return em.findOne(Site, { code });
  }

  findByIds(em: EntityManager, ids: string[]): Promise<Site[]> {
    return em.find(Site, { id: { $in: ids } });
  }

  /**
   * A page of sites by code: those whose name or code contains `search` (case-insensitive), after the code
   * `after`, only `siteId` when given; `limit` rows.
   */
  page(
    em: EntityManager,
    options: { search: string | null; after: string | null; siteId: string | null; limit: number },
  ): Promise<Site[]> {
    const like = options.search ? `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return em.find(
      Site,
      {
        ...(options.siteId ? { id: options.siteId } : {}),
        ...(options.after !== null ? { code: { $gt: options.after } } : {}),
        ...(like ? { $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }] } : {}),
      },
      { orderBy: { code: 'asc' }, limit: options.limit },
    );
  }

  /** The id of the site with this code, read without loading the site. */
  async idByCode(em: EntityManager, code: string): Promise<{ id: string } | undefined> {
    return sqlOne<{ id: string }>(em, `select id from site where code = ?`, [code]);
  }

  /** Every site's code, in order. */
  async codes(em: EntityManager): Promise<string[]> {
    return (await sql<{ code: string }>(em, `select code from site order by code`)).map((row) => row.code);
  }

  /** Next free serial code (S0001, S0002…); skips numbers a custom code already took. */
  async nextSerialCode(em: EntityManager): Promise<string> {
    for (;;) {
      const row = await sqlOne<{ code: string; taken: boolean }>(
        em,
        `with next as (select 'S' || lpad(nextval('site_code_seq')::text, 4, '0') as code)
         select code, exists (select 1 from site where site.code = next.code) as taken from next`,
      );
      if (row && !row.taken) return row.code;
    }
  }

  /** What a mail says of its site, and whether the site sends mail at all. */
  async mailSettings(
    em: EntityManager,
    ids: string[],
  ): Promise<{ id: string; name: string; code: string; timeZone: string; mailEnabled: boolean }[]> {
    const rows = await sql<{
      id: string;
      name: string;
      code: string;
      time_zone: string;
      mail_enabled: boolean;
    }>(em, `select id, name, code, time_zone, mail_enabled from site where id = any(?::uuid[])`, [
      pgArray(ids),
    ]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      code: r.code,
      timeZone: r.time_zone,
      mailEnabled: r.mail_enabled,
    }));
  }

  /** The sites that send mail, with the local time of day their reminders go out ("HH:MM"). */
  async reminderTimes(em: EntityManager): Promise<{ id: string; timeZone: string; reminderTime: string }[]> {
    const rows = await sql<{ id: string; time_zone: string; reminder_time: string }>(
      em,
      `select id, time_zone, reminder_time from site where mail_enabled`,
    );
    return rows.map((r) => ({ id: r.id, timeZone: r.time_zone, reminderTime: r.reminder_time }));
  }

  /** What an import needs of its site: the code, the plan (row caps) and the time zone. */
  async importSite(
    em: EntityManager,
    siteId: string,
  ): Promise<{ id: string; code: string; plan: Plan; timeZone: string } | undefined> {
    const row = await sqlOne<{ id: string; code: string; plan: Plan; time_zone: string }>(
      em,
      `select id, code, plan, time_zone from site where id = ?`,
      [siteId],
    );
    return row && { id: row.id, code: row.code, plan: row.plan, timeZone: row.time_zone };
  }

  async timeZone(em: EntityManager, siteId: string): Promise<string | undefined> {
    const row = await sqlOne<{ time_zone: string }>(em, `select time_zone from site where id = ?`, [siteId]);
    return row?.time_zone;
  }

  async cancellationCutoffHours(em: EntityManager, siteId: string): Promise<number | undefined> {
    const row = await sqlOne<{ hours: number }>(
      em,
      `select cancellation_cutoff_hours as hours from site where id = ?`,
      [siteId],
    );
    return row?.hours;
  }
}
