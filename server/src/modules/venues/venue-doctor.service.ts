import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { requireRecordField } from '../../shared/japanese-ids.js';
import { PgError, pgErrorCode } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireVenueAccess } from '../auth/venue-access.js';
import { VenueDoctorRepository, type VenueDoctorView } from './venue-doctor.repository.js';
import type { AddVenueDoctorInput, RemoveVenueDoctorInput } from './venue-doctor.types.js';
import { venueById } from './venue.service.js';

export type { VenueDoctorView } from './venue-doctor.repository.js';

const doctors = new VenueDoctorRepository();

/** One doctor of any venue (undefined when none), one statement. */
export function venueDoctorById(em: EntityManager, id: string): Promise<VenueDoctorView | undefined> {
  return isUuid(id) ? doctors.findById(em, id) : Promise.resolve(undefined);
}

/** A venue's list of doctors: site admins keep it; the venue's staff read it. */
export class VenueDoctorService {
  constructor(private readonly audit: AuditService) {}

  async list(em: EntityManager, principal: Principal, venueId: string): Promise<VenueDoctorView[]> {
    await requireVenueAccess(em, principal, venueId);
    return doctors.list(em, venueId);
  }

  async add(em: EntityManager, principal: Principal, input: AddVenueDoctorInput): Promise<VenueDoctorView> {
    const venue = await venueById(em, input.venueId);
    if (!venue) throw notFound('Venue');
    requireSiteAdmin(principal, venue.siteId, 'Venue');
    const name = requireRecordField(input.name.normalize('NFKC'), 20, 'name');
    try {
      return await doctors.add(em, input.venueId, name);
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION)
        throw new Conflict(`This venue already lists ${name}`, { field: 'name' });
      throw error;
    }
  }

  async remove(em: EntityManager, principal: Principal, input: RemoveVenueDoctorInput): Promise<boolean> {
    const doctor = await venueDoctorById(em, input.doctorId);
    const venue = doctor && (await venueById(em, doctor.venueId));
    if (!doctor || !venue) throw notFound('Doctor');
    requireSiteAdmin(principal, venue.siteId, 'Doctor');
    await em.transactional(async (tx) => {
      await doctors.remove(tx, doctor.id);
      await this.audit.record(tx, principal, {
        siteId: venue.siteId,
        action: 'removeVenueDoctor',
        targetType: 'venue',
        targetId: venue.id,
        before: { doctorId: doctor.id, name: doctor.name },
        after: null,
      });
    });
    return true;
  }
}
