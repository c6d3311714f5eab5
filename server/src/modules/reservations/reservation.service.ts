import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.js';
import { Conflict } from '../../shared/errors.js';
import { Batcher } from '../../shared/batcher.js';
import { answeredFromMemory } from '../../shared/request-scope.js';
import { pgTimestamp } from '../../shared/sql.js';
import { addDays, daysBetween, fromLocal, localDateOf, toLocal } from '../../shared/time.js';
import { notFound } from '../../shared/errors.js';
import { requireRecipient, requireSiteAdmin } from '../auth/access.js';
import { siteCancellationCutoffHours } from '../sites/site.service.js';
import { vaccineDoseRules } from '../vaccines/vaccine.service.js';
import type { DomainEvent, DomainEvents, EventSink, MessageEventSink } from '../../shared/domain-events.js';
import {
  markSlotCancelled,
  remainingOf,
  slotAt,
  slotById,
  slotsAt,
  slotsByIds,
  slotViewOf,
} from '../slots/slot.service.js';
import type { SlotView } from '../slots/slot.types.js';
import type { MadeBy } from './reservation.entity.js';
import type { CancelledBy, ReservationListener } from './reservation.events.js';
import {
  outcomeOf,
  ReservationRepository,
  reservationsOf,
  type ChangeRequestFingerprint,
  type BookingContextRow,
  type BookingFactsQuery,
  type BookingFactsRow,
  type BookingOutcome,
  type BookingRequestFingerprint,
  type BulkBookingOutcome,
  type CancelledReservation,
  type NewBooking,
  type ReservationView,
  type StoredBooking,
} from './reservation.repository.js';
import { GroupCommit } from './group-commit.js';
import { SlotGate } from './slot-gate.js';
import type { AvailabilityView } from '../slots/availability-view.js';
import {
  BookingErrorCode,
  CancellationErrorCode,
  type BookReservationInput,
  type BookReservationResult,
  type CancelReservationInput,
  type CancelReservationResult,
  ChangeErrorCode,
  type ChangeReservationInput,
  type ChangeReservationResult,
} from './reservation.types.js';

/** The reservation's statuses and makers, for other modules' GraphQL types. */
export { MadeBy, ReservationStatus } from './reservation.entity.js';

export interface BookingContext {
  siteId: string;
  bookingMode: 'SEPARATE' | 'SET';
  bookingOpensAt: Date | null;
  timeZone: string;
  registered: boolean;
}

export interface VaccineRule {
  doses: number;
  intervalDays: number;
  windowDays: number;
}

export interface ActiveDose {
  dose: number;
  slotId: string;
  vaccineId: string;
  startsAt: Date;
  venueId: string;
}

/** What the booking rules look at, loaded one booking at a time or for a whole bulk file at once. */
export interface BookingFacts {
  context: BookingContext | undefined;
  slot: SlotView | undefined;
  rule: VaccineRule | undefined;
  active: readonly ActiveDose[];
  /** The dose-2 slot of a set: the chosen one, or the one exactly the interval later (undefined when none). */
  second: SlotView | undefined;
}

export interface BookingRequest {
  slotId: string;
  dose: number;
  secondDoseSlotId?: string | null;
  /** Book dose 1 and 2 as a set even on a SEPARATE site (bulk files say "set"). */
  asSet?: boolean;
  /** A client's retry with the same key gets the first answer instead of a second booking. */
  idempotencyKey?: string | null;
}

export type BookingDecision =
  | { ok: true; items: { slotId: string; dose: number }[]; touched: SlotView[] }
  | { ok: false; result: BookReservationResult };

const refuse = (code: BookingErrorCode, message: string): BookReservationResult => ({
  ok: false,
  reservations: [],
  error: { code, message },
});

/** A ticket's site settings as the rules read them, from either the one-booking or the bulk read. */
function toBookingContext(row: BookingContextRow): BookingContext {
  return {
    siteId: row.site_id,
    bookingMode: row.booking_mode,
    bookingOpensAt: row.booking_opens_at ? pgTimestamp(row.booking_opens_at) : null,
    timeZone: row.time_zone,
    registered: row.registered,
  };
}

/**
 * A plain dose-1 request (no dose-2 slot chosen, not booked as a set by a file or a change): the only kind
 * whose refusal the availability view learns and answers from memory.
 */
function isPlainDoseOne(request: BookingRequest): boolean {
  return request.dose === 1 && !request.secondDoseSlotId && !request.asSet;
}

function wantsSet(context: BookingContext, rule: VaccineRule, request: BookingRequest): boolean {
  return request.dose === 1 && rule.doses >= 2 && (context.bookingMode === 'SET' || request.asSet === true);
}

function unavailableReason(slot: SlotView, now: number): string | undefined {
  if (slot.status === 'CLOSED') return 'This slot is closed to new bookings';
  if (slot.status !== 'OPEN') return 'This slot was cancelled';
  if (slot.startsAt.getTime() <= now) return 'This slot has already started';
  return undefined;
}

function intervalError(
  previousStartsAt: Date,
  slot: SlotView,
  rule: VaccineRule,
  timeZone: string,
): BookReservationResult | undefined {
  const days = daysBetween(localDateOf(previousStartsAt, timeZone), localDateOf(slot.startsAt, timeZone));
  if (days < rule.intervalDays) {
    return refuse(
      BookingErrorCode.INTERVAL_TOO_SHORT,
      `Dose 2 must be at least ${rule.intervalDays} days after dose 1`,
    );
  }
  if (days > rule.intervalDays + rule.windowDays) {
    return refuse(
      BookingErrorCode.INTERVAL_TOO_LONG,
      `Dose 2 must be within ${rule.intervalDays + rule.windowDays} days of dose 1`,
    );
  }
  return undefined;
}

const secondDoseStarts = new Map<string, number>();

/** Where dose 2 of a set lands by default: same venue and wall-clock time, exactly the interval later. */
export function defaultSecondDoseStart(first: SlotView, rule: VaccineRule, timeZone: string): Date {
  // Remembered: three Intl formatToParts calls per set booking were 3% of the server's time in a rush,
  // where every attempt asks about the same few slots.
  const key = `${first.startsAt.getTime()} ${rule.intervalDays} ${timeZone}`;
  let at = secondDoseStarts.get(key);
  if (at === undefined) {
    const local = toLocal(first.startsAt, timeZone);
    at = fromLocal(addDays(local.date, rule.intervalDays), local.minutes, timeZone).getTime();
    if (secondDoseStarts.size >= 10_000) secondDoseStarts.clear();
    secondDoseStarts.set(key, at);
  }
  return new Date(at);
}

/**
 * Every booking rule, as a pure function of the facts: a recipient's own booking, an admin's proxy booking
 * and each row of a bulk file are judged here alike. The database still has the last word on capacity.
 */
export function decideBooking(
  facts: BookingFacts,
  request: BookingRequest,
  madeBy: MadeBy,
  now: number,
): BookingDecision {
  const no = (result: BookReservationResult): BookingDecision => ({ ok: false, result });
  const { context, slot, rule, active } = facts;
  if (!context) return no(refuse(BookingErrorCode.NOT_ELIGIBLE, 'This ticket is not active'));
  if (!context.registered && madeBy === 'SELF') {
    return no(refuse(BookingErrorCode.REGISTRATION_REQUIRED, 'Register your profile before booking'));
  }
  if (context.bookingOpensAt && context.bookingOpensAt.getTime() > now && madeBy === 'SELF') {
    return no(
      refuse(BookingErrorCode.NOT_OPEN_YET, `Bookings open at ${context.bookingOpensAt.toISOString()}`),
    );
  }
  if (!slot || slot.siteId !== context.siteId || !rule)
    return no(refuse(BookingErrorCode.SLOT_NOT_FOUND, 'No such slot on this site'));
  const unavailable = unavailableReason(slot, now);
  if (unavailable) return no(refuse(BookingErrorCode.SLOT_UNAVAILABLE, unavailable));
  if (request.dose > rule.doses)
    return no(refuse(BookingErrorCode.NOT_ELIGIBLE, `This vaccine has ${rule.doses} dose(s)`));

  if (active.some((a) => a.dose === request.dose))
    return no(refuse(BookingErrorCode.ALREADY_BOOKED, `Dose ${request.dose} is already booked`));
  if (request.dose > 1) {
    const previous = active.find((a) => a.dose === request.dose - 1);
    if (!previous) return no(refuse(BookingErrorCode.NOT_ELIGIBLE, `Book dose ${request.dose - 1} first`));
    if (previous.vaccineId !== slot.vaccineId)
      return no(refuse(BookingErrorCode.NOT_ELIGIBLE, 'Use the same vaccine as the previous dose'));
    const tooFar = intervalError(previous.startsAt, slot, rule, context.timeZone);
    if (tooFar) return no(tooFar);
  }

  const items = [{ slotId: slot.id, dose: request.dose }];
  const touched: SlotView[] = [slot];
  if (wantsSet(context, rule, request)) {
    const secondUnavailable = no(
      refuse(
        BookingErrorCode.SECOND_DOSE_UNAVAILABLE,
        'No free slot for dose 2 at the interval; nothing was booked',
      ),
    );
    const second = facts.second;
    if (request.secondDoseSlotId) {
      if (!second || second.venueId !== slot.venueId || second.vaccineId !== slot.vaccineId)
        return secondUnavailable;
      const wrongInterval = intervalError(slot.startsAt, second, rule, context.timeZone);
      if (wrongInterval) return no(wrongInterval);
    }
    if (!second || unavailableReason(second, now) || remainingOf(second) <= 0) return secondUnavailable;
    items.push({ slotId: second.id, dose: 2 });
    touched.push(second);
  }
  // Cheap answer for the crowd at a full slot; the conditional UPDATE in the repository stays the authority.
  if (remainingOf(slot) <= 0) return no(refuse(BookingErrorCode.SLOT_FULL, 'This slot is full'));
  return { ok: true, items, touched };
}

/** What a committed booking tells subscribers, one event per reservation (both doses of a set). */
function bookedEvents(
  reservations: readonly ReservationView[],
  slots: readonly { id: string; venueId: string }[],
): DomainEvent[] {
  const venueOf = new Map(slots.map((s) => [s.id, s.venueId]));
  return reservations.map((r) => ({
    type: 'reservation.booked',
    reservationId: r.id,
    ticketId: r.ticketId,
    siteId: r.siteId,
    venueId: venueOf.get(r.slotId)!,
    slotId: r.slotId,
    dose: r.dose,
    pairId: r.pairId,
    madeBy: r.madeBy,
    at: r.createdAt.toISOString(),
  }));
}

function cancelledEvents(
  cancelled: readonly CancelledReservation[],
  cancellation: { by: CancelledBy; reason: string | null },
): DomainEvent[] {
  return cancelled.map((r) => ({
    type: 'reservation.cancelled',
    reservationId: r.id,
    ticketId: r.ticketId,
    siteId: r.siteId,
    venueId: r.venueId,
    slotId: r.slotId,
    dose: r.dose,
    cancelledBy: cancellation.by,
    reason: cancellation.reason,
    at: (r.cancelledAt ?? new Date()).toISOString(),
  }));
}

/**
 * A booking's idempotency key, every use of it in one place: the request it stands for, the answer stored
 * under it (with the booking's rows, or a refusal), and the replay of that answer to a retry.
 */
class BookingKey {
  private constructor(
    private readonly ticketId: string,
    readonly key: string,
    private readonly request: BookingRequestFingerprint,
  ) {}

  static of(ticketId: string, input: BookingRequest): BookingKey | undefined {
    if (!input.idempotencyKey) return undefined;
    return new BookingKey(ticketId, input.idempotencyKey, {
      slotId: input.slotId,
      dose: input.dose,
      secondDoseSlotId: input.secondDoseSlotId ?? null,
    });
  }

  /** What the repository stores with the booking's rows, in the booking's own transaction. */
  get stored(): { key: string; request: BookingRequestFingerprint } {
    return { key: this.key, request: this.request };
  }

  /** The first answer given under this key; CONFLICT when the key was used for a different booking. */
  replay(stored: StoredBooking): BookReservationResult {
    const request = this.request;
    // A change's key (ChangeKey) has none of these fields, so it never passes for a booking's.
    const earlier = stored.request as Partial<BookingRequestFingerprint>;
    const same =
      earlier.slotId === request.slotId &&
      earlier.dose === request.dose &&
      (earlier.secondDoseSlotId ?? null) === request.secondDoseSlotId;
    if (!same) {
      throw new Conflict(
        'This idempotency key was already used for a different booking; use a new key for a new booking',
        { field: 'idempotencyKey' },
      );
    }
    const result = stored.result!;
    return result.ok
      ? { ok: true, reservations: reservationsOf(result), replayed: true }
      : {
          ok: false,
          reservations: [],
          error: { code: result.error.code as BookingErrorCode, message: result.error.message },
          replayed: true,
        };
  }

  /** A refusal, stored under the key (or the answer a concurrent retry stored first). */
  async refused(
    em: EntityManager,
    repository: ReservationRepository,
    result: BookReservationResult,
  ): Promise<BookReservationResult> {
    if (!result.error) return result;
    const earlier = await repository.rememberRefusal(em, this.ticketId, this.key, this.request, result.error);
    return earlier?.result ? this.replay(earlier) : result;
  }

  /** When the write found the key already stored by a concurrent retry: that retry's answer, if it has one. */
  async concurrentAnswer(
    em: EntityManager,
    repository: ReservationRepository,
  ): Promise<BookReservationResult | undefined> {
    const stored = await repository.storedBooking(em, this.ticketId, this.key);
    return stored?.result ? this.replay(stored) : undefined;
  }
}

const refuseChange = (code: ChangeErrorCode, message: string): ChangeReservationResult => ({
  ok: false,
  reservations: [],
  previousSlotIds: [],
  error: { code, message },
});

/** Thrown inside a change's transaction to roll it back with the answer to give. */
class ChangeRefused extends Error {
  constructor(readonly result: ChangeReservationResult) {
    super(result.error?.code ?? 'refused');
  }
}

/** One reservation's move: which row, from which slot, to which. */
export interface PlannedMove {
  reservationId: string;
  fromSlotId: string;
  toSlotId: string;
}

/** The booking facts for the new slot(s), and the reservations that move (dose order) with their slots. */
export interface ChangeFacts extends BookingFacts {
  moving: readonly { id: string; dose: number; slot: SlotView }[];
}

/**
 * Every rule of a change (予約変更), as a pure function of the facts: the booking rules for the new slot(s)
 * (`decideBooking`), judged as if the moving reservations had already given their places back, and the
 * vaccine and interval of a later dose that stays where it is. A set (dose 1 with its dose 2) moves whole.
 */
export function decideChange(
  facts: ChangeFacts,
  request: { newSlotId: string; newSecondDoseSlotId: string | null },
  madeBy: MadeBy,
  now: number,
): { ok: true; moves: PlannedMove[]; touched: SlotView[] } | { ok: false; result: ChangeReservationResult } {
  const no = (code: ChangeErrorCode, message: string) => ({
    ok: false as const,
    result: refuseChange(code, message),
  });
  const first = facts.moving[0]!;
  const movingSet = facts.moving.length > 1;
  if (first.slot.id === request.newSlotId)
    return no(ChangeErrorCode.SAME_SLOT, 'The reservation is already in this slot');
  const freed = (slot: SlotView | undefined) =>
    slot && { ...slot, reserved: slot.reserved - facts.moving.filter((m) => m.slot.id === slot.id).length };
  const decision = decideBooking(
    {
      ...facts,
      context: facts.context && { ...facts.context, bookingMode: movingSet ? 'SET' : 'SEPARATE' },
      slot: freed(facts.slot),
      second: freed(facts.second),
      active: facts.active.filter((a) => !facts.moving.some((m) => m.dose === a.dose)),
    },
    {
      slotId: request.newSlotId,
      dose: first.dose,
      secondDoseSlotId: movingSet ? request.newSecondDoseSlotId : null,
      asSet: movingSet,
    },
    madeBy,
    now,
  );
  if (!decision.ok) {
    const { code, message } = decision.result.error!;
    return code === BookingErrorCode.ALREADY_BOOKED
      ? no(ChangeErrorCode.NOT_CHANGEABLE, message)
      : no(code, message);
  }
  const slot = decision.touched[0]!;
  const later = movingSet ? undefined : facts.active.find((a) => a.dose === first.dose + 1);
  if (later && facts.rule && facts.context) {
    if (later.vaccineId !== slot.vaccineId)
      return no(ChangeErrorCode.NOT_ELIGIBLE, `Use the same vaccine as dose ${later.dose}`);
    const tooFar = intervalError(
      slot.startsAt,
      { ...slot, startsAt: later.startsAt },
      facts.rule,
      facts.context.timeZone,
    );
    if (tooFar) return no(tooFar.error!.code as ChangeErrorCode, tooFar.error!.message);
  }
  const moves = decision.items
    .map((item) => {
      const held = facts.moving.find((m) => m.dose === item.dose)!;
      return { reservationId: held.id, fromSlotId: held.slot.id, toSlotId: item.slotId };
    })
    .filter((move) => move.fromSlotId !== move.toSlotId);
  return { ok: true, moves, touched: decision.touched };
}

/** A change's idempotency key, stored in the same table as a booking's; `kind` keeps the two apart. */
class ChangeKey {
  private constructor(
    private readonly ticketId: string,
    readonly key: string,
    private readonly request: ChangeRequestFingerprint,
  ) {}

  static of(ticketId: string, input: ChangeReservationInput): ChangeKey | undefined {
    if (!input.idempotencyKey) return undefined;
    return new ChangeKey(ticketId, input.idempotencyKey, {
      kind: 'change',
      reservationId: input.reservationId,
      newSlotId: input.newSlotId,
      newSecondDoseSlotId: input.newSecondDoseSlotId ?? null,
    });
  }

  get stored(): { key: string; request: ChangeRequestFingerprint } {
    return { key: this.key, request: this.request };
  }

  replay(stored: StoredBooking): ChangeReservationResult {
    const earlier = stored.request as Partial<ChangeRequestFingerprint>;
    const same =
      earlier.kind === 'change' &&
      earlier.reservationId === this.request.reservationId &&
      earlier.newSlotId === this.request.newSlotId &&
      (earlier.newSecondDoseSlotId ?? null) === this.request.newSecondDoseSlotId;
    if (!same) {
      throw new Conflict(
        'This idempotency key was already used for a different request; use a new key for a new change',
        { field: 'idempotencyKey' },
      );
    }
    const result = stored.result!;
    return result.ok
      ? { ok: true, reservations: reservationsOf(result), previousSlotIds: result.previousSlotIds ?? [] }
      : refuseChange(result.error.code as ChangeErrorCode, result.error.message);
  }

  async refused(
    em: EntityManager,
    repository: ReservationRepository,
    result: ChangeReservationResult,
  ): Promise<ChangeReservationResult> {
    if (!result.error) return result;
    const earlier = await repository.rememberRefusal(em, this.ticketId, this.key, this.request, result.error);
    return earlier?.result ? this.replay(earlier) : result;
  }

  async storedAnswer(
    em: EntityManager,
    repository: ReservationRepository,
  ): Promise<ChangeReservationResult | undefined> {
    const stored = await repository.storedBooking(em, this.ticketId, this.key);
    return stored?.result ? this.replay(stored) : undefined;
  }
}

/** Where a change writes its audit entry, in its own transaction (the audit module's `AuditService`). */
export interface ChangeAudit {
  record(
    em: EntityManager,
    principal: Principal,
    entry: {
      siteId: string | null;
      action: string;
      targetType: string;
      targetId: string;
      before: unknown;
      after: unknown;
    },
  ): Promise<void>;
}

/** What an event about a reservation names; the venue's view of a reservation has it all. */
export interface ReservationRef {
  id: string;
  ticketId: string;
  siteId: string;
  venueId: string;
  slotId: string;
  dose: number;
}

function eventFieldsOf(reservation: ReservationRef) {
  return {
    reservationId: reservation.id,
    ticketId: reservation.ticketId,
    siteId: reservation.siteId,
    venueId: reservation.venueId,
    slotId: reservation.slotId,
    dose: reservation.dose,
    at: new Date().toISOString(),
  };
}

/** One booking through the engine's door. */
export interface OneBooking {
  ticketId: string;
  madeBy: MadeBy;
  request: BookingRequest;
}

/** A bulk file's rows and the plan `planBulk` made of them, written all or nothing. */
export interface FileBooking {
  madeBy: MadeBy;
  rows: readonly BulkBookingRow[];
  plan: readonly BulkPlanEntry[];
}

export interface BulkBookingRow {
  ticketId: string;
  request: BookingRequest;
}

export type BulkPlanEntry =
  | { kind: 'book'; siteId: string; items: { slotId: string; dose: number }[]; touched: SlotView[] }
  | { kind: 'unchanged' }
  | { kind: 'refused'; code: BookingErrorCode; message: string };

/** A booking waiting in the group commit, with the EntityManager of its request. */
interface QueuedBooking {
  em: EntityManager;
  booking: NewBooking;
}

const fulfilled = <T>(value: T): PromiseFulfilledResult<T> => ({ status: 'fulfilled', value });

/** How many of the queued bookings, in order of arrival, fit in the places the full slot had left. */
function fittingCount(
  queued: readonly QueuedBooking[],
  full: { slotId: string; freePlaces: number },
): number {
  let left = full.freePlaces;
  let count = 0;
  for (const { booking } of queued) {
    left -= booking.items.filter((item) => item.slotId === full.slotId).length;
    if (left < 0) break;
    count += 1;
  }
  return count;
}

/** Booking and cancelling: every rule is checked here, then reservation.repository.ts writes atomically. */
export class ReservationService {
  private readonly repository = new ReservationRepository();
  /** Keeps all but a few bookings per slot out of the row lock; the rest wait in memory or learn it is full. */
  private readonly gate: SlotGate;
  /** Concurrent bookings outside a caller's transaction share one facts statement. */
  private readonly factsReader = new Batcher<
    { em: EntityManager; query: BookingFactsQuery },
    BookingFactsRow
  >((keys) =>
    this.repository.bookingFacts(
      keys[0]!.em,
      keys.map((k) => k.query),
    ),
  );

  /** Bookings of the same slots that wait while one commit runs go together in the next. */
  private readonly writes = new GroupCommit<QueuedBooking, BookingOutcome>((queued) =>
    this.bookQueued(queued),
  );

  private readonly audit: ChangeAudit | undefined;
  /** Slots known full on this instance: a recipient's booking of one is refused without a round trip. */
  private readonly view: AvailabilityView | undefined;

  constructor(
    private readonly events: DomainEvents,
    private readonly listeners: readonly ReservationListener[] = [],
    options: {
      bookingsInFlightPerSlot?: number;
      audit?: ChangeAudit;
      availabilityView?: AvailabilityView;
    } = {},
  ) {
    this.gate = new SlotGate(options.bookingsInFlightPerSlot ?? 8);
    this.audit = options.audit;
    this.view = options.availabilityView;
  }

  /** A recipient books for themself. */
  async bookOwn(
    em: EntityManager,
    principal: Principal,
    input: BookReservationInput,
  ): Promise<BookReservationResult> {
    const { ticketId, siteId } = requireRecipient(principal);
    // The crowd at a sold-out slot, answered from memory. A keyed request goes to the database: its answer
    // is stored under the key (and a retry of an earlier answer is replayed).
    const plain = !input.idempotencyKey && isPlainDoseOne(input);
    const view = this.view;
    const known = plain ? view?.refusalFor(input.slotId, siteId) : undefined;
    // The same refusal for anyone of this site, while the view still knows the slot full the same way.
    if (known && view) answeredFromMemory(() => view.refusalFor(input.slotId, siteId) === known);
    if (known === 'SLOT_FULL') return refuse(BookingErrorCode.SLOT_FULL, 'This slot is full');
    if (known)
      return refuse(
        BookingErrorCode.SECOND_DOSE_UNAVAILABLE,
        'No free slot for dose 2 at the interval; nothing was booked',
      );
    return this.book(em, { ticketId, madeBy: 'SELF', request: input });
  }

  /**
   * The booking engine's one door: a recipient's own booking, an admin's proxy booking and a bulk file's
   * rows (planned by `planBulk` with the same rules) are all written here, and nothing else writes
   * `reservation`, `slot.reserved` or `booking_idempotency`. Inside a caller's transaction, pass that
   * caller's `events`: they are published when it commits. Outside one, a single booking commits on its
   * own and its events are published right after.
   */
  book(em: EntityManager, booking: OneBooking, events?: EventSink): Promise<BookReservationResult>;
  book(em: EntityManager, booking: FileBooking, events: EventSink): Promise<BulkBookingOutcome>;
  async book(
    em: EntityManager,
    booking: OneBooking | FileBooking,
    events?: EventSink,
  ): Promise<BookReservationResult | BulkBookingOutcome> {
    if ('plan' in booking) return this.bookFile(em, events!, booking);
    const { ticketId, request: input, madeBy } = booking;
    if (events) return this.bookRecording(em, events, ticketId, input, madeBy);
    if (em.getTransactionContext())
      throw new Error(
        "A booking inside a caller's transaction records its events in that caller's unit of work",
      );
    return this.events.afterCommit((sink) => this.bookRecording(em, sink, ticketId, input, madeBy, sink));
  }

  /**
   * Books and records the booking's events in `events` once the write succeeded. A booking that commits on
   * its own (`inMessage`, the sink of `afterCommit`) appends them to the event log inside its own message;
   * otherwise the caller's unit of work appends them before it commits.
   */
  private async bookRecording(
    em: EntityManager,
    events: EventSink,
    ticketId: string,
    input: BookingRequest,
    madeBy: MadeBy,
    inMessage?: MessageEventSink,
  ): Promise<BookReservationResult> {
    const key = BookingKey.of(ticketId, input);
    const refused = (result: BookReservationResult) =>
      key ? key.refused(em, this.repository, result) : result;
    const readAt = performance.now();
    // Reads in a caller's transaction may see its own uncommitted rows: only committed reads teach the view.
    const learning = em.getTransactionContext() ? undefined : this.view;
    const mark = learning?.mark() ?? 0;
    const row = await this.readFacts(em, {
      ticketId,
      slotId: input.slotId,
      secondDoseSlotId: input.secondDoseSlotId ?? null,
      idempotencyKey: key?.key ?? null,
    });
    if (key && row.replay?.result) return key.replay(row.replay);
    const facts = await this.factsOf(em, row, input);
    const decision = decideBooking(facts, input, madeBy, Date.now());
    if (facts.context) learning?.learnSiteMode(facts.context.siteId, facts.context.bookingMode);
    if (!decision.ok) {
      const code = decision.result.error?.code;
      if (learning && facts.slot && remainingOf(facts.slot) <= 0) {
        const plain = isPlainDoseOne(input);
        if (code === BookingErrorCode.SLOT_FULL && plain)
          learning.learnRefusal(facts.slot, 'SLOT_FULL', facts.second?.id, mark);
        else if (code === BookingErrorCode.SECOND_DOSE_UNAVAILABLE && plain && facts.second)
          learning.learnRefusal(facts.slot, 'SECOND_DOSE_UNAVAILABLE', facts.second.id, mark);
        else learning.learn([facts.slot], mark);
      }
      return refused(decision.result);
    }

    // A caller's own transaction (a bulk booking) may already hold these rows' locks from an earlier
    // booking: it goes straight to the database rather than queue behind requests that wait for it.
    const admission = em.getTransactionContext()
      ? { admitted: true as const, release: () => undefined }
      : await this.gate.enter(
          decision.items.map((i) => i.slotId),
          readAt,
        );
    if (!admission.admitted) return refused(this.fullRefusal(admission.fullSlotId, input.slotId));
    const booking: NewBooking = {
      siteId: facts.context!.siteId,
      ticketId,
      madeBy,
      items: decision.items,
      idempotency: key ? key.stored : null,
    };
    // The events appended by the message that committed (a shared commit that failed is retried alone,
    // with new rows: the last call is the one that committed).
    let logged: DomainEvent[] | undefined;
    if (inMessage)
      booking.log = {
        events: (reservations) => (logged = bookedEvents(reservations, decision.touched)),
        append: (events) => inMessage.appendStatements(events),
      };
    let outcome;
    try {
      outcome = em.getTransactionContext()
        ? await this.repository.book(em, booking, this.listeners)
        : await this.writes.submit([...new Set(booking.items.map((i) => i.slotId))].sort().join(' '), {
            em,
            booking,
          });
    } finally {
      admission.release();
    }
    if (!outcome.ok) {
      if (outcome.reason === 'DUPLICATE_KEY') {
        const concurrent = await key?.concurrentAnswer(em, this.repository);
        if (concurrent) return concurrent;
      }
      if (outcome.reason === 'ALREADY_BOOKED' || outcome.reason === 'DUPLICATE_KEY')
        return refused(refuse(BookingErrorCode.ALREADY_BOOKED, 'This dose is already booked'));
      this.gate.markFull(outcome.slotId);
      const full = decision.touched.find((s) => s.id === outcome.slotId);
      const plain = isPlainDoseOne(input);
      if (full && plain && full.id === input.slotId)
        learning?.learnRefusal(full, 'SLOT_FULL', decision.touched[1]?.id, mark);
      else if (full) learning?.learnFull(full, mark);
      return refused(this.fullRefusal(outcome.slotId, input.slotId));
    }
    if (inMessage && logged) inMessage.recordAppended(...logged);
    else events.record(...bookedEvents(outcome.reservations, decision.touched));
    return { ok: true, reservations: outcome.reservations };
  }

  private fullRefusal(fullSlotId: string, firstSlotId: string): BookReservationResult {
    return fullSlotId === firstSlotId
      ? refuse(BookingErrorCode.SLOT_FULL, 'This slot is full')
      : refuse(BookingErrorCode.SECOND_DOSE_UNAVAILABLE, 'The slot for dose 2 is full; nothing was booked');
  }

  /**
   * One shared commit of the group commit: all of them in one message. When they do not all fit, the slot's
   * refusal says how many places it had left: the first that fit (in order of arrival) go together in one
   * more message, and the others are answered SLOT_FULL, as the gate answers every booking that read the
   * slot before it was found full. Anything else (a dose already booked, a key already used) and they are
   * booked one by one, each with its own answer.
   */
  private async bookQueued(
    queued: readonly QueuedBooking[],
  ): Promise<PromiseSettledResult<BookingOutcome>[]> {
    const oneByOne = async (bookings: readonly QueuedBooking[]) => {
      const outcomes: PromiseSettledResult<BookingOutcome>[] = [];
      for (const q of bookings)
        outcomes.push(...(await Promise.allSettled([this.repository.book(q.em, q.booking, this.listeners)])));
      return outcomes;
    };
    if (queued.length === 1) return oneByOne(queued);
    const together = await this.repository.bookTogether(
      queued[0]!.em,
      queued.map((q) => q.booking),
      this.listeners,
    );
    if (together.ok)
      return together.reservations.map((reservations) => fulfilled({ ok: true, reservations }));
    const fitting = together.full ? fittingCount(queued, together.full) : queued.length;
    if (fitting >= queued.length) return oneByOne(queued);
    const first = fitting > 0 ? await this.bookQueued(queued.slice(0, fitting)) : [];
    const rest = queued.slice(fitting);
    if (!first.every((r) => r.status === 'fulfilled' && r.value.ok))
      return [...first, ...(await oneByOne(rest))];
    // The first took every place the slot had left.
    const { slotId } = together.full!;
    const refusal: BookingOutcome = { ok: false, reason: 'SLOT_FULL', slotId, freePlaces: 0 };
    return [...first, ...rest.map(() => fulfilled(refusal))];
  }

  /** Outside a transaction, concurrent bookings share one read; inside a caller's, read in it. */
  private async readFacts(em: EntityManager, query: BookingFactsQuery): Promise<BookingFactsRow> {
    return em.getTransactionContext()
      ? (await this.repository.bookingFacts(em, [query]))[0]!
      : this.factsReader.load({ em, query });
  }

  /** The rules' view of the one-statement read. */
  private async factsOf(
    em: EntityManager,
    row: BookingFactsRow,
    input: BookingRequest,
  ): Promise<BookingFacts> {
    const context = row.context ? toBookingContext(row.context) : undefined;
    const slot = row.slot ? slotViewOf(row.slot) : undefined;
    const rule: VaccineRule | undefined = row.rule
      ? {
          doses: row.rule.doses,
          intervalDays: row.rule.dose_interval_days,
          windowDays: row.rule.interval_window_days,
        }
      : undefined;
    const active: ActiveDose[] = row.active.map((a) => ({
      dose: a.dose,
      slotId: a.slot_id,
      vaccineId: a.vaccine_id,
      startsAt: pgTimestamp(a.starts_at),
      venueId: a.venue_id,
    }));
    let second: SlotView | undefined;
    if (context && slot && rule && wantsSet(context, rule, input)) {
      if (input.secondDoseSlotId) {
        second = row.chosen_second ? slotViewOf(row.chosen_second) : undefined;
      } else {
        const startsAt = defaultSecondDoseStart(slot, rule, context.timeZone);
        second = row.interval_second ? slotViewOf(row.interval_second) : undefined;
        // PostgreSQL's zone arithmetic found it in the same statement; ask again if it disagrees with ours
        // (and for bulk "set" rows on a SEPARATE site, which the statement does not look for).
        if (second?.startsAt.getTime() !== startsAt.getTime()) {
          second = await slotAt(em, slot.venueId, slot.vaccineId, startsAt);
        }
      }
    }
    return {
      context,
      slot: slot && context && slot.siteId === context.siteId ? slot : undefined,
      rule,
      active,
      second,
    };
  }

  /**
   * Judges every row of a bulk booking file with the same rules as a single booking, in file order, as if
   * the rows were booked one after another: earlier rows use up places and doses for later ones. Facts are
   * loaded for the whole file in five statements. A row whose dose is already booked in the same slot is
   * `unchanged`, so importing the same file twice changes nothing.
   */
  async planBulk(
    em: EntityManager,
    rows: readonly BulkBookingRow[],
    madeBy: MadeBy,
  ): Promise<BulkPlanEntry[]> {
    if (rows.length === 0) return [];
    const ticketIds = [...new Set(rows.map((r) => r.ticketId))];
    const contexts = await this.contextsOf(em, ticketIds);
    const slotsById = new Map(
      (await slotsByIds(em, [...new Set(rows.map((r) => r.request.slotId))])).map((s) => [s.id, s]),
    );
    const rules = await this.vaccineRules(em, [...new Set([...slotsById.values()].map((s) => s.vaccineId))]);
    const activeByTicket = await this.repository.activeDosesOfMany(em, ticketIds);

    // Dose-2 slots of set rows, found in one statement by venue, vaccine and start.
    const secondKey = (venueId: string, vaccineId: string, startsAt: Date) =>
      `${venueId}|${vaccineId}|${startsAt.toISOString()}`;
    const wanted = new Map<string, { venueId: string; vaccineId: string; startsAt: Date }>();
    for (const row of rows) {
      const context = contexts.get(row.ticketId);
      const slot = slotsById.get(row.request.slotId);
      const rule = slot && rules.get(slot.vaccineId);
      if (!context || !slot || !rule || !wantsSet(context, rule, row.request)) continue;
      const startsAt = defaultSecondDoseStart(slot, rule, context.timeZone);
      wanted.set(secondKey(slot.venueId, slot.vaccineId, startsAt), {
        venueId: slot.venueId,
        vaccineId: slot.vaccineId,
        startsAt,
      });
    }
    const secondByKey = new Map<string, string>();
    for (const second of await slotsAt(em, [...wanted.values()])) {
      if (!slotsById.has(second.id)) slotsById.set(second.id, second);
      secondByKey.set(secondKey(second.venueId, second.vaccineId, second.startsAt), second.id);
    }

    const now = Date.now();
    return rows.map((row): BulkPlanEntry => {
      const context = contexts.get(row.ticketId);
      const slot = slotsById.get(row.request.slotId);
      const rule = slot && rules.get(slot.vaccineId);
      const active = activeByTicket.get(row.ticketId) ?? [];
      if (active.some((a) => a.dose === row.request.dose && a.slotId === row.request.slotId)) {
        return { kind: 'unchanged' };
      }
      let second: SlotView | undefined;
      if (context && slot && rule && wantsSet(context, rule, row.request)) {
        const id = secondByKey.get(
          secondKey(slot.venueId, slot.vaccineId, defaultSecondDoseStart(slot, rule, context.timeZone)),
        );
        second = id ? slotsById.get(id) : undefined;
      }
      const decision = decideBooking({ context, slot, rule, active, second }, row.request, madeBy, now);
      if (!decision.ok) {
        const error = decision.result.error!;
        return { kind: 'refused', code: error.code, message: error.message };
      }
      const booked: ActiveDose[] = [];
      for (const item of decision.items) {
        const itemSlot = slotsById.get(item.slotId)!;
        itemSlot.reserved += 1;
        booked.push({
          dose: item.dose,
          slotId: itemSlot.id,
          vaccineId: itemSlot.vaccineId,
          startsAt: itemSlot.startsAt,
          venueId: itemSlot.venueId,
        });
      }
      activeByTicket.set(row.ticketId, [...active, ...booked]);
      return { kind: 'book', siteId: context!.siteId, items: decision.items, touched: decision.touched };
    });
  }

  /** Writes a plan from planBulk in the caller's transaction: all rows or none (see ReservationRepository.bookMany). */
  private async bookFile(
    em: EntityManager,
    events: EventSink,
    { rows, plan, madeBy }: FileBooking,
  ): Promise<BulkBookingOutcome> {
    const bookings = rows.flatMap((row, index) => {
      const entry = plan[index]!;
      return entry.kind === 'book'
        ? [{ siteId: entry.siteId, ticketId: row.ticketId, madeBy, items: entry.items }]
        : [];
    });
    if (bookings.length === 0) return { ok: true, reservations: [] };
    const outcome = await this.repository.bookMany(em, bookings, this.listeners);
    if (outcome.ok) {
      const booked = bookedEvents(
        outcome.reservations,
        plan.flatMap((entry) => (entry.kind === 'book' ? entry.touched : [])),
      );
      // One call each: a file's 100,000 reservations as spread arguments would overflow the stack.
      for (const event of booked) events.record(event);
    }
    return outcome;
  }

  /**
   * Cancels BOOKED reservations in the caller's unit of work, with the listeners told; subscribers hear of
   * it once that unit commits (admin cancellations on a person's behalf, a venue's whole day).
   */
  async cancel(
    tx: EntityManager,
    events: EventSink,
    reservationIds: string[],
    cancellation: { by: CancelledBy; reason: string | null },
  ): Promise<CancelledReservation[]> {
    // A later dose is never left booked without the earlier one: it is cancelled with it (issue 18).
    const ids = await this.repository.withLaterBookedDoses(tx, reservationIds);
    const cancelled = await this.repository.cancel(tx, ids, cancellation, this.listeners);
    events.record(...cancelledEvents(cancelled, cancellation));
    return cancelled;
  }

  async cancelOwn(
    em: EntityManager,
    principal: Principal,
    input: CancelReservationInput,
  ): Promise<CancelReservationResult> {
    const { ticketId } = requireRecipient(principal);
    const reservation = await this.repository.findById(em, input.reservationId);
    if (!reservation || reservation.ticketId !== ticketId) {
      return {
        ok: false,
        cancelled: [],
        error: { code: CancellationErrorCode.RESERVATION_NOT_FOUND, message: 'No such reservation' },
      };
    }
    if (reservation.status !== 'BOOKED') {
      return {
        ok: false,
        cancelled: [],
        error: {
          code: CancellationErrorCode.NOT_CANCELLABLE,
          message: `The reservation is ${reservation.status}`,
        },
      };
    }
    const group = reservation.pairId
      ? await this.repository.findByPair(em, reservation.pairId)
      : [reservation];
    const toCancel = group.filter((r) => r.status === 'BOOKED');
    const slots = await slotsByIds(
      em,
      toCancel.map((r) => r.slotId),
    );
    const cutoffHours = await siteCancellationCutoffHours(em, reservation.siteId);
    const earliest = Math.min(...slots.map((s) => s.startsAt.getTime()));
    if (earliest - cutoffHours! * 3600_000 <= Date.now()) {
      return {
        ok: false,
        cancelled: [],
        error: {
          code: CancellationErrorCode.CUTOFF_PASSED,
          message: `Cancellations close ${cutoffHours} hours before the appointment; contact the site`,
        },
      };
    }
    const cancelled = await this.events.transaction(em, (tx, events) =>
      this.cancel(
        tx,
        events,
        toCancel.map((r) => r.id),
        { by: 'RECIPIENT', reason: input.reason ?? null },
      ),
    );
    return { ok: true, cancelled };
  }

  /** An admin takes a slot out of service; the people booked in it lose the slot (and its set partner). */
  async cancelSlot(
    em: EntityManager,
    principal: Principal,
    slotId: string,
    reason: string,
  ): Promise<{ slot: SlotView; cancelledReservations: number }> {
    const slot = await slotById(em, slotId);
    if (!slot) throw notFound('Slot');
    requireSiteAdmin(principal, slot.siteId, 'Slot');
    const cancelled = await this.events.transaction(em, async (tx, events) => {
      const ids = await this.repository.bookedInSlotsWithPartners(tx, [slot.id]);
      const rows = ids.length ? await this.cancel(tx, events, ids, { by: 'SLOT_CANCELLED', reason }) : [];
      await markSlotCancelled(tx, slot.id);
      events.record({
        type: 'slot.capacityChanged',
        siteId: slot.siteId,
        venueId: slot.venueId,
        slotId: slot.id,
        status: 'CANCELLED',
        at: new Date().toISOString(),
      });
      return rows;
    });
    return { slot: (await slotById(em, slot.id))!, cancelledReservations: cancelled.length };
  }

  /**
   * Cancels every booked reservation of a venue's slots starting in [from, to) (with set partners) and, when
   * asked, takes those slots out of service; in the caller's unit of work, which audits it.
   */
  async cancelVenueDay(
    tx: EntityManager,
    events: EventSink,
    day: { siteId: string; venueId: string; from: Date; to: Date; reason: string; closeSlots: boolean },
  ): Promise<{ cancelled: CancelledReservation[]; closedSlotIds: string[] }> {
    const slotIds = await this.repository.lockVenueSlotsBetween(tx, day.venueId, day.from, day.to);
    const ids = slotIds.length ? await this.repository.bookedInSlotsWithPartners(tx, slotIds) : [];
    const cancelled = ids.length
      ? await this.cancel(tx, events, ids, { by: 'ADMIN', reason: day.reason })
      : [];
    const closedSlotIds = day.closeSlots ? await this.repository.closeSlots(tx, slotIds) : [];
    const at = new Date().toISOString();
    events.record(
      ...closedSlotIds.map((slotId) => ({
        type: 'slot.capacityChanged' as const,
        siteId: day.siteId,
        venueId: day.venueId,
        slotId,
        status: 'CANCELLED' as const,
        at,
      })),
    );
    return { cancelled, closedSlotIds };
  }

  /** Holds a reservation for a venue action until the caller's unit of work ends. */
  lockForVenueAction(tx: EntityManager, reservationId: string): Promise<void> {
    return this.repository.lock(tx, reservationId);
  }

  /** The person arrived; the place stays taken. */
  async checkIn(tx: EntityManager, events: EventSink, reservation: ReservationRef): Promise<void> {
    await this.repository.markCheckedIn(tx, reservation.id);
    events.record({ type: 'reservation.changed', ...eventFieldsOf(reservation), change: 'CHECKED_IN' });
  }

  /** The person did not come; the place stays taken (the slot has begun). */
  async markNoShow(tx: EntityManager, events: EventSink, reservation: ReservationRef): Promise<void> {
    await this.repository.markNoShow(tx, reservation.id);
    events.record({ type: 'reservation.changed', ...eventFieldsOf(reservation), change: 'NO_SHOW' });
  }

  /**
   * Undoes a check-in, a no-show or a vaccination (a mistake at the venue, the same day); the place stays
   * taken throughout. False when the reservation is not in that state. A no-show whose dose was booked
   * again meanwhile cannot come back: the one-active-booking-per-dose index refuses it (UNIQUE_VIOLATION).
   */
  async undoVenueAction(
    tx: EntityManager,
    events: EventSink,
    reservation: ReservationRef,
    action: 'CHECK_IN' | 'NO_SHOW' | 'VACCINATION',
  ): Promise<boolean> {
    if (!(await this.repository.undoVenueAction(tx, reservation.id, action))) return false;
    const change = (
      { CHECK_IN: 'CHECK_IN_UNDONE', NO_SHOW: 'NO_SHOW_UNDONE', VACCINATION: 'VACCINATION_UNDONE' } as const
    )[action];
    events.record({ type: 'reservation.changed', ...eventFieldsOf(reservation), change });
    return true;
  }

  /** The dose was given (the vaccination record itself is the records module's). */
  async markVaccinated(
    tx: EntityManager,
    events: EventSink,
    reservation: ReservationRef,
    vaccinatedOn: string,
  ): Promise<void> {
    await this.repository.markVaccinated(tx, reservation.id);
    events.record({ type: 'reservation.vaccinated', ...eventFieldsOf(reservation), vaccinatedOn });
  }

  /**
   * The BOOKED reservations of these tickets whose slot has not started, one statement (a revoked ticket's
   * places are given back; one already begun is left for the venue to record as given or a no-show).
   */
  bookedUpcomingOfTickets(em: EntityManager, ticketIds: string[]): Promise<string[]> {
    return ticketIds.length ? this.repository.bookedUpcomingOfTickets(em, ticketIds) : Promise.resolve([]);
  }

  /** The booked reservations of a dose-1/dose-2 set, one statement (an admin cancels the set together). */
  bookedIdsOfPair(em: EntityManager, pairId: string): Promise<string[]> {
    return this.repository.bookedIdsOfPair(em, pairId);
  }

  async mine(em: EntityManager, principal: Principal): Promise<ReservationView[]> {
    const { ticketId } = requireRecipient(principal);
    return this.repository.findByTicket(em, ticketId);
  }

  /**
   * A change (予約変更) through the booking engine's door: a recipient moves their own reservation, a site
   * admin anyone's on their site (no cut-off, no opening time). The booking rules, cut-off and idempotency
   * as for a booking; then ONE transaction locks the reservation rows, moves them, queues the mail, writes
   * the audit entry and moves the slot counts in id order (`raise_slot_places` for the new slot), so the new
   * place is taken and the old one freed together, or nothing changes. Dose 1 of a set moves with dose 2.
   */
  async changeReservation(
    em: EntityManager,
    principal: Principal,
    input: ChangeReservationInput,
  ): Promise<ChangeReservationResult> {
    const reservation = await this.repository.findById(em, input.reservationId);
    let madeBy: MadeBy;
    if (principal.kind === 'admin') {
      if (!reservation) throw notFound('Reservation');
      requireSiteAdmin(principal, reservation.siteId, 'Reservation');
      madeBy = 'ADMIN';
    } else {
      const { ticketId } = requireRecipient(principal);
      if (!reservation || reservation.ticketId !== ticketId)
        return refuseChange(ChangeErrorCode.RESERVATION_NOT_FOUND, 'No such reservation');
      madeBy = 'SELF';
    }
    const ticketId = reservation.ticketId;
    const key = ChangeKey.of(ticketId, input);
    const refused = (result: ChangeReservationResult) =>
      key ? key.refused(em, this.repository, result) : result;
    const earlier = await key?.storedAnswer(em, this.repository);
    if (earlier) return earlier;
    if (reservation.status !== 'BOOKED')
      return refused(
        refuseChange(ChangeErrorCode.NOT_CHANGEABLE, `The reservation is ${reservation.status}`),
      );

    const partner =
      reservation.dose === 1 && reservation.pairId
        ? (await this.repository.findByPair(em, reservation.pairId)).find(
            (r) => r.dose === 2 && r.status === 'BOOKED',
          )
        : undefined;
    const held = partner ? [reservation, partner] : [reservation];
    const heldSlots = new Map(
      (
        await slotsByIds(
          em,
          held.map((r) => r.slotId),
        )
      ).map((s) => [s.id, s]),
    );
    const moving = held.map((r) => ({ id: r.id, dose: r.dose, slot: heldSlots.get(r.slotId)! }));
    if (madeBy === 'SELF') {
      const cutoffHours = (await siteCancellationCutoffHours(em, reservation.siteId)) ?? 0;
      const earliest = Math.min(...moving.map((m) => m.slot.startsAt.getTime()));
      if (earliest - cutoffHours * 3600_000 <= Date.now()) {
        return refused(
          refuseChange(
            ChangeErrorCode.CUTOFF_PASSED,
            `Changes close ${cutoffHours} hours before the appointment; contact the site`,
          ),
        );
      }
    }
    const request: BookingRequest = {
      slotId: input.newSlotId,
      dose: reservation.dose,
      secondDoseSlotId: partner ? (input.newSecondDoseSlotId ?? null) : null,
      asSet: Boolean(partner),
    };
    const readAt = performance.now();
    const [row] = await this.repository.bookingFacts(em, [
      {
        ticketId,
        slotId: request.slotId,
        secondDoseSlotId: request.secondDoseSlotId ?? null,
        idempotencyKey: null,
      },
    ]);
    // A set moves as a set and a single dose alone, whatever the site's booking mode.
    const asMoved = {
      ...row!,
      context: row!.context && {
        ...row!.context,
        booking_mode: partner ? ('SET' as const) : ('SEPARATE' as const),
      },
    };
    const facts = await this.factsOf(em, asMoved, request);
    const decision = decideChange(
      { ...facts, moving },
      { newSlotId: input.newSlotId, newSecondDoseSlotId: request.secondDoseSlotId ?? null },
      madeBy,
      Date.now(),
    );
    if (!decision.ok) return refused(decision.result);

    const from = new Map(decision.moves.map((m) => [m.reservationId, m.fromSlotId]));
    const delta = new Map<string, number>();
    for (const move of decision.moves) {
      delta.set(move.fromSlotId, (delta.get(move.fromSlotId) ?? 0) - 1);
      delta.set(move.toSlotId, (delta.get(move.toSlotId) ?? 0) + 1);
    }
    const venueOf = new Map([...heldSlots.values(), ...decision.touched].map((s) => [s.id, s.venueId]));
    // The same gate as bookings: a few transactions per slot wait on its row, and a slot found full
    // since the facts were read answers at once. It only refuses; the conditional UPDATE grants.
    const gained = decision.moves.map((m) => m.toSlotId);
    const admission = await this.gate.enter(gained, readAt);
    if (!admission.admitted) {
      return refused(
        admission.fullSlotId === input.newSlotId
          ? refuseChange(ChangeErrorCode.SLOT_FULL, 'This slot is full; your booking was not changed')
          : refuseChange(
              ChangeErrorCode.SECOND_DOSE_UNAVAILABLE,
              'The slot for dose 2 is full; neither dose was changed',
            ),
      );
    }
    try {
      const moved = await this.events.transaction(em, async (tx, events) => {
        const rows = await this.repository.moveRows(tx, ticketId, decision.moves, key?.stored ?? null);
        if (!rows) {
          throw new ChangeRefused(
            refuseChange(
              ChangeErrorCode.NOT_CHANGEABLE,
              'The reservation was changed or cancelled meanwhile',
            ),
          );
        }
        const moves = rows.map((r) => ({ reservation: r, fromSlotId: from.get(r.id)! }));
        for (const listener of this.listeners) await listener.changed?.(tx, moves);
        await this.audit?.record(tx, principal, {
          siteId: reservation.siteId,
          action: 'changeReservation',
          targetType: 'reservation',
          targetId: reservation.id,
          before: {
            slots: moves.map((m) => ({
              reservationId: m.reservation.id,
              dose: m.reservation.dose,
              slotId: m.fromSlotId,
            })),
          },
          after: {
            slots: rows.map((r) => ({ reservationId: r.id, dose: r.dose, slotId: r.slotId })),
            madeBy,
          },
        });
        // Last, so the slot rows stay locked only from here to the COMMIT.
        await this.repository.moveSlots(tx, delta);
        events.record(
          ...moves.map(({ reservation: r, fromSlotId }) => ({
            type: 'reservation.moved' as const,
            ...eventFieldsOf({ ...r, venueId: venueOf.get(r.slotId)! }),
            fromSlotId,
            fromVenueId: venueOf.get(fromSlotId)!,
            madeBy,
          })),
        );
        return rows;
      });
      admission.release();
      return { ok: true, reservations: moved, previousSlotIds: moved.map((r) => from.get(r.id)!) };
    } catch (error) {
      admission.release();
      let result: ChangeReservationResult;
      if (error instanceof ChangeRefused) result = error.result;
      else {
        const outcome = outcomeOf(error);
        if (!outcome) throw error;
        if (outcome.reason === 'SLOT_FULL') this.gate.markFull(outcome.slotId);
        result =
          outcome.reason !== 'SLOT_FULL'
            ? refuseChange(ChangeErrorCode.NOT_CHANGEABLE, 'The reservation was changed meanwhile')
            : outcome.slotId === input.newSlotId
              ? refuseChange(ChangeErrorCode.SLOT_FULL, 'This slot is full; your booking was not changed')
              : refuseChange(
                  ChangeErrorCode.SECOND_DOSE_UNAVAILABLE,
                  'The slot for dose 2 is full; neither dose was changed',
                );
      }
      // A concurrent retry with the same key may have committed the change: its answer is this one's.
      const concurrent = await key?.storedAnswer(em, this.repository);
      if (concurrent) return concurrent;
      return refused(result);
    }
  }

  private async contextsOf(em: EntityManager, ticketIds: string[]): Promise<Map<string, BookingContext>> {
    const rows = await this.repository.bookingContexts(em, ticketIds);
    return new Map(rows.map((row) => [row.id, toBookingContext(row)]));
  }

  private async vaccineRules(em: EntityManager, vaccineIds: string[]): Promise<Map<string, VaccineRule>> {
    const rules = await vaccineDoseRules(em, vaccineIds);
    return new Map(rules.map(({ id, ...rule }) => [id, rule]));
  }
}
