import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, badInput } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { pgErrorCode, PgError } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import { requireSite } from '../sites/site.service.js';
import { VaccineRepository } from '../vaccines/vaccine.repository.js';
import { Venue, VenueVaccine } from './venue.entity.js';
import { VenueRepository } from './venue.repository.js';
import type { CreateVenueInput } from './venue.types.js';

export class VenueService {
  private readonly repository = new VenueRepository();
  private readonly vaccines = new VaccineRepository();

  async create(em: EntityManager, principal: Principal, input: CreateVenueInput): Promise<Venue> {
    requireSiteAdmin(principal, input.siteId);
    await requireSite(em, input.siteId);
    const vaccineIds = [...new Set(input.vaccineIds)];
    const vaccines = await this.vaccines.findOfSite(em, input.siteId, vaccineIds);
    if (vaccines.length !== vaccineIds.length)
      throw badInput('Every vaccine must belong to this site', 'vaccineIds');
    try {
      // The links reference the venue, and the ORM knows no relation to order the inserts by.
      return await em.transactional(async (tx) => {
        const venue = tx.create(Venue, { siteId: input.siteId, name: input.name, address: input.address });
        await tx.flush();
        for (const vaccineId of vaccineIds) tx.create(VenueVaccine, { venueId: venue.id, vaccineId });
        await tx.flush();
        return venue;
      });
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new Conflict(`This site already has a venue named ${input.name}`, {
          field: 'name',
        });
      }
      throw error;
    }
  }

  listForSite(em: EntityManager, siteId: string): Promise<Venue[]> {
    return this.repository.listForSite(em, siteId);
  }
}
