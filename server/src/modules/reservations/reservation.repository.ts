import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from '../../shared/domain-events.js';
import type { SlotRow } from '../slots/slot.service.js';
import {
  pgArray,
  pgErrorCode,
  PgError,
  pgTimestamp,
  PreparedStatement,
  sql,
  sqlOne,
  type Statement,
} from '../../shared/sql.js';
import type { MadeBy, ReservationStatus } from './reservation.entity.js';
import type { CancelledBy, ReservationListener, ReservationView } from './reservation.events.js';

export type { ReservationView } from './reservation.events.js';

export interface ReservationRow {
  id: string;
  site_id: string;
  ticket_id: string;
  slot_id: string;
  dose: number;
  status: ReservationStatus;
  pair_id: string | null;
  made_by: MadeBy;
  created_at: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

const COLUMNS = `id, site_id, ticket_id, slot_id, dose, status, pair_id, made_by, created_at, cancelled_at, cancel_reason`;

function toView(row: ReservationRow): ReservationView {
  return {
    id: row.id,
    siteId: row.site_id,
    ticketId: row.ticket_id,
    slotId: row.slot_id,
    dose: row.dose,
    status: row.status,
    pairId: row.pair_id,
    madeBy: row.made_by,
    createdAt: pgTimestamp(row.created_at),
    cancelledAt: row.cancelled_at ? pgTimestamp(row.cancelled_at) : null,
    cancelReason: row.cancel_reason,
  };
}

/** A cancelled reservation with its slot's venue, which its event names. */
export type CancelledReservation = ReservationView & { venueId: string };

export type BookingOutcome =
  | { ok: true; reservations: ReservationView[] }
  | { ok: false; reason: 'SLOT_FULL'; slotId: string; freePlaces: number }
  | { ok: false; reason: 'ALREADY_BOOKED' }
  | { ok: false; reason: 'DUPLICATE_KEY' };

/** A shared commit's answer: every booking's reservations, or nothing written (and the full slot, if that was why). */
export type TogetherOutcome =
  | { ok: true; reservations: ReservationView[][] }
  | { ok: false; full?: { slotId: string; freePlaces: number } };

export type BulkBookingOutcome =
  | { ok: true; reservations: ReservationView[] }
  | { ok: false; reason: 'SLOT_FULL'; slotIds: string[] }
  | { ok: false; reason: 'ALREADY_BOOKED' };

class BulkRollback extends Error {
  constructor(readonly outcome: Exclude<BulkBookingOutcome, { ok: true }>) {
    super(outcome.reason);
  }
}

/** What a booking with an idempotency key stores: the request (to detect a reused key) and the answer. */
export interface StoredBooking {
  request: BookingRequestFingerprint | ChangeRequestFingerprint;
  result: StoredBookingResult | null;
}

export interface BookingRequestFingerprint {
  slotId: string;
  dose: number;
  secondDoseSlotId: string | null;
}

/** What a change's idempotency key stands for; `kind` keeps it apart from a booking's request. */
export interface ChangeRequestFingerprint {
  kind: 'change';
  reservationId: string;
  newSlotId: string;
  newSecondDoseSlotId: string | null;
}

export type StoredBookingResult =
  | { ok: true; reservations: ReservationRow[]; previousSlotIds?: string[] }
  | { ok: false; error: { code: string; message: string } };

export function reservationsOf(result: StoredBookingResult): ReservationView[] {
  return result.ok ? result.reservations.map(toView).sort((a, b) => a.dose - b.dose) : [];
}

export interface BookingFactsQuery {
  ticketId: string;
  slotId: string;
  secondDoseSlotId: string | null;
  idempotencyKey: string | null;
}

/** A ticket's site settings as the booking rules read them. */
export interface BookingContextRow {
  site_id: string;
  booking_mode: 'SEPARATE' | 'SET';
  booking_opens_at: string | null;
  time_zone: string;
  registered: boolean;
}

/** Everything the booking rules need, read in one statement. Timestamps arrive as JSON text. */
export interface BookingFactsRow {
  context: BookingContextRow | null;
  slot: SlotRow | null;
  rule: { doses: number; dose_interval_days: number; interval_window_days: number } | null;
  active: { dose: number; slot_id: string; vaccine_id: string; starts_at: string; venue_id: string }[];
  chosen_second: SlotRow | null;
  interval_second: SlotRow | null;
  replay: StoredBooking | null;
}

const SLOT_JSON = `id, site_id, venue_id, vaccine_id, starts_at, ends_at, capacity, reserved, status`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** raise_slot_places' refusal (migration 20261203030000): the slot had no room; DETAIL names it. */
const SLOT_FULL_STATE = 'VR001';

/**
 * The conditional UPDATE of one slot by `places` (`raise_slot_places`). When they do not all fit it raises
 * SLOT_FULL_STATE, which aborts the whole transaction: both doses of a set or neither, every booking of a
 * shared commit or none. An error, not a status row: in the one-message booking only an error rolls the
 * implicit transaction back without another round trip.
 */
const RAISE_SLOT = new PreparedStatement('raise_slot', ['int', 'uuid'], `select raise_slot_places(?, ?)`);

/** The slots' conditional UPDATEs in id order (the order every booking locks them). */
function raiseSlots(items: readonly { slotId: string }[]): Statement[] {
  const places = new Map<string, number>();
  for (const { slotId } of items) {
    if (!UUID.test(slotId)) throw new Error(`not a slot id: ${slotId}`);
    places.set(slotId, (places.get(slotId) ?? 0) + 1);
  }
  return [...places.keys()].sort().map((slotId) => {
    const count = places.get(slotId)!;
    return RAISE_SLOT.call([count, slotId]);
  });
}

/**
 * Stores answers under their idempotency keys, any number in one statement; when a retry got there first
 * the primary key refuses it (a unique violation of booking_idempotency_pkey: DUPLICATE_KEY), after waiting
 * for that retry to end.
 */
const REMEMBER_KEYS = new PreparedStatement(
  'remember_booking_keys',
  ['uuid[]', 'text[]', 'jsonb[]', 'jsonb[]'],
  `insert into booking_idempotency (ticket_id, idempotency_key, request, result)
   select * from unnest(?::uuid[], ?::text[], ?::jsonb[], ?::jsonb[])`,
);

interface RememberedKey {
  ticketId: string;
  key: string;
  request: BookingRequestFingerprint | ChangeRequestFingerprint;
  result: StoredBookingResult;
}

function rememberKeys(keys: readonly RememberedKey[]): Statement[] {
  if (keys.length === 0) return [];
  return [
    REMEMBER_KEYS.call([
      pgArray(keys.map((k) => k.ticketId)),
      pgArray(keys.map((k) => k.key)),
      pgArray(keys.map((k) => JSON.stringify(k.request))),
      pgArray(keys.map((k) => JSON.stringify(k.result))),
    ]),
  ];
}

/** Any number of bookings' reservation rows in one statement. */
const INSERT_RESERVATIONS = new PreparedStatement(
  'insert_reservations',
  ['uuid[]', 'uuid[]', 'uuid[]', 'uuid[]', 'int[]', 'uuid[]', 'text[]', 'timestamptz[]'],
  `insert into reservation (id, site_id, ticket_id, slot_id, dose, pair_id, made_by, created_at)
   select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::int[], ?::uuid[], ?::text[], ?::timestamptz[])`,
);

function joined(statements: Statement[]): Statement {
  return { sql: statements.map((s) => s.sql).join(';\n'), params: statements.flatMap((s) => s.params) };
}

/** One recipient's booking as the repository writes it. */
export interface NewBooking {
  siteId: string;
  ticketId: string;
  madeBy: MadeBy;
  items: { slotId: string; dose: number }[];
  /** Stored with the answer in the same transaction as the reservations. */
  idempotency?: { key: string; request: BookingRequestFingerprint } | null;
  /**
   * How the booking's events are appended to the event log inside its own message (no round trip of their
   * own). Absent inside a caller's unit of work, which appends its events itself before it commits.
   */
  log?: MessageLog;
}

/** A booking's events, appended by the message that writes the booking. */
export interface MessageLog {
  /** The booking's events, given its rows. */
  events(reservations: ReservationView[]): DomainEvent[];
  /** The statements that append events: of this booking, or of every booking sharing its commit. */
  append(events: readonly DomainEvent[]): Statement[];
}

/** A booking's reservation rows, the answer its idempotency key stores, and its events. */
function bookingRows(booking: NewBooking) {
  const pairId = booking.items.length > 1 ? randomUUID() : null;
  const createdAt = new Date().toISOString();
  const rows: ReservationRow[] = booking.items.map((item) => ({
    id: randomUUID(),
    site_id: booking.siteId,
    ticket_id: booking.ticketId,
    slot_id: item.slotId,
    dose: item.dose,
    status: 'BOOKED',
    pair_id: pairId,
    made_by: booking.madeBy,
    created_at: createdAt,
    cancelled_at: null,
    cancel_reason: null,
  }));
  const key: RememberedKey | undefined = booking.idempotency
    ? {
        ticketId: booking.ticketId,
        key: booking.idempotency.key,
        request: booking.idempotency.request,
        result: { ok: true, reservations: rows },
      }
    : undefined;
  const reservations = rows.map(toView).sort((a, b) => a.dose - b.dose);
  return { rows, reservations, key, events: booking.log?.events(reservations) ?? [] };
}

/**
 * The statements that write bookings: one INSERT for every reservation row and one for every idempotency
 * key, however many bookings share the commit (each statement in a slot's message costs the slot's
 * throughput: bench/README.md, "One statement of each kind per shared commit").
 */
function writeStatements(parts: readonly ReturnType<typeof bookingRows>[]): Statement[] {
  const rows = parts.flatMap((part) => part.rows);
  const insert = INSERT_RESERVATIONS.call([
    pgArray(rows.map((r) => r.id)),
    pgArray(rows.map((r) => r.site_id)),
    pgArray(rows.map((r) => r.ticket_id)),
    pgArray(rows.map((r) => r.slot_id)),
    pgArray(rows.map((r) => r.dose)),
    pgArray(rows.map((r) => r.pair_id)),
    pgArray(rows.map((r) => r.made_by)),
    pgArray(rows.map((r) => r.created_at)),
  ]);
  return [insert, ...rememberKeys(parts.flatMap((part) => (part.key ? [part.key] : [])))];
}

/** The listeners' work for new reservations as SQL, or undefined when one of them needs JavaScript. */
function contributedStatements(
  listeners: readonly ReservationListener[],
  reservations: ReservationView[],
): Statement[] | undefined {
  return listeners.every((l) => typeof l.bookedStatements === 'function')
    ? listeners.flatMap((l) => l.bookedStatements?.(reservations) ?? [])
    : undefined;
}

/** Turns the refusals the booking statements raise into outcomes, from the error's fields (never its text). */
export function outcomeOf(error: unknown): Exclude<BookingOutcome, { ok: true }> | undefined {
  const code = pgErrorCode(error);
  if (code === PgError.UNIQUE_VIOLATION) {
    return fieldOf(error, 'constraint') === 'booking_idempotency_pkey'
      ? { ok: false, reason: 'DUPLICATE_KEY' }
      : { ok: false, reason: 'ALREADY_BOOKED' };
  }
  const slotId = code === SLOT_FULL_STATE ? fieldOf(error, 'detail') : undefined;
  if (!slotId) return undefined;
  // raise_slot_places says in HINT how many places were left when it refused (migration 20261209000000).
  const freePlaces = Number.parseInt(fieldOf(error, 'hint') ?? '', 10);
  if (!Number.isInteger(freePlaces)) throw error;
  return { ok: false, reason: 'SLOT_FULL', slotId, freePlaces };
}

/** A field of the PostgreSQL error, which MikroORM may wrap in a cause or two. */
function fieldOf(error: unknown, field: 'constraint' | 'detail' | 'hint'): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const value = (current as Record<string, unknown>)[field];
    if (typeof value === 'string') return value;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** See ReservationRepository.bookingFacts. */
const BOOKING_FACTS = new PreparedStatement(
  'booking_facts',
  ['uuid[]', 'uuid[]', 'uuid[]', 'text[]'],
  `select q.i,
     (select json_build_object('site_id', t.site_id, 'booking_mode', s.booking_mode,
               'booking_opens_at', s.booking_opens_at, 'time_zone', s.time_zone,
               'registered', exists (select 1 from recipient_contact_view r where r.ticket_id = t.id))
        from ticket_status_view t join site_settings_view s on s.id = t.site_id
       where t.id = q.ticket_id and t.status = 'ACTIVE') as context,
     (select row_to_json(x) from (select ${SLOT_JSON} from slot_booking_view where id = q.slot_id) x) as slot,
     (select row_to_json(x) from (
        select v.doses, v.dose_interval_days, v.interval_window_days
          from slot_booking_view s join vaccine_rules_view v on v.id = s.vaccine_id where s.id = q.slot_id) x) as rule,
     (select coalesce(json_agg(json_build_object('dose', r.dose, 'slot_id', r.slot_id, 'vaccine_id', s.vaccine_id,
               'starts_at', s.starts_at, 'venue_id', s.venue_id)), '[]'::json)
        from reservation r join slot_booking_view s on s.id = r.slot_id
       where r.ticket_id = q.ticket_id and r.status in ('BOOKED', 'VACCINATED')) as active,
     (select row_to_json(x) from (select ${SLOT_JSON} from slot_booking_view where id = q.second_id) x)
       as chosen_second,
     (select row_to_json(x) from (
        select s2.id, s2.site_id, s2.venue_id, s2.vaccine_id, s2.starts_at, s2.ends_at, s2.capacity,
               s2.reserved, s2.status
          from slot_booking_view s1
          join site_settings_view st on st.id = s1.site_id
          join vaccine_rules_view v on v.id = s1.vaccine_id
          join slot_booking_view s2 on s2.venue_id = s1.venue_id and s2.vaccine_id = s1.vaccine_id
            and s2.starts_at = ((s1.starts_at at time zone st.time_zone)
                                + make_interval(days => v.dose_interval_days)) at time zone st.time_zone
         where s1.id = q.slot_id and st.booking_mode = 'SET' and v.doses >= 2) x) as interval_second,
     (select row_to_json(x) from (
        select request, result from booking_idempotency
         where ticket_id = q.ticket_id and idempotency_key = q.idempotency_key) x) as replay
   from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[])
        with ordinality as q (ticket_id, slot_id, second_id, idempotency_key, i)`,
);

/**
 * Where a booking is written. Capacity is decided by PostgreSQL, never by a read in JavaScript:
 * the reservation rows go in first (the partial unique index refuses a second active reservation for the
 * same ticket and dose), then each slot's count is raised by a conditional UPDATE that only succeeds while
 * `reserved < capacity`, slots in id order so two set bookings cannot deadlock. If any slot is full the
 * whole transaction rolls back: both doses of a set or neither. The CHECK constraint on `slot` stands behind it.
 * `slot` belongs to the slots module: its rows are read through `slot_booking_view` and counted, locked and
 * closed only through the functions it publishes (migrations 20261203030000 and 20261205100000).
 */
export class ReservationRepository {
  /**
   * The ticket and its site, the slot and its vaccine's rule, the ticket's active doses, the dose-2
   * candidates of a set booking and a stored answer for the idempotency key: one round trip, for any
   * number of bookings at once. The dose-2 slot "exactly the interval later" is found with PostgreSQL's
   * time-zone arithmetic; the service checks it against its own calculation and asks again when they differ.
   */
  async bookingFacts(em: EntityManager, queries: BookingFactsQuery[]): Promise<BookingFactsRow[]> {
    const rows = await BOOKING_FACTS.run<BookingFactsRow & { i: string }>(em, [
      pgArray(queries.map((q) => q.ticketId)),
      pgArray(queries.map((q) => q.slotId)),
      pgArray(queries.map((q) => q.secondDoseSlotId)),
      pgArray(queries.map((q) => q.idempotencyKey)),
    ]);
    const byIndex = new Map(rows.map((row) => [Number(row.i) - 1, row]));
    return queries.map((_, index) => byIndex.get(index)!);
  }

  /** The booking contexts of many active tickets at once (a bulk file's rows), keyed by ticket id. */
  async bookingContexts(
    em: EntityManager,
    ticketIds: readonly string[],
  ): Promise<(BookingContextRow & { id: string })[]> {
    return sql<BookingContextRow & { id: string }>(
      em,
      `select t.id, t.site_id, s.booking_mode, s.booking_opens_at, s.time_zone,
              exists (select 1 from recipient_contact_view r where r.ticket_id = t.id) as registered
         from ticket_status_view t join site_settings_view s on s.id = t.site_id
        where t.id = any(?::uuid[]) and t.status = 'ACTIVE'`,
      [pgArray(ticketIds)],
    );
  }

  /** The stored answer for a ticket's idempotency key, if any. */
  async storedBooking(em: EntityManager, ticketId: string, key: string): Promise<StoredBooking | undefined> {
    return sqlOne<StoredBooking>(
      em,
      `select request, result from booking_idempotency where ticket_id = ? and idempotency_key = ?`,
      [ticketId, key],
    );
  }

  /**
   * Stores a refusal under the key. When another request with the same key got there first (a concurrent
   * retry), waits for it and returns its stored answer instead.
   */
  async rememberRefusal(
    em: EntityManager,
    ticketId: string,
    key: string,
    request: BookingRequestFingerprint | ChangeRequestFingerprint,
    error: { code: string; message: string },
  ): Promise<StoredBooking | undefined> {
    const inserted = await sql(
      em,
      `insert into booking_idempotency (ticket_id, idempotency_key, request, result)
       values (?, ?, ?::jsonb, ?::jsonb)
       on conflict (ticket_id, idempotency_key) do nothing
       returning 1`,
      [ticketId, key, JSON.stringify(request), JSON.stringify({ ok: false, error })],
    );
    if (inserted.length > 0) return undefined;
    return this.storedBooking(em, ticketId, key);
  }

  /**
   * Writes a booking atomically: the reservation rows (the partial unique index refuses a second active
   * reservation of a dose), the idempotency key with its answer, the listeners' work, then each slot's
   * conditional UPDATE in id order. Any failure rolls everything back.
   *
   * When every listener can say its work as SQL (`bookedStatements`) and the caller holds no transaction,
   * all of it travels as ONE simple-query message, which PostgreSQL runs as one implicit transaction: one
   * round trip per booking, and the slot row is locked for one statement and the commit only — never across
   * a trip back to a busy Node event loop. Otherwise (a listener that needs JavaScript, or a caller's own
   * transaction) the same statements run in an ordinary transaction with the listeners' callbacks.
   */
  async book(
    em: EntityManager,
    booking: NewBooking,
    listeners: readonly ReservationListener[],
  ): Promise<BookingOutcome> {
    const part = bookingRows(booking);
    const { reservations, events } = part;
    const writes = writeStatements([part]);
    const logged = events.length > 0 ? booking.log!.append(events) : [];
    const raises = raiseSlots(booking.items);
    const nested = em.getTransactionContext() !== undefined;
    const contributed = contributedStatements(listeners, reservations);
    try {
      if (!nested && contributed) {
        const message = joined([...writes, ...logged, ...contributed, ...raises]);
        await sql(em, message.sql, message.params);
      } else {
        await em.transactional(async (tx) => {
          for (const statement of [...writes, ...logged]) await sql(tx, statement.sql, statement.params);
          for (const listener of listeners) {
            const statements = listener.bookedStatements?.(reservations);
            if (!statements) await listener.booked(tx, reservations);
            else for (const statement of statements) await sql(tx, statement.sql, statement.params);
          }
          // Whatever the listeners left to the unit of work is written now, inside the transaction.
          await tx.flush();
          const last = joined(raises);
          // At the top level the COMMIT rides with the UPDATEs, so the row lock never waits for Node;
          // MikroORM's own COMMIT afterwards finds no transaction and does nothing.
          await sql(tx, nested ? last.sql : `${last.sql};\ncommit`, last.params);
        });
      }
      return { ok: true, reservations };
    } catch (error) {
      const outcome = outcomeOf(error);
      if (outcome) return outcome;
      throw error;
    }
  }

  /**
   * Several bookings of the same slots as ONE message and one commit (see `book`): their rows, keys and
   * listeners' statements, then each slot raised by all their places at once. Resolves with every booking's
   * reservations, or not ok when they could not all be booked together (a slot without room for all — then
   * `full` names it and the places it had left —, a dose already booked, a key already used, a listener
   * that needs JavaScript): nothing was written, and the caller decides who goes next.
   */
  async bookTogether(
    em: EntityManager,
    bookings: readonly NewBooking[],
    listeners: readonly ReservationListener[],
  ): Promise<TogetherOutcome> {
    if (em.getTransactionContext()) return { ok: false };
    const parts = bookings.map(bookingRows);
    const contributed = contributedStatements(
      listeners,
      parts.flatMap((part) => part.reservations),
    );
    if (!contributed) return { ok: false };
    // One statement of each kind for all the bookings: the group commit runs one message per slot at a
    // time, so each statement in it costs the slot's throughput (bench/README.md, "Open loop").
    const statements = [...writeStatements(parts), ...contributed];
    const events = parts.flatMap((part) => part.events);
    // (every booking's `append` writes the same log)
    const log = bookings.find((booking) => booking.log)?.log;
    if (log && events.length > 0) statements.push(...log.append(events));
    statements.push(...raiseSlots(bookings.flatMap((b) => b.items)));
    try {
      const message = joined(statements);
      await sql(em, message.sql, message.params);
      return { ok: true, reservations: parts.map((part) => part.reservations) };
    } catch (error) {
      const outcome = outcomeOf(error);
      if (!outcome) throw error;
      return outcome.reason === 'SLOT_FULL'
        ? { ok: false, full: { slotId: outcome.slotId, freePlaces: outcome.freePlaces } }
        : { ok: false };
    }
  }

  /**
   * Many bookings in one transaction (a bulk file): one INSERT for every reservation row, the listeners once
   * with all of them, then the slots locked in id order and each raised by its count in one conditional
   * UPDATE. Any slot that cannot take its rows rolls everything back: the whole file or nothing.
   */
  async bookMany(
    em: EntityManager,
    bookings: {
      siteId: string;
      ticketId: string;
      madeBy: MadeBy;
      items: { slotId: string; dose: number }[];
    }[],
    listeners: readonly ReservationListener[],
  ): Promise<BulkBookingOutcome> {
    const parts = bookings.map((booking) => bookingRows(booking));
    const perSlot = new Map<string, number>();
    for (const row of parts.flatMap((part) => part.rows))
      perSlot.set(row.slot_id, (perSlot.get(row.slot_id) ?? 0) + 1);
    const slotIds = [...perSlot.keys()].sort();
    const reservations = parts.flatMap((part) => part.reservations);
    try {
      return await em.transactional(async (tx) => {
        try {
          // The same statement as a booking's own message (no idempotency keys here).
          for (const statement of writeStatements(parts)) await sql(tx, statement.sql, statement.params);
        } catch (error) {
          if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION)
            throw new BulkRollback({ ok: false, reason: 'ALREADY_BOOKED' });
          throw error;
        }
        for (const listener of listeners) await listener.booked(tx, reservations);
        await sql(tx, `select lock_slots(?::uuid[])`, [pgArray(slotIds)]);
        const raised = await sql<{ id: string }>(
          tx,
          `select id from raise_slots_with_room(?::uuid[], ?::int[]) as raised (id)`,
          [pgArray(slotIds), pgArray(slotIds.map((id) => perSlot.get(id)!))],
        );
        if (raised.length !== slotIds.length) {
          const ok = new Set(raised.map((r) => r.id));
          throw new BulkRollback({
            ok: false,
            reason: 'SLOT_FULL',
            slotIds: slotIds.filter((id) => !ok.has(id)),
          });
        }
        return { ok: true, reservations };
      });
    } catch (error) {
      if (error instanceof BulkRollback) return error.outcome;
      throw error;
    }
  }

  /** Cancels the given BOOKED reservations and gives their places back, in one transaction. */
  async cancel(
    em: EntityManager,
    reservationIds: string[],
    cancellation: { by: CancelledBy; reason: string | null },
    listeners: readonly ReservationListener[],
  ): Promise<CancelledReservation[]> {
    return em.transactional(async (tx) => {
      const rows = await sql<ReservationRow & { venue_id: string }>(
        tx,
        `update reservation set status = 'CANCELLED', cancelled_at = now(), cancel_reason = ?
          where id = any(?::uuid[]) and status = 'BOOKED'
          returning ${COLUMNS},
                    (select s.venue_id from slot_booking_view s where s.id = reservation.slot_id) as venue_id`,
        [cancellation.reason, pgArray(reservationIds)],
      );
      const cancelled = rows.map((row) => ({ ...toView(row), venueId: row.venue_id }));
      if (cancelled.length > 0) {
        for (const listener of listeners)
          await listener.cancelled(tx, cancelled, cancellation.by, cancellation.reason);
      }
      for (const slotId of rows.map((r) => r.slot_id).sort()) {
        await sql(tx, `select release_slot_places(1, ?)`, [slotId]);
      }
      return cancelled;
    });
  }

  /**
   * A change's reservation rows (予約変更), in the caller's transaction: locks them in id order, checks each
   * is still BOOKED in the slot the change was decided on (undefined when not: changed or cancelled
   * meanwhile), moves them and stores the answer under the idempotency key (a concurrent retry's key makes
   * it throw; see `outcomeOf`). The slot counts follow with `moveSlots`.
   */
  async moveRows(
    tx: EntityManager,
    ticketId: string,
    moves: readonly { reservationId: string; fromSlotId: string; toSlotId: string }[],
    idempotency: { key: string; request: ChangeRequestFingerprint } | null,
  ): Promise<ReservationView[] | undefined> {
    const ids = moves.map((m) => m.reservationId);
    const locked = await sql<{ id: string; slot_id: string; status: ReservationStatus }>(
      tx,
      `select id, slot_id, status from reservation where id = any(?::uuid[]) and ticket_id = ? order by id for update`,
      [pgArray(ids), ticketId],
    );
    const from = new Map(moves.map((m) => [m.reservationId, m.fromSlotId]));
    if (
      locked.length !== moves.length ||
      locked.some((r) => r.status !== 'BOOKED' || r.slot_id !== from.get(r.id))
    )
      return undefined;
    const rows = await sql<ReservationRow>(
      tx,
      `update reservation set slot_id = c.slot_id
         from unnest(?::uuid[], ?::uuid[]) as c (id, slot_id)
        where reservation.id = c.id
        returning ${COLUMNS.split(', ')
          .map((column) => `reservation.${column}`)
          .join(', ')}`,
      [pgArray(ids), pgArray(moves.map((m) => m.toSlotId))],
    );
    rows.sort((a, b) => a.dose - b.dose);
    if (idempotency) {
      const previousSlotIds = rows.map((r) => from.get(r.id)!);
      const remember = rememberKeys([
        {
          ticketId,
          key: idempotency.key,
          request: idempotency.request,
          result: { ok: true, reservations: rows, previousSlotIds },
        },
      ]);
      for (const statement of remember) await sql(tx, statement.sql, statement.params);
    }
    return rows.map(toView);
  }

  /**
   * A change's slot counts, in the caller's transaction and in id order (the order every booking locks
   * them): a slot that gains places is raised by `raise_slot_places` (which throws when they do not fit,
   * rolling the change back), a slot that loses them gives them back.
   */
  async moveSlots(tx: EntityManager, delta: ReadonlyMap<string, number>): Promise<void> {
    for (const slotId of [...delta.keys()].sort()) {
      const places = delta.get(slotId)!;
      if (places > 0) {
        const raise = RAISE_SLOT.call([places, slotId]);
        await sql(tx, raise.sql, raise.params);
      } else if (places < 0) {
        await sql(tx, `select release_slot_places(?, ?)`, [-places, slotId]);
      }
    }
  }

  /** The BOOKED ones of these reservations, with every later BOOKED dose of the same tickets. */
  async withLaterBookedDoses(em: EntityManager, reservationIds: string[]): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `select r.id from reservation r
        where r.status = 'BOOKED'
          and (r.id = any(?::uuid[])
               or exists (select 1 from reservation a
                           where a.id = any(?::uuid[]) and a.status = 'BOOKED'
                             and a.ticket_id = r.ticket_id and a.dose < r.dose))`,
      [pgArray(reservationIds), pgArray(reservationIds)],
    );
    return rows.map((row) => row.id);
  }

  /** BOOKED reservations of these tickets whose slot has not started yet, one statement. */
  async bookedUpcomingOfTickets(em: EntityManager, ticketIds: string[]): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `select r.id from reservation r join slot_booking_view s on s.id = r.slot_id
        where r.ticket_id = any(?::uuid[]) and r.status = 'BOOKED' and s.starts_at > now()`,
      [pgArray(ticketIds)],
    );
    return rows.map((row) => row.id);
  }

  /** BOOKED reservations in the slots, with the other dose of each set they belong to. */
  async bookedInSlotsWithPartners(em: EntityManager, slotIds: string[]): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `select r.id from reservation r
        where r.status = 'BOOKED'
          and (r.slot_id = any(?::uuid[])
               or r.pair_id in (select pair_id from reservation
                                 where slot_id = any(?::uuid[]) and status = 'BOOKED' and pair_id is not null))`,
      [pgArray(slotIds), pgArray(slotIds)],
    );
    return rows.map((row) => row.id);
  }

  /** A venue's slots that start in [from, to), locked in id order (the order every booking locks them). */
  async lockVenueSlotsBetween(tx: EntityManager, venueId: string, from: Date, to: Date): Promise<string[]> {
    const rows = await sql<{ id: string }>(tx, `select id from lock_venue_slots(?, ?, ?) as locked (id)`, [
      venueId,
      from,
      to,
    ]);
    return rows.map((row) => row.id);
  }

  /** Takes OPEN slots out of service; returns the ones it closed. */
  async closeSlots(tx: EntityManager, slotIds: string[]): Promise<string[]> {
    if (slotIds.length === 0) return [];
    const rows = await sql<{ id: string }>(tx, `select id from close_open_slots(?::uuid[]) as closed (id)`, [
      pgArray(slotIds),
    ]);
    return rows.map((row) => row.id);
  }

  /** Holds a reservation's row until the caller's transaction ends (a venue action reads, changes, audits). */
  async lock(tx: EntityManager, id: string): Promise<void> {
    await sql(tx, `select id from reservation where id = ? for update`, [id]);
  }

  async markCheckedIn(tx: EntityManager, id: string): Promise<void> {
    await sql(tx, `update reservation set checked_in_at = now() where id = ?`, [id]);
  }

  /** Undoes a venue action (issue 15); false when the reservation was not in that state. */
  async undoVenueAction(
    tx: EntityManager,
    id: string,
    action: 'CHECK_IN' | 'NO_SHOW' | 'VACCINATION',
  ): Promise<boolean> {
    const statement = {
      CHECK_IN: `update reservation set checked_in_at = null where id = ? and status = 'BOOKED' and checked_in_at is not null returning id`,
      NO_SHOW: `update reservation set status = 'BOOKED' where id = ? and status = 'NO_SHOW' returning id`,
      VACCINATION: `update reservation set status = 'BOOKED' where id = ? and status = 'VACCINATED' returning id`,
    }[action];
    return (await sql(tx, statement, [id])).length > 0;
  }

  async markNoShow(tx: EntityManager, id: string): Promise<void> {
    await sql(tx, `update reservation set status = 'NO_SHOW' where id = ? and status = 'BOOKED'`, [id]);
  }

  async markVaccinated(tx: EntityManager, id: string): Promise<void> {
    await sql(
      tx,
      `update reservation set status = 'VACCINATED', checked_in_at = coalesce(checked_in_at, now()) where id = ?`,
      [id],
    );
  }

  async findById(em: EntityManager, id: string): Promise<ReservationView | undefined> {
    const [row] = await sql<ReservationRow>(em, `select ${COLUMNS} from reservation where id = ?`, [id]);
    return row && toView(row);
  }

  async bookedIdsOfPair(em: EntityManager, pairId: string): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `select id from reservation where pair_id = ? and status = 'BOOKED'`,
      [pairId],
    );
    return rows.map((r) => r.id);
  }

  async findByPair(em: EntityManager, pairId: string): Promise<ReservationView[]> {
    const rows = await sql<ReservationRow>(
      em,
      `select ${COLUMNS} from reservation where pair_id = ? order by dose`,
      [pairId],
    );
    return rows.map(toView);
  }

  async findByTicket(em: EntityManager, ticketId: string): Promise<ReservationView[]> {
    const rows = await sql<ReservationRow>(
      em,
      `select ${COLUMNS} from reservation where ticket_id = ? order by dose, created_at`,
      [ticketId],
    );
    return rows.map(toView);
  }

  /** activeDosesOf for many tickets in one statement. */
  async activeDosesOfMany(em: EntityManager, ticketIds: string[]) {
    const rows = await sql<{
      ticket_id: string;
      dose: number;
      slot_id: string;
      vaccine_id: string;
      starts_at: string;
      venue_id: string;
    }>(
      em,
      `select r.ticket_id, r.dose, r.slot_id, s.vaccine_id, s.starts_at, s.venue_id
         from reservation r join slot_booking_view s on s.id = r.slot_id
        where r.ticket_id = any(?::uuid[]) and r.status in ('BOOKED', 'VACCINATED')`,
      [pgArray(ticketIds)],
    );
    const byTicket = new Map<
      string,
      { dose: number; slotId: string; vaccineId: string; startsAt: Date; venueId: string }[]
    >();
    for (const row of rows) {
      let list = byTicket.get(row.ticket_id);
      if (!list) byTicket.set(row.ticket_id, (list = []));
      list.push({
        dose: row.dose,
        slotId: row.slot_id,
        vaccineId: row.vaccine_id,
        startsAt: pgTimestamp(row.starts_at),
        venueId: row.venue_id,
      });
    }
    return byTicket;
  }
}
