import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOne } from '../../shared/sql.js';
import { Site } from './site.entity.js';

export class SiteRepository {
  findByCode(em: EntityManager, code: string): Promise<Site | null> {
    return em.findOne(Site, { code });
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
}
