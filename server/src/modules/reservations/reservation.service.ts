import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/principal.js';
import { pgTimestamp, sqlOne } from '../../shared/sql.js';
import { addDays, daysBetween, fromLocal, localDateOf, toLocal } from '../../shared/time.js';
import { notFound } from '../../graphql/errors.js';
import { requireRecipient, requireSiteAdmin } from '../auth/access.js';
import type { AvailabilityHub } from '../slots/slot.events.js';
import { SlotRepository } from '../slots/slot.repository.js';
import { remainingOf } from '../slots/slot.service.js';
import type { SlotView } from '../slots/slot.types.js';
import type { MadeBy } from './reservation.entity.js';
import type { ReservationListener } from './reservation.events.js';
import { ReservationRepository, type ReservationView } from './reservation.repository.js';
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

  constructor(
    private readonly availability: AvailabilityHub,
    private readonly listeners: readonly ReservationListener[] = [],
  ) {}

  async book(
    em: EntityManager,
    principal: Principal,
    input: BookReservationInput,
  ): Promise<BookReservationResult> {
    const { ticketId } = requireRecipient(principal);
    return this.bookForTicket(em, ticketId, input, 'SELF');
  }

  /** The one booking path: a recipient's own booking, and later admin proxy and bulk bookings. */
  async bookForTicket(
    em: EntityManager,
    ticketId: string,
    input: BookReservationInput,
    madeBy: MadeBy,
  ): Promise<BookReservationResult> {
    const context = await this.contextOf(em, ticketId);
    if (!context) return refuse(BookingErrorCode.NOT_ELIGIBLE, 'This ticket is not active');
    if (!context.registered && madeBy === 'SELF') {
      return refuse(BookingErrorCode.REGISTRATION_REQUIRED, 'Register your profile before booking');
    }
    if (context.bookingOpensAt && context.bookingOpensAt.getTime() > Date.now() && madeBy === 'SELF') {
      return refuse(
        BookingErrorCode.NOT_OPEN_YET,
        `Bookings open at ${context.bookingOpensAt.toISOString()}`,
      );
    }
    const slot = await this.slots.findById(em, input.slotId);
    if (!slot || slot.siteId !== context.siteId)
      return refuse(BookingErrorCode.SLOT_NOT_FOUND, 'No such slot on this site');
    const unavailable = this.unavailableReason(slot);
    if (unavailable) return refuse(BookingErrorCode.SLOT_UNAVAILABLE, unavailable);
    const rule = await this.vaccineRule(em, slot.vaccineId);
    if (input.dose > rule.doses)
      return refuse(BookingErrorCode.NOT_ELIGIBLE, `This vaccine has ${rule.doses} dose(s)`);

    const active = await this.repository.activeDosesOf(em, ticketId);
    if (active.some((a) => a.dose === input.dose))
      return refuse(BookingErrorCode.ALREADY_BOOKED, `Dose ${input.dose} is already booked`);
    if (input.dose > 1) {
      const previous = active.find((a) => a.dose === input.dose - 1);
      if (!previous) return refuse(BookingErrorCode.NOT_ELIGIBLE, `Book dose ${input.dose - 1} first`);
      if (previous.vaccineId !== slot.vaccineId)
        return refuse(BookingErrorCode.NOT_ELIGIBLE, 'Use the same vaccine as the previous dose');
      const intervalError = this.intervalError(previous.startsAt, slot, rule, context.timeZone);
      if (intervalError) return intervalError;
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
      );
      if ('error' in second) return second.error;
      items.push({ slotId: second.slot.id, dose: 2 });
      touched.push(second.slot);
    }
    // Cheap answer for the crowd at a full slot; the conditional UPDATE below stays the authority.
    if (remainingOf(slot) <= 0) return refuse(BookingErrorCode.SLOT_FULL, 'This slot is full');

    const outcome = await this.repository.book(
      em,
      { siteId: context.siteId, ticketId, madeBy, items },
      this.listeners,
    );
    if (!outcome.ok) {
      if (outcome.reason === 'ALREADY_BOOKED')
        return refuse(BookingErrorCode.ALREADY_BOOKED, 'This dose is already booked');
      return outcome.slotId === slot.id
        ? refuse(BookingErrorCode.SLOT_FULL, 'This slot is full')
        : refuse(BookingErrorCode.SECOND_DOSE_UNAVAILABLE, 'The slot for dose 2 is full; nothing was booked');
    }
    this.availability.slotsChanged(touched.map((s) => ({ venueId: s.venueId, slotId: s.id })));
    return { ok: true, reservations: outcome.reservations };
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
  ): Promise<{ slot: SlotView } | { error: BookReservationResult }> {
    const unavailable = {
      error: refuse(
        BookingErrorCode.SECOND_DOSE_UNAVAILABLE,
        'No free slot for dose 2 at the interval; nothing was booked',
      ),
    };
    let second: SlotView | undefined;
    if (chosenId) {
      second = await this.slots.findById(em, chosenId);
      if (!second || second.venueId !== first.venueId || second.vaccineId !== first.vaccineId)
        return unavailable;
      const intervalError = this.intervalError(first.startsAt, second, rule, timeZone);
      if (intervalError) return { error: intervalError };
    } else {
      const local = toLocal(first.startsAt, timeZone);
      const startsAt = fromLocal(addDays(local.date, rule.intervalDays), local.minutes, timeZone);
      second = await this.slots.findAt(em, first.venueId, first.vaccineId, startsAt);
    }
    if (!second || this.unavailableReason(second) || remainingOf(second) <= 0) return unavailable;
    return { slot: second };
  }

  private async contextOf(em: EntityManager, ticketId: string): Promise<BookingContext | undefined> {
    const row = await sqlOne<{
      site_id: string;
      booking_mode: 'SEPARATE' | 'SET';
      booking_opens_at: string | null;
      time_zone: string;
      registered: boolean;
    }>(
      em,
      `select t.site_id, s.booking_mode, s.booking_opens_at, s.time_zone,
              exists (select 1 from recipient r where r.ticket_id = t.id) as registered
         from ticket t join site s on s.id = t.site_id
        where t.id = ? and t.status = 'ACTIVE'`,
      [ticketId],
    );
    if (!row) return undefined;
    return {
      siteId: row.site_id,
      bookingMode: row.booking_mode,
      bookingOpensAt: row.booking_opens_at ? pgTimestamp(row.booking_opens_at) : null,
      timeZone: row.time_zone,
      registered: row.registered,
    };
  }

  private async vaccineRule(em: EntityManager, vaccineId: string): Promise<VaccineRule> {
    const row = await sqlOne<{ doses: number; dose_interval_days: number; interval_window_days: number }>(
      em,
      `select doses, dose_interval_days, interval_window_days from vaccine where id = ?`,
      [vaccineId],
    );
    return {
      doses: row!.doses,
      intervalDays: row!.dose_interval_days,
      windowDays: row!.interval_window_days,
    };
  }
}
