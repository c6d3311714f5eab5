import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, BadInput, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { Principal } from '../auth/principal.js';
import { pgErrorCode, PgError } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import { requireSite } from '../sites/site.service.js';
import { Vaccine } from './vaccine.entity.js';
import { VaccineRepository } from './vaccine.repository.js';
import type { CreateVaccineInput, UpdateVaccineInput } from './vaccine.types.js';
import { requireRecordField } from '../../shared/japanese-ids.js';

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
    // The national record shows it as entered (issue 15).
    const manufacturer = requireRecordField(input.manufacturer, 20, 'manufacturer');
    const vaccine = em.create(Vaccine, { ...input, manufacturer });
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

  /** Edits a vaccine's name, manufacturer or dose rule; bookings already made keep their dates. */
  async update(em: EntityManager, principal: Principal, input: UpdateVaccineInput): Promise<Vaccine> {
    const vaccine = isUuid(input.vaccineId) ? await vaccines.findById(em, input.vaccineId) : null;
    if (!vaccine) throw notFound('Vaccine');
    requireSiteAdmin(principal, vaccine.siteId, 'Vaccine');
    if (input.name != null) vaccine.name = input.name;
    if (input.manufacturer != null)
      vaccine.manufacturer = requireRecordField(input.manufacturer, 20, 'manufacturer');
    if (input.doses != null) vaccine.doses = input.doses;
    if (input.doseIntervalDays != null) vaccine.doseIntervalDays = input.doseIntervalDays;
    if (input.intervalWindowDays != null) vaccine.intervalWindowDays = input.intervalWindowDays;
    if (vaccine.doses > 1 && vaccine.doseIntervalDays < 1) {
      throw new BadInput('A vaccine with more than one dose needs an interval', {
        field: 'doseIntervalDays',
      });
    }
    try {
      await em.flush();
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new Conflict(`This site already has a vaccine named ${input.name}`, { field: 'name' });
      }
      throw error;
    }
    return vaccine;
  }

  listForSite(em: EntityManager, siteId: string): Promise<Vaccine[]> {
    return em.find(Vaccine, { siteId }, { orderBy: { name: 'asc' } });
  }
}
