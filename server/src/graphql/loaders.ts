import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Site } from '../modules/sites/site.entity.js';
import { Slot } from '../modules/slots/slot.entity.js';
import { Vaccine } from '../modules/vaccines/vaccine.entity.js';
import { Venue, VenueVaccine } from '../modules/venues/venue.entity.js';

function byId<T extends { id: string }>(
  em: EntityManager,
  entity: typeof Site | typeof Slot | typeof Vaccine | typeof Venue,
) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } })) as unknown as T[];
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** Per-request batching: a list page costs one statement per kind of related row, not one per row. */
export function createLoaders(em: EntityManager) {
  return {
    site: byId<Site>(em, Site),
    venue: byId<Venue>(em, Venue),
    vaccine: byId<Vaccine>(em, Vaccine),
    slot: byId<Slot>(em, Slot),
    vaccinesOfVenue: new DataLoader<string, Vaccine[]>(async (venueIds) => {
      const links = await em.find(VenueVaccine, { venueId: { $in: [...venueIds] } });
      const vaccines = await em.find(
        Vaccine,
        { id: { $in: [...new Set(links.map((l) => l.vaccineId))] } },
        { orderBy: { name: 'asc' } },
      );
      const vaccineById = new Map(vaccines.map((v) => [v.id, v]));
      return venueIds.map((venueId) =>
        links.filter((l) => l.venueId === venueId).flatMap((l) => vaccineById.get(l.vaccineId) ?? []),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
