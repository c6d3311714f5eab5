import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgTimestamp, sql, sqlOne } from '../../shared/sql.js';
import type { SlotView } from './slot.types.js';

export interface SlotRow {
  id: string;
  site_id: string;
  venue_id: string;
  vaccine_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  reserved: number;
  status: 'OPEN' | 'CANCELLED';
}

const SLOT_COLUMNS = `id, site_id, venue_id, vaccine_id, starts_at, ends_at, capacity, reserved, status`;

export function toSlotView(row: SlotRow): SlotView {
  return {
    id: row.id,
    siteId: row.site_id,
    venueId: row.venue_id,
    vaccineId: row.vaccine_id,
    startsAt: pgTimestamp(row.starts_at),
    endsAt: pgTimestamp(row.ends_at),
    capacity: row.capacity,
    reserved: row.reserved,
    status: row.status,
  };
}

export class SlotRepository {
  async findById(em: EntityManager, id: string): Promise<SlotView | undefined> {
    const row = await sqlOne<SlotRow>(em, `select ${SLOT_COLUMNS} from slot where id = ?`, [id]);
    return row && toSlotView(row);
  }

  async findByIds(em: EntityManager, ids: string[]): Promise<SlotView[]> {
    const rows = await sql<SlotRow>(em, `select ${SLOT_COLUMNS} from slot where id = any(?::uuid[])`, [
      pgArray(ids),
    ]);
    return rows.map(toSlotView);
  }

  async findAt(
    em: EntityManager,
    venueId: string,
    vaccineId: string,
    startsAt: Date,
  ): Promise<SlotView | undefined> {
    const row = await sqlOne<SlotRow>(
      em,
      `select ${SLOT_COLUMNS} from slot where venue_id = ? and vaccine_id = ? and starts_at = ?`,
      [venueId, vaccineId, startsAt],
    );
    return row && toSlotView(row);
  }

  /** Slots by venue, vaccine and start, many at once (dose-2 slots of a bulk file). */
  async findAtMany(
    em: EntityManager,
    keys: readonly { venueId: string; vaccineId: string; startsAt: Date }[],
  ): Promise<SlotView[]> {
    if (keys.length === 0) return [];
    const rows = await sql<SlotRow>(
      em,
      `select ${SLOT_COLUMNS} from slot
        where (venue_id, vaccine_id, starts_at) in (
          select * from unnest(?::uuid[], ?::uuid[], ?::timestamptz[]))`,
      [
        pgArray(keys.map((k) => k.venueId)),
        pgArray(keys.map((k) => k.vaccineId)),
        pgArray(keys.map((k) => k.startsAt)),
      ],
    );
    return rows.map(toSlotView);
  }

  async findInRange(
    em: EntityManager,
    venueId: string,
    vaccineId: string,
    from: Date,
    to: Date,
  ): Promise<SlotView[]> {
    const rows = await sql<SlotRow>(
      em,
      `select ${SLOT_COLUMNS} from slot
        where venue_id = ? and vaccine_id = ? and starts_at >= ? and starts_at < ?
        order by starts_at`,
      [venueId, vaccineId, from, to],
    );
    return rows.map(toSlotView);
  }

  async markCancelled(em: EntityManager, slotId: string): Promise<void> {
    await sql(em, `update slot set status = 'CANCELLED' where id = ?`, [slotId]);
  }

  /** Inserts many slots in one statement; slots that already exist at the same start are kept as they are. */
  async insertMany(
    em: EntityManager,
    slot: { siteId: string; venueId: string; vaccineId: string; capacity: number },
    times: { startsAt: Date; endsAt: Date }[],
  ): Promise<SlotView[]> {
    const rows = await sql<SlotRow>(
      em,
      `insert into slot (site_id, venue_id, vaccine_id, starts_at, ends_at, capacity)
       select ?, ?, ?, t.starts_at, t.ends_at, ?
         from unnest(?::timestamptz[], ?::timestamptz[]) as t (starts_at, ends_at)
       on conflict (venue_id, vaccine_id, starts_at) do nothing
       returning ${SLOT_COLUMNS}`,
      [
        slot.siteId,
        slot.venueId,
        slot.vaccineId,
        slot.capacity,
        pgArray(times.map((t) => t.startsAt)),
        pgArray(times.map((t) => t.endsAt)),
      ],
    );
    return rows.map(toSlotView);
  }
}
