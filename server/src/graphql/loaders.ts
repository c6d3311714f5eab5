import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sitesByIds, type Site } from '../modules/sites/site.service.js';
import { slotEntitiesByIds, type Slot } from '../modules/slots/slot.service.js';
import { vaccinesByIds, type Vaccine } from '../modules/vaccines/vaccine.service.js';
import { vaccinesOfVenues, venuesByIds, type Venue } from '../modules/venues/venue.service.js';

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
    site: byId<Site>((ids) => sitesByIds(em, ids)),
    venue: byId<Venue>((ids) => venuesByIds(em, ids)),
    vaccine: byId<Vaccine>((ids) => vaccinesByIds(em, ids)),
    // The slot entity as the resolvers take it; the slots module's other reads return SlotView rows.
    slot: byId<Slot>((ids) => slotEntitiesByIds(em, ids)),
    vaccinesOfVenue: new DataLoader<string, Vaccine[]>((venueIds) => vaccinesOfVenues(em, venueIds)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
