import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, BadInput } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { pgErrorCode, PgError } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import { requireSite } from '../sites/site.service.js';
import { Vaccine } from './vaccine.entity.js';
import { VaccineRepository } from './vaccine.repository.js';
import type { CreateVaccineInput } from './vaccine.types.js';

export type { Vaccine } from './vaccine.entity.js';

const vaccines = new VaccineRepository();

/** Those of these vaccines that belong to the site. */
export function vaccinesOfSite(em: EntityManager, siteId: string, ids: string[]): Promise<Vaccine[]> {
  return vaccines.findOfSite(em, siteId, ids);
}

/** These vaccines in one statement (the per-request loaders batch through here). */
export function vaccinesByIds(em: EntityManager, ids: string[]): Promise<Vaccine[]> {
  return vaccines.findByIds(em, ids);
}

/** These vaccines by name, in one statement. */
export function vaccinesByIdsByName(em: EntityManager, ids: string[]): Promise<Vaccine[]> {
  return vaccines.findByIdsByName(em, ids);
}

/** How many doses each of these vaccines takes and how far apart (the booking rules' input), one statement. */
export function vaccineDoseRules(
  em: EntityManager,
  ids: string[],
): ReturnType<VaccineRepository['doseRules']> {
  return vaccines.doseRules(em, ids);
}

export class VaccineService {
  async create(em: EntityManager, principal: Principal, input: CreateVaccineInput): Promise<Vaccine> {
    requireSiteAdmin(principal, input.siteId);
    await requireSite(em, input.siteId);
    if (input.doses > 1 && input.doseIntervalDays < 1) {
      throw new BadInput('A vaccine with more than one dose needs an interval', {
        field: 'doseIntervalDays',
      });
    }
    const vaccine = em.create(Vaccine, { ...input });
    try {
      await em.flush();
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new Conflict(`This site already has a vaccine named ${input.name}`, {
          field: 'name',
        });
      }
      throw error;
    }
    return vaccine;
  }

  listForSite(em: EntityManager, siteId: string): Promise<Vaccine[]> {
    return em.find(Vaccine, { siteId }, { orderBy: { name: 'asc' } });
  }
}
