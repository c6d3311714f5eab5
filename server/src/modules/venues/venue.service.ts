import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, badInput, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { requireRecordField } from '../../shared/japanese-ids.js';
import type { Principal } from '../auth/principal.js';
import { pgErrorCode, PgError } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import { requireSite } from '../sites/site.service.js';
import { vaccinesByIdsByName, vaccinesOfSite, type Vaccine } from '../vaccines/vaccine.service.js';
import type { KeptReads } from '../../shared/kept-reads.js';
import { Venue, VenueVaccine } from './venue.entity.js';
import { VenueRepository } from './venue.repository.js';
import type { CreateVenueInput, UpdateVenueInput } from './venue.types.js';

export type { Venue } from './venue.entity.js';

const venues = new VenueRepository();

/** Those of these venues that belong to the site. */
export function venuesOfSite(em: EntityManager, siteId: string, ids: string[]): Promise<Venue[]> {
  return venues.findOfSite(em, siteId, ids);
}

/** These venues in one statement (the per-request loaders batch through here). */
export function venuesByIds(em: EntityManager, ids: string[]): Promise<Venue[]> {
  return venues.findByIds(em, ids);
}

/** These venues by name, in one statement. */
export function venuesByIdsByName(em: EntityManager, ids: string[]): Promise<Venue[]> {
  return venues.findByIdsByName(em, ids);
}

/** A site's venues by name. */
export function venuesOfSiteByName(em: EntityManager, siteId: string): Promise<Venue[]> {
  return venues.listForSite(em, siteId);
}

/** The vaccines each of these venues offers, by name, in the order of `venueIds`; two statements. */
export async function vaccinesOfVenues(em: EntityManager, venueIds: readonly string[]): Promise<Vaccine[][]> {
  const links = await venues.vaccineLinks(em, [...venueIds]);
  const offered = await vaccinesByIdsByName(em, [...new Set(links.map((l) => l.vaccineId))]);
  return venueIds.map((venueId) =>
    offered.filter((vaccine) => links.some((l) => l.venueId === venueId && l.vaccineId === vaccine.id)),
  );
}

/** The venue's site when the venue offers the vaccine (else undefined), one statement. */
export function venueSiteIfOffers(
  em: EntityManager,
  venueId: string,
  vaccineId: string,
): Promise<{ siteId: string; closed: boolean } | undefined> {
  return venues.siteIfOffers(em, venueId, vaccineId);
}

/** The one vaccine a venue offers (undefined when it offers none or several), one statement. */
export function soleVaccineOfVenue(em: EntityManager, venueId: string): Promise<string | undefined> {
  return venues.soleVaccine(em, venueId);
}

/** One venue (or null), one statement. */
export function venueById(em: EntityManager, venueId: string): Promise<Venue | null> {
  return isUuid(venueId) ? venues.findById(em, venueId) : Promise.resolve(null);
}

/** Whether the venue is closed; its row is held (FOR SHARE) until the caller's transaction ends. */
export function venueClosedForShare(tx: EntityManager, venueId: string): Promise<boolean> {
  return venues.closedForShare(tx, venueId);
}

/** Marks a venue closed or open, inside the caller's unit of work (which closes or reopens its slots). */
export function setVenueClosed(tx: EntityManager, venueId: string, closed: boolean): Promise<void> {
  return venues.setClosed(tx, venueId, closed);
}

/** The venue's site, its time zone and whether it takes bookings yet (undefined: no such venue); one statement. */
export function venueSite(
  em: EntityManager,
  venueId: string,
): Promise<
  { siteId: string; timeZone: string; bookingOpen: boolean; bookingOpensAt: Date | null } | undefined
> {
  return venues.siteOf(em, venueId);
}

/** A vaccine as a site's venue list shows it: plain values, kept across requests. */
export type ListedVaccine = Pick<
  Vaccine,
  | 'id'
  | 'siteId'
  | 'name'
  | 'manufacturer'
  | 'doses'
  | 'doseIntervalDays'
  | 'intervalWindowDays'
  | 'createdAt'
>;

/** A venue as a site's venue list shows it, with the vaccines it offers (by name). */
export type ListedVenue = Pick<
  Venue,
  'id' | 'siteId' | 'name' | 'address' | 'accessInfo' | 'closed' | 'createdAt'
> & { offered: ListedVaccine[] };

/** A site's venues by name with their vaccines (by name), as plain values; three statements. */
async function readListedVenues(em: EntityManager, siteId: string): Promise<ListedVenue[]> {
  const listed = await venuesOfSiteByName(em, siteId);
  const offered = await vaccinesOfVenues(
    em,
    listed.map((v) => v.id),
  );
  return listed.map((venue, i) => ({
    id: venue.id,
    siteId: venue.siteId,
    name: venue.name,
    address: venue.address,
    accessInfo: venue.accessInfo,
    closed: venue.closed,
    createdAt: venue.createdAt,
    offered: offered[i]!.map((vaccine) => ({
      id: vaccine.id,
      siteId: vaccine.siteId,
      name: vaccine.name,
      manufacturer: vaccine.manufacturer,
      doses: vaccine.doses,
      doseIntervalDays: vaccine.doseIntervalDays,
      intervalWindowDays: vaccine.intervalWindowDays,
      createdAt: vaccine.createdAt,
    })),
  }));
}

export class VenueService {
  /**
   * @param listed a site's venue list (every booking page reads it), kept per site until the database's
   *   `venues_changed` NOTIFY or an admin's mutation answered here (issue 17); absent: read every time.
   */
  constructor(private readonly listed?: KeptReads<ListedVenue[]>) {}

  async create(em: EntityManager, principal: Principal, input: CreateVenueInput): Promise<Venue> {
    requireSiteAdmin(principal, input.siteId);
    // The national record shows the name as entered (issue 15).
    const name = requireRecordField(input.name, 30, 'name');
    await requireSite(em, input.siteId);
    const vaccineIds = [...new Set(input.vaccineIds)];
    const vaccines = await vaccinesOfSite(em, input.siteId, vaccineIds);
    if (vaccines.length !== vaccineIds.length)
      throw badInput('Every vaccine must belong to this site', 'vaccineIds');
    try {
      // The links reference the venue, and the ORM knows no relation to order the inserts by.
      return await em.transactional(async (tx) => {
        const venue = tx.create(Venue, {
          siteId: input.siteId,
          name,
          address: input.address,
          accessInfo: input.accessInfo ?? '',
        });
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

  /** A site's venues by name, each with the vaccines it offers (by name). */
  listForSite(em: EntityManager, siteId: string): Promise<ListedVenue[]> {
    const read = () => readListedVenues(em, siteId);
    return this.listed ? this.listed.get(siteId, 'venues', read) : read();
  }

  /** Renames a venue or changes its address or access note; fields left out stay as they are. */
  async update(em: EntityManager, principal: Principal, input: UpdateVenueInput): Promise<Venue> {
    const venue = await venueById(em, input.venueId);
    if (!venue) throw notFound('Venue');
    requireSiteAdmin(principal, venue.siteId, 'Venue');
    if (input.name != null) venue.name = requireRecordField(input.name, 30, 'name');
    if (input.address != null) venue.address = input.address;
    if (input.accessInfo != null) venue.accessInfo = input.accessInfo;
    try {
      await em.flush();
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new Conflict(`This site already has a venue named ${input.name}`, { field: 'name' });
      }
      throw error;
    }
    return venue;
  }
}
