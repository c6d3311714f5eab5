import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Site } from '../modules/sites/site.entity.js';
import { SiteRepository } from '../modules/sites/site.repository.js';
import { Slot } from '../modules/slots/slot.entity.js';
import type { Vaccine } from '../modules/vaccines/vaccine.entity.js';
import { VaccineRepository } from '../modules/vaccines/vaccine.repository.js';
import type { Venue } from '../modules/venues/venue.entity.js';
import { VenueRepository } from '../modules/venues/venue.repository.js';

const sites = new SiteRepository();
const venues = new VenueRepository();
const vaccines = new VaccineRepository();

function byId<T extends { id: string }>(find: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = await find([...ids]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** Per-request batching: a list page costs one statement per kind of related row, not one per row. */
export function createLoaders(em: EntityManager) {
  return {
    site: byId<Site>((ids) => sites.findByIds(em, ids)),
    venue: byId<Venue>((ids) => venues.findByIds(em, ids)),
    vaccine: byId<Vaccine>((ids) => vaccines.findByIds(em, ids)),
    // The slot entity as the resolvers take it; SlotRepository reads SlotView rows instead.
    slot: byId<Slot>((ids) => em.find(Slot, { id: { $in: ids } })),
    vaccinesOfVenue: new DataLoader<string, Vaccine[]>(async (venueIds) => {
      const links = await venues.vaccineLinks(em, [...venueIds]);
      const offered = await vaccines.findByIdsByName(em, [...new Set(links.map((l) => l.vaccineId))]);
      const vaccineById = new Map(offered.map((v) => [v.id, v]));
      return venueIds.map((venueId) =>
        links.filter((l) => l.venueId === venueId).flatMap((l) => vaccineById.get(l.vaccineId) ?? []),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
