import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/principal.js';
import { pgTimestamp, sqlOne } from '../../shared/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { addDays, daysBetween, fromLocal, localDateOf, toLocal } from '../../shared/time.js';
import { notFound } from '../../graphql/errors.js';
import { requireRecipient, requireSiteAdmin } from '../auth/access.js';
import type { AvailabilityHub } from '../slots/slot.events.js';
import { SlotRepository, toSlotView } from '../slots/slot.repository.js';
import { remainingOf } from '../slots/slot.service.js';
import type { SlotView } from '../slots/slot.types.js';
import type { MadeBy } from './reservation.entity.js';
import type { ReservationListener } from './reservation.events.js';
import {
  ReservationRepository,
  reservationsOf,
  type BookingFacts,
  type BookingFactsQuery,
  type BookingOutcome,
  type BookingRequestFingerprint,
  type ReservationView,
  type StoredBooking,
} from './reservation.repository.js';
import { Batcher } from '../../shared/batcher.js';
import { SlotGate } from './slot-gate.js';
import {
  BookingErrorCode,
  CancellationErrorCode,
  type BookReservationInput,
  type BookReservationResult,
  type CancelReservationInput,
  type CancelReservationResult,
} from './reservation.types.js';

interface BookingContext {
  siteId: string;
  bookingMode: 'SEPARATE' | 'SET';
  bookingOpensAt: Date | null;
  timeZone: string;
  registered: boolean;
}

interface VaccineRule {
  doses: number;
  intervalDays: number;
  windowDays: number;
}

const refuse = (code: BookingErrorCode, message: string): BookReservationResult => ({
  ok: false,
  reservations: [],
  error: { code, message },
});

/** Booking and cancelling: every rule is checked here, then reservation.repository.ts writes atomically. */
export class ReservationService {
  private readonly repository = new ReservationRepository();
  private readonly slots = new SlotRepository();
  private readonly gate: SlotGate;
  private readonly facts = new Batcher<{ em: EntityManager; query: BookingFactsQuery }, BookingFacts>(
    (keys) =>
      this.repository.bookingFacts(
        keys[0]!.em,
        keys.map((k) => k.query),
      ),
  );

  constructor(
    private readonly availability: AvailabilityHub,
    private readonly listeners: readonly ReservationListener[] = [],
    options: { bookingsInFlightPerSlot?: number } = {},
  ) {
    this.gate = new SlotGate(options.bookingsInFlightPerSlot ?? 8);
  }

  async book(
    em: EntityManager,
    principal: Principal,
    input: BookReservationInput,
  ): Promise<BookReservationResult> {
    const { ticketId } = requireRecipient(principal);
    return this.bookForTicket(em, ticketId, input, 'SELF');
  }

  /**
   * The one booking path: a recipient's own booking, admin proxy and bulk bookings. The rules read their
   * facts in one statement; the write is one transaction behind the per-slot admission gate.
   * With `input.idempotencyKey`, the answer is stored with the booking and a repeat returns it unchanged.
   */
  async bookForTicket(
    em: EntityManager,
    ticketId: string,
    input: BookReservationInput,
    madeBy: MadeBy,
  ): Promise<BookReservationResult> {
    const key = input.idempotencyKey ?? null;
    const request: BookingRequestFingerprint = {
      slotId: input.slotId,
      dose: input.dose,
      secondDoseSlotId: input.secondDoseSlotId ?? null,
    };
    const readAt = performance.now();
    const query = {
      ticketId,
      slotId: input.slotId,
      secondDoseSlotId: request.secondDoseSlotId,
      idempotencyKey: key,
    };
    // Outside a transaction, concurrent bookings share one read; inside one (a caller's), read in it.
    const facts = em.getTransactionContext()
      ? (await this.repository.bookingFacts(em, [query]))[0]!
      : await this.facts.load({ em, query });
    if (key && facts.replay?.result) return this.replay(facts.replay, request);

    const decision = await this.decide(em, input, madeBy, facts);
    if ('refusal' in decision) return this.refused(em, ticketId, key, request, decision.refusal);
    const { context, items, touched } = decision;

    // A caller's own transaction (a bulk booking) may already hold these rows' locks from an earlier
    // booking: it goes straight to the database rather than queue behind requests that wait for it.
    const admission = em.getTransactionContext()
      ? { admitted: true as const, release: () => undefined }
      : await this.gate.enter(
          items.map((i) => i.slotId),
          readAt,
        );
    if (!admission.admitted) {
      return this.refused(em, ticketId, key, request, this.fullRefusal(admission.fullSlotId, input.slotId));
    }
    let outcome: BookingOutcome;
    try {
      outcome = await this.repository.book(
        em,
        {
          siteId: context.siteId,
          ticketId,
          madeBy,
          items,
          idempotency: key ? { key, request } : null,
        },
        this.listeners,
      );
    } finally {
      admission.release();
    }
    if (!outcome.ok) {
      if (outcome.reason === 'DUPLICATE_KEY') {
        const stored = key ? await this.repository.storedBooking(em, ticketId, key) : undefined;
        if (stored?.result) return this.replay(stored, request);
        return this.refused(
          em,
          ticketId,
          key,
          request,
          refuse(BookingErrorCode.ALREADY_BOOKED, 'This dose is already booked'),
        );
      }
      if (outcome.reason === 'ALREADY_BOOKED')
        return this.refused(
          em,
          ticketId,
          key,
          request,
          refuse(BookingErrorCode.ALREADY_BOOKED, 'This dose is already booked'),
        );
      this.gate.markFull(outcome.slotId);
      return this.refused(em, ticketId, key, request, this.fullRefusal(outcome.slotId, input.slotId));
    }
    this.availability.slotsChanged(touched.map((s) => ({ venueId: s.venueId, slotId: s.id })));
    return { ok: true, reservations: outcome.reservations };
  }

  /** The booking rules, in the order a person should hear about them; nothing here writes. */
  private async decide(
    em: EntityManager,
    input: BookReservationInput,
    madeBy: MadeBy,
    facts: BookingFacts,
  ): Promise<
    | { refusal: BookReservationResult }
    | { context: BookingContext; items: { slotId: string; dose: number }[]; touched: SlotView[] }
  > {
    const no = (code: BookingErrorCode, message: string) => ({ refusal: refuse(code, message) });
    const context = facts.context && {
      siteId: facts.context.site_id,
      bookingMode: facts.context.booking_mode,
      bookingOpensAt: facts.context.booking_opens_at ? pgTimestamp(facts.context.booking_opens_at) : null,
      timeZone: facts.context.time_zone,
      registered: facts.context.registered,
    };
    if (!context) return no(BookingErrorCode.NOT_ELIGIBLE, 'This ticket is not active');
    if (!context.registered && madeBy === 'SELF') {
      return no(BookingErrorCode.REGISTRATION_REQUIRED, 'Register your profile before booking');
    }
    if (context.bookingOpensAt && context.bookingOpensAt.getTime() > Date.now() && madeBy === 'SELF') {
      return no(BookingErrorCode.NOT_OPEN_YET, `Bookings open at ${context.bookingOpensAt.toISOString()}`);
    }
    const slot = facts.slot && toSlotView(facts.slot);
    if (!slot || slot.siteId !== context.siteId)
      return no(BookingErrorCode.SLOT_NOT_FOUND, 'No such slot on this site');
    const unavailable = this.unavailableReason(slot);
    if (unavailable) return no(BookingErrorCode.SLOT_UNAVAILABLE, unavailable);
    const rule: VaccineRule = {
      doses: facts.rule!.doses,
      intervalDays: facts.rule!.dose_interval_days,
      windowDays: facts.rule!.interval_window_days,
    };
    if (input.dose > rule.doses)
      return no(BookingErrorCode.NOT_ELIGIBLE, `This vaccine has ${rule.doses} dose(s)`);

    const active = facts.active.map((a) => ({
      dose: a.dose,
      vaccineId: a.vaccine_id,
      startsAt: pgTimestamp(a.starts_at),
      venueId: a.venue_id,
    }));
    if (active.some((a) => a.dose === input.dose))
      return no(BookingErrorCode.ALREADY_BOOKED, `Dose ${input.dose} is already booked`);
    if (input.dose > 1) {
      const previous = active.find((a) => a.dose === input.dose - 1);
      if (!previous) return no(BookingErrorCode.NOT_ELIGIBLE, `Book dose ${input.dose - 1} first`);
      if (previous.vaccineId !== slot.vaccineId)
        return no(BookingErrorCode.NOT_ELIGIBLE, 'Use the same vaccine as the previous dose');
      const intervalError = this.intervalError(previous.startsAt, slot, rule, context.timeZone);
      if (intervalError) return { refusal: intervalError };
    }

    const items = [{ slotId: slot.id, dose: input.dose }];
    const touched: SlotView[] = [slot];
    if (context.bookingMode === 'SET' && input.dose === 1 && rule.doses >= 2) {
      const second = await this.secondDoseSlot(
        em,
        slot,
        rule,
        context.timeZone,
        input.secondDoseSlotId ?? null,
        facts,
      );
      if ('error' in second) return { refusal: second.error };
      items.push({ slotId: second.slot.id, dose: 2 });
      touched.push(second.slot);
    }
    // Cheap answer for the crowd at a full slot; the conditional UPDATE stays the authority.
    if (remainingOf(slot) <= 0) return no(BookingErrorCode.SLOT_FULL, 'This slot is full');
    return { context, items, touched };
  }

  private fullRefusal(fullSlotId: string, firstSlotId: string): BookReservationResult {
    return fullSlotId === firstSlotId
      ? refuse(BookingErrorCode.SLOT_FULL, 'This slot is full')
      : refuse(BookingErrorCode.SECOND_DOSE_UNAVAILABLE, 'The slot for dose 2 is full; nothing was booked');
  }

  /** A refusal, stored under the idempotency key when there is one (or the answer stored first by a retry). */
  private async refused(
    em: EntityManager,
    ticketId: string,
    key: string | null,
    request: BookingRequestFingerprint,
    result: BookReservationResult,
  ): Promise<BookReservationResult> {
    if (!key || !result.error) return result;
    const earlier = await this.repository.rememberRefusal(em, ticketId, key, request, result.error);
    return earlier?.result ? this.replay(earlier, request) : result;
  }

  private replay(stored: StoredBooking, request: BookingRequestFingerprint): BookReservationResult {
    const same =
      stored.request.slotId === request.slotId &&
      stored.request.dose === request.dose &&
      (stored.request.secondDoseSlotId ?? null) === request.secondDoseSlotId;
    if (!same) {
      throw new AppError(
        ErrorCode.CONFLICT,
        'This idempotency key was already used for a different booking; use a new key for a new booking',
        { field: 'idempotencyKey' },
      );
    }
    const result = stored.result!;
    return result.ok
      ? { ok: true, reservations: reservationsOf(result) }
      : {
          ok: false,
          reservations: [],
          error: { code: result.error.code as BookingErrorCode, message: result.error.message },
        };
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
    const slots = await this.slots.findByIds(
      em,
      toCancel.map((r) => r.slotId),
    );
    const cutoff = await sqlOne<{ hours: number }>(
      em,
      `select cancellation_cutoff_hours as hours from site where id = ?`,
      [reservation.siteId],
    );
    const earliest = Math.min(...slots.map((s) => s.startsAt.getTime()));
    if (earliest - cutoff!.hours * 3600_000 <= Date.now()) {
      return {
        ok: false,
        cancelled: [],
        error: {
          code: CancellationErrorCode.CUTOFF_PASSED,
          message: `Cancellations close ${cutoff!.hours} hours before the appointment; contact the site`,
        },
      };
    }
    const cancelled = await this.repository.cancel(
      em,
      toCancel.map((r) => r.id),
      { by: 'RECIPIENT', reason: input.reason ?? null },
      this.listeners,
    );
    this.availability.slotsChanged(slots.map((s) => ({ venueId: s.venueId, slotId: s.id })));
    return { ok: true, cancelled };
  }

  /** An admin takes a slot out of service; the people booked in it lose the slot (and its set partner). */
  async cancelSlot(
    em: EntityManager,
    principal: Principal,
    slotId: string,
    reason: string,
  ): Promise<{ slot: SlotView; cancelledReservations: number }> {
    const slot = await this.slots.findById(em, slotId);
    if (!slot) throw notFound('Slot');
    requireSiteAdmin(principal, slot.siteId);
    const cancelled = await em.transactional(async (tx) => {
      const ids = await this.repository.bookedInSlotWithPartners(tx, slot.id);
      const rows = ids.length
        ? await this.repository.cancel(tx, ids, { by: 'SLOT_CANCELLED', reason }, this.listeners)
        : [];
      await this.slots.markCancelled(tx, slot.id);
      return rows;
    });
    const touched = await this.slots.findByIds(em, [
      ...new Set([slot.id, ...cancelled.map((r) => r.slotId)]),
    ]);
    this.availability.slotsChanged(touched.map((s) => ({ venueId: s.venueId, slotId: s.id })));
    return { slot: touched.find((s) => s.id === slot.id)!, cancelledReservations: cancelled.length };
  }

  async mine(em: EntityManager, principal: Principal): Promise<ReservationView[]> {
    const { ticketId } = requireRecipient(principal);
    return this.repository.findByTicket(em, ticketId);
  }

  private unavailableReason(slot: SlotView): string | undefined {
    if (slot.status !== 'OPEN') return 'This slot was cancelled';
    if (slot.startsAt.getTime() <= Date.now()) return 'This slot has already started';
    return undefined;
  }

  private intervalError(
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

  /** Dose 2 of a set: the chosen slot within the window, or the same venue and time exactly the interval later. */
  private async secondDoseSlot(
    em: EntityManager,
    first: SlotView,
    rule: VaccineRule,
    timeZone: string,
    chosenId: string | null,
    facts: BookingFacts,
  ): Promise<{ slot: SlotView } | { error: BookReservationResult }> {
    const unavailable = {
      error: refuse(
        BookingErrorCode.SECOND_DOSE_UNAVAILABLE,
        'No free slot for dose 2 at the interval; nothing was booked',
      ),
    };
    let second: SlotView | undefined;
    if (chosenId) {
      second = facts.chosen_second ? toSlotView(facts.chosen_second) : undefined;
      if (!second || second.venueId !== first.venueId || second.vaccineId !== first.vaccineId)
        return unavailable;
      const intervalError = this.intervalError(first.startsAt, second, rule, timeZone);
      if (intervalError) return { error: intervalError };
    } else {
      const local = toLocal(first.startsAt, timeZone);
      const startsAt = fromLocal(addDays(local.date, rule.intervalDays), local.minutes, timeZone);
      second = facts.interval_second ? toSlotView(facts.interval_second) : undefined;
      // PostgreSQL's zone arithmetic found it in the same statement; ask again if it disagrees with ours.
      if (second?.startsAt.getTime() !== startsAt.getTime())
        second = await this.slots.findAt(em, first.venueId, first.vaccineId, startsAt);
    }
    if (!second || this.unavailableReason(second) || remainingOf(second) <= 0) return unavailable;
    return { slot: second };
  }
}
