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
  status: 'OPEN' | 'CLOSED' | 'CANCELLED';
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

/**
 * The longest slot of a venue and vaccine: a slot overlapping [s, e) starts after s − that, so the overlap
 * probes scan a bounded stretch of the (venue_id, vaccine_id, starts_at) index instead of every earlier slot.
 */
const LONGEST = `longest as (
  select coalesce(max(ends_at - starts_at), interval '0') as span from slot where venue_id = ? and vaccine_id = ?)`;

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
    slot: {
      siteId: string;
      venueId: string;
      vaccineId: string;
      capacity: number;
      status?: 'OPEN' | 'CLOSED';
    },
    times: { startsAt: Date; endsAt: Date }[],
  ): Promise<SlotView[]> {
    const rows = await sql<SlotRow>(
      em,
      `insert into slot (site_id, venue_id, vaccine_id, starts_at, ends_at, capacity, status)
       select ?, ?, ?, t.starts_at, t.ends_at, ?, ?
         from unnest(?::timestamptz[], ?::timestamptz[]) as t (starts_at, ends_at)
       on conflict (venue_id, vaccine_id, starts_at) do nothing
       returning ${SLOT_COLUMNS}`,
      [
        slot.siteId,
        slot.venueId,
        slot.vaccineId,
        slot.capacity,
        slot.status ?? 'OPEN',
        pgArray(times.map((t) => t.startsAt)),
        pgArray(times.map((t) => t.endsAt)),
      ],
    );
    return rows.map(toSlotView);
  }

  // --- Admin editing (issue 14) ---

  /**
   * The database decides: the new capacity is written only while it holds every place booked. The UPDATE
   * waits for a booking holding the row and re-checks `reserved` after it; the CHECK stands behind it.
   */
  async setCapacity(tx: EntityManager, slotId: string, capacity: number): Promise<SlotView | undefined> {
    const row = await sqlOne<SlotRow>(
      tx,
      `update slot set capacity = ? where id = ? and status <> 'CANCELLED' and reserved <= ?
       returning ${SLOT_COLUMNS}`,
      [capacity, slotId, capacity],
    );
    return row && toSlotView(row);
  }

  /** One slot from status `from` to `to`; undefined when it was not in `from`. */
  async setStatus(
    tx: EntityManager,
    slotId: string,
    from: 'OPEN' | 'CLOSED',
    to: 'OPEN' | 'CLOSED',
  ): Promise<SlotView | undefined> {
    const row = await sqlOne<SlotRow>(
      tx,
      `update slot set status = ? where id = ? and status = ? returning ${SLOT_COLUMNS}`,
      [to, slotId, from],
    );
    return row && toSlotView(row);
  }

  /**
   * A venue's slots not yet started (those starting in [from, to) when given) from status `from` to `to`,
   * locked in id order first, the order every booking locks slots, so a set booking never deadlocks with it.
   */
  async setStatusOfVenue(
    tx: EntityManager,
    venueId: string,
    from: 'OPEN' | 'CLOSED',
    to: 'OPEN' | 'CLOSED',
    range?: { from: Date; to: Date },
  ): Promise<SlotView[]> {
    const rows = await sql<SlotRow>(
      tx,
      `with locked as (
         select id from slot
          where venue_id = ? and status = ? and starts_at > now()
            and starts_at >= coalesce(?::timestamptz, '-infinity') and starts_at < coalesce(?::timestamptz, 'infinity')
          order by id for update)
       update slot set status = ? from locked where slot.id = locked.id and slot.status = ?
       returning ${SLOT_COLUMNS.split(', ')
         .map((c) => `slot.${c}`)
         .join(', ')}`,
      [venueId, from, range?.from ?? null, range?.to ?? null, to, from],
    );
    return rows.map(toSlotView).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /**
   * For each planned time (by its position), the first existing slot of the venue and vaccine that overlaps
   * it, whatever its status; one statement.
   */
  async overlapping(
    em: EntityManager,
    venueId: string,
    vaccineId: string,
    times: readonly { startsAt: Date; endsAt: Date }[],
  ): Promise<Map<number, SlotView>> {
    if (times.length === 0) return new Map();
    const rows = await sql<SlotRow & { ord: string }>(
      em,
      `with ${LONGEST}
       select t.ord, x.* from longest, unnest(?::timestamptz[], ?::timestamptz[]) with ordinality as t (starts_at, ends_at, ord)
         join lateral (
           select ${SLOT_COLUMNS} from slot
            where venue_id = ? and vaccine_id = ? and starts_at < t.ends_at and ends_at > t.starts_at
              and starts_at > t.starts_at - longest.span
            order by starts_at limit 1) x on true`,
      [
        venueId,
        vaccineId,
        pgArray(times.map((t) => t.startsAt)),
        pgArray(times.map((t) => t.endsAt)),
        venueId,
        vaccineId,
      ],
    );
    return new Map(rows.map((row) => [Number(row.ord) - 1, toSlotView(row)]));
  }

  /**
   * Inserts the planned slots that overlap no existing slot of the venue and vaccine, in one statement
   * (a slot added meanwhile at the same start is kept by the unique key).
   */
  async insertWhereFree(
    em: EntityManager,
    slot: { siteId: string; venueId: string; vaccineId: string; capacity: number; status: 'OPEN' | 'CLOSED' },
    times: readonly { startsAt: Date; endsAt: Date }[],
  ): Promise<SlotView[]> {
    if (times.length === 0) return [];
    const rows = await sql<SlotRow>(
      em,
      `with ${LONGEST}
       insert into slot (site_id, venue_id, vaccine_id, starts_at, ends_at, capacity, status)
       select ?, ?, ?, t.starts_at, t.ends_at, ?, ?
         from longest, unnest(?::timestamptz[], ?::timestamptz[]) as t (starts_at, ends_at)
        where not exists (
          select 1 from slot x
           where x.venue_id = ? and x.vaccine_id = ? and x.starts_at < t.ends_at and x.ends_at > t.starts_at
             and x.starts_at > t.starts_at - longest.span)
       on conflict (venue_id, vaccine_id, starts_at) do nothing
       returning ${SLOT_COLUMNS}`,
      [
        slot.venueId,
        slot.vaccineId,
        slot.siteId,
        slot.venueId,
        slot.vaccineId,
        slot.capacity,
        slot.status,
        pgArray(times.map((t) => t.startsAt)),
        pgArray(times.map((t) => t.endsAt)),
        slot.venueId,
        slot.vaccineId,
      ],
    );
    return rows.map(toSlotView).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /** A venue's slots starting in [from, to) with their local date, in time order; one statement. */
  async countsOfVenue(
    em: EntityManager,
    venueId: string,
    from: Date,
    to: Date,
    timeZone: string,
    vaccineId?: string | null,
  ): Promise<(SlotView & { date: string })[]> {
    const rows = await sql<SlotRow & { local_date: string }>(
      em,
      `select ${SLOT_COLUMNS}, to_char(starts_at at time zone ?, 'YYYY-MM-DD') as local_date from slot
        where venue_id = ? and starts_at >= ? and starts_at < ? and (?::uuid is null or vaccine_id = ?::uuid)
        order by starts_at, id`,
      [timeZone, venueId, from, to, vaccineId ?? null, vaccineId ?? null],
    );
    return rows.map((row) => ({ ...toSlotView(row), date: row.local_date }));
  }

  /** A site's (or one venue's) day totals over [from, to); one statement, days without slots absent. */
  async dayTotalsOfSite(
    em: EntityManager,
    siteId: string,
    from: Date,
    to: Date,
    timeZone: string,
    venueId?: string | null,
  ): Promise<DayTotalsRow[]> {
    return sql<DayTotalsRow>(
      em,
      `select to_char(starts_at at time zone ?, 'YYYY-MM-DD') as date,
              count(*) filter (where status <> 'CANCELLED')::int as slots,
              count(*) filter (where status = 'CLOSED')::int as closed_slots,
              coalesce(sum(capacity) filter (where status <> 'CANCELLED'), 0)::int as capacity,
              coalesce(sum(reserved), 0)::int as booked,
              coalesce(sum(capacity - reserved) filter (where status = 'OPEN'), 0)::int as free
         from slot
        where site_id = ? and starts_at >= ? and starts_at < ? and (?::uuid is null or venue_id = ?::uuid)
        group by 1 order by 1`,
      [timeZone, siteId, from, to, venueId ?? null, venueId ?? null],
    );
  }
}

export interface DayTotalsRow {
  date: string;
  slots: number;
  closed_slots: number;
  capacity: number;
  booked: number;
  free: number;
}
