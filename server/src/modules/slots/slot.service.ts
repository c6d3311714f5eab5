import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, badInput, notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { addDays, daysBetween, fromLocal, isIsoDate, localDateOf } from '../../shared/time.js';
import { isUuid } from '../../shared/ids.js';
import { answeredFromMemory } from '../../shared/request-scope.js';
import { requireSiteAdmin } from '../auth/access.js';
import { siteTimeZone } from '../sites/site.service.js';
import {
  setVenueClosed,
  soleVaccineOfVenue,
  venueById,
  venueClosedForShare,
  venueSite,
  venueSiteIfOffers,
} from '../venues/venue.service.js';
import { requireVenueAccess } from '../auth/venue-access.js';
import type { DomainEvent, DomainEvents } from '../../shared/domain-events.js';
import { Slot } from './slot.entity.js';
import { SlotRepository, toSlotView, type SlotRow } from './slot.repository.js';
import type { MonthViewCache } from './month-view-cache.js';
import type {
  Availability,
  AvailabilityDay,
  CampaignChart,
  CampaignChartInput,
  CreateSlotInput,
  CreateSlotsResult,
  GenerateSlotsInput,
  GenerateSlotsResult,
  PlannedSlot,
  SkippedSlot,
  SlotCalendar,
  SlotCalendarInput,
  SlotChangeError,
  SlotChangeErrorCode,
  SlotCount,
  SlotDayTotals,
  SlotPatternInput,
  SlotPatternPreview,
  SlotScopeInput,
  SlotStatusChangeResult,
  SlotView,
  UpdateSlotCapacityInput,
  UpdateSlotCapacityResult,
  VenueBoard,
} from './slot.types.js';

const MAX_GENERATED_SLOTS = 5000;
export const MAX_AVAILABILITY_DAYS = 93;

export function remainingOf(slot: SlotView): number {
  return slot.status === 'OPEN' ? slot.capacity - slot.reserved : 0;
}

export type { Slot } from './slot.entity.js';

const slots = new SlotRepository();

/** A row of `slot_booking_view` (the slots module's published read model), as another module's statement reads it. */
export type { SlotRow };

/** A slot row read by another module's statement (the booking's facts), as the slots module shows it. */
export function slotViewOf(row: SlotRow): SlotView {
  return toSlotView(row);
}

/** One slot, one statement. */
export function slotById(em: EntityManager, id: string): Promise<SlotView | undefined> {
  return slots.findById(em, id);
}

/** These slots in one statement. */
export function slotsByIds(em: EntityManager, ids: string[]): Promise<SlotView[]> {
  return slots.findByIds(em, ids);
}

/** The slot of this venue and vaccine starting at this instant, one statement. */
export function slotAt(
  em: EntityManager,
  venueId: string,
  vaccineId: string,
  startsAt: Date,
): Promise<SlotView | undefined> {
  return slots.findAt(em, venueId, vaccineId, startsAt);
}

/** The slots at these (venue, vaccine, start) keys, one statement. */
export function slotsAt(
  em: EntityManager,
  keys: readonly { venueId: string; vaccineId: string; startsAt: Date }[],
): Promise<SlotView[]> {
  return slots.findAtMany(em, keys);
}

/** Marks a slot cancelled, inside the caller's transaction (its reservations are the caller's). */
export function markSlotCancelled(em: EntityManager, slotId: string): Promise<void> {
  return slots.markCancelled(em, slotId);
}

/** These slot entities as the resolvers take them, one statement (the per-request loaders batch here). */
export function slotEntitiesByIds(em: EntityManager, ids: string[]): Promise<Slot[]> {
  return em.find(Slot, { id: { $in: ids } });
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function slotEvent(slot: SlotView, at = new Date().toISOString()): DomainEvent {
  return {
    type: 'slot.capacityChanged',
    siteId: slot.siteId,
    venueId: slot.venueId,
    slotId: slot.id,
    status: slot.status,
    at,
  };
}

function changeError(
  code: SlotChangeErrorCode,
  message: string,
  counts?: { booked: number; requested: number },
): SlotChangeError {
  return { code, message, booked: counts?.booked ?? null, requested: counts?.requested ?? null };
}

function minutesOfEnd(hhmm: string): number {
  return hhmm === '24:00' ? 24 * 60 : minutesOf(hhmm);
}

function countOf(slot: SlotView & { date: string }): SlotCount {
  return {
    slotId: slot.id,
    slot,
    date: slot.date,
    capacity: slot.capacity,
    booked: slot.reserved,
    free: remainingOf(slot),
    status: slot.status,
  };
}

function emptyDay(date: string): SlotDayTotals {
  return { date, slots: 0, closedSlots: 0, capacity: 0, booked: 0, free: 0 };
}

/** Every date of [from, to], with the totals given for it or zeros. */
function everyDay(from: string, to: string, totals: ReadonlyMap<string, SlotDayTotals>): SlotDayTotals[] {
  const days: SlotDayTotals[] = [];
  for (let offset = 0, n = daysBetween(from, to); offset <= n; offset++) {
    const date = addDays(from, offset);
    days.push(totals.get(date) ?? emptyDay(date));
  }
  return days;
}

function requireDateRange(from: string, to: string, maxDays: number, field = 'toDate'): void {
  if (!isIsoDate(from) || !isIsoDate(to)) throw badInput('Dates are YYYY-MM-DD', field);
  const span = daysBetween(from, to);
  if (span < 0) throw badInput('The last date is before the first', field);
  if (span + 1 > maxDays) throw badInput(`Ask for at most ${maxDays} days at a time`, field);
}

interface SlotPlan {
  siteId: string;
  vaccineId: string;
  status: 'OPEN' | 'CLOSED';
  planned: PlannedSlot[];
  skipped: SkippedSlot[];
}

export class SlotService {
  readonly repository = new SlotRepository();

  constructor(
    private readonly events: DomainEvents,
    /** The month view's reads per venue (issue 17); without it every read goes to the database. */
    private readonly monthViews?: MonthViewCache,
  ) {}

  /**
   * Changes a slot's capacity, never below the places booked: the conditional UPDATE decides, so a booking
   * racing the change either counts (and the change is refused if it no longer fits) or finds the new size.
   */
  async updateCapacity(
    em: EntityManager,
    principal: Principal,
    input: UpdateSlotCapacityInput,
  ): Promise<UpdateSlotCapacityResult> {
    const slot = isUuid(input.slotId) ? await this.repository.findById(em, input.slotId) : undefined;
    if (!slot) throw notFound('Slot');
    requireSiteAdmin(principal, slot.siteId, 'Slot');
    // A refusal re-reads the count; a cancellation may have freed places meanwhile, so try again then.
    for (let attempt = 1; ; attempt++) {
      const changed = await this.events.transaction(em, async (tx, events) => {
        const row = await this.repository.setCapacity(tx, slot.id, input.capacity);
        if (row) events.record(slotEvent(row));
        return row;
      });
      if (changed) return { ok: true, slot: changed, error: null };
      const now = (await this.repository.findById(em, slot.id))!;
      if (now.status === 'CANCELLED') {
        return {
          ok: false,
          slot: now,
          error: changeError('SLOT_CANCELLED', 'This slot was cancelled; its capacity cannot change'),
        };
      }
      if (now.reserved > input.capacity || attempt >= 3) {
        return {
          ok: false,
          slot: now,
          error: changeError(
            'CAPACITY_BELOW_BOOKED',
            `${now.reserved} places are booked; the capacity cannot be ${input.capacity}`,
            { booked: now.reserved, requested: input.capacity },
          ),
        };
      }
    }
  }

  /**
   * Closes (`to` CLOSED) or reopens (`to` OPEN) one slot, a venue's day or a whole venue. Closed slots take
   * no new booking (the booking's conditional UPDATE wants OPEN) and keep the bookings they have; cancel
   * those with cancelSlot / cancelVenueDay when people must be told. A day or a venue changes only slots not
   * yet started. A venue's flag is written with its slots, so slots added while it is closed start closed
   * and a slot or day of a closed venue cannot be reopened on its own.
   */
  async changeStatus(
    em: EntityManager,
    principal: Principal,
    scope: SlotScopeInput,
    to: 'OPEN' | 'CLOSED',
  ): Promise<SlotStatusChangeResult> {
    const from = to === 'OPEN' ? 'CLOSED' : 'OPEN';
    const venueClosed = (): SlotStatusChangeResult => ({
      ok: false,
      slots: [],
      error: changeError('VENUE_CLOSED', 'The venue is closed; reopen the venue first'),
    });
    if (scope.slotId) {
      if (scope.venueId || scope.date)
        throw badInput('Give a slotId alone, or a venueId with or without a date', 'slotId');
      const slot = await this.repository.findById(em, scope.slotId);
      if (!slot) throw notFound('Slot');
      requireSiteAdmin(principal, slot.siteId, 'Slot');
      if (slot.status === 'CANCELLED') {
        return {
          ok: false,
          slots: [],
          error: changeError('SLOT_CANCELLED', 'This slot was cancelled for good'),
        };
      }
      return this.events.transaction(em, async (tx, events) => {
        if (to === 'OPEN' && (await venueClosedForShare(tx, slot.venueId))) return venueClosed();
        const row = await this.repository.setStatus(tx, slot.id, from, to);
        if (row) events.record(slotEvent(row));
        return { ok: true, slots: row ? [row] : [], error: null };
      });
    }
    if (!scope.venueId) throw badInput('Give a slotId, or a venueId (with a date for one day)', 'venueId');
    const venueId = scope.venueId;
    const site = await venueSite(em, venueId);
    if (!site) throw notFound('Venue');
    requireSiteAdmin(principal, site.siteId, 'Venue');
    if (scope.date != null) {
      const date = scope.date;
      if (!isIsoDate(date)) throw badInput('Dates are YYYY-MM-DD', 'date');
      const range = {
        from: fromLocal(date, 0, site.timeZone),
        to: fromLocal(addDays(date, 1), 0, site.timeZone),
      };
      return this.events.transaction(em, async (tx, events) => {
        if (to === 'OPEN' && (await venueClosedForShare(tx, venueId))) return venueClosed();
        const rows = await this.repository.setStatusOfVenue(tx, venueId, from, to, range);
        const at = new Date().toISOString();
        events.record(...rows.map((row) => slotEvent(row, at)));
        return { ok: true, slots: rows, error: null };
      });
    }
    const rows = await this.events.transaction(em, async (tx, events) => {
      await setVenueClosed(tx, venueId, to === 'CLOSED');
      const changed = await this.repository.setStatusOfVenue(tx, venueId, from, to);
      const at = new Date().toISOString();
      events.record(...changed.map((row) => slotEvent(row, at)));
      return changed;
    });
    return { ok: true, slots: rows, venue: await venueById(em, venueId), error: null };
  }

  /**
   * Expands a pattern into slots in the site's time zone, and says which of them would be skipped: those
   * overlapping an existing slot of the venue and vaccine (whatever its status), and those already started.
   */
  private async plan(em: EntityManager, principal: Principal, input: SlotPatternInput): Promise<SlotPlan> {
    const site = await venueSite(em, input.venueId);
    if (!site) throw notFound('Venue');
    requireSiteAdmin(principal, site.siteId, 'Venue');
    const vaccineId = input.vaccineId ?? (await soleVaccineOfVenue(em, input.venueId));
    if (!vaccineId) throw badInput('Choose the vaccine: this venue offers more than one', 'vaccineId');
    const offer = await venueSiteIfOffers(em, input.venueId, vaccineId);
    if (!offer) throw badInput('This venue does not offer that vaccine', 'vaccineId');
    const dayStart = minutesOf(input.from);
    const dayEnd = minutesOfEnd(input.to);
    if (dayEnd <= dayStart) throw badInput('The day must end after it starts', 'to');
    if (dayStart + input.intervalMinutes > dayEnd)
      throw badInput('Not even one slot fits between from and to', 'intervalMinutes');
    let dates: string[];
    if (input.dates?.length) {
      for (const date of input.dates) if (!isIsoDate(date)) throw badInput('Dates are YYYY-MM-DD', 'dates');
      dates = [...new Set(input.dates)].sort();
    } else if (input.fromDate && input.toDate) {
      requireDateRange(input.fromDate, input.toDate, 366);
      const weekdays = new Set(input.weekdays ?? [0, 1, 2, 3, 4, 5, 6]);
      dates = [];
      for (let offset = 0, n = daysBetween(input.fromDate, input.toDate); offset <= n; offset++) {
        const date = addDays(input.fromDate, offset);
        if (weekdays.has(new Date(`${date}T00:00:00Z`).getUTCDay())) dates.push(date);
      }
    } else {
      throw badInput('Give dates, or fromDate and toDate', 'dates');
    }
    const times: PlannedSlot[] = [];
    for (const date of dates) {
      for (let start = dayStart; start + input.intervalMinutes <= dayEnd; start += input.intervalMinutes) {
        times.push({
          date,
          startsAt: fromLocal(date, start, site.timeZone),
          endsAt: fromLocal(date, start + input.intervalMinutes, site.timeZone),
          capacity: input.capacity,
        });
        if (times.length > MAX_GENERATED_SLOTS) {
          throw badInput(
            `A pattern may create at most ${MAX_GENERATED_SLOTS} slots; split the dates`,
            'dates',
          );
        }
      }
    }
    const overlaps = await this.repository.overlapping(em, input.venueId, vaccineId, times);
    const now = Date.now();
    const planned: PlannedSlot[] = [];
    const skipped: SkippedSlot[] = [];
    times.forEach((time, index) => {
      const existing = overlaps.get(index);
      if (existing) skipped.push({ ...time, reason: 'OVERLAPS_EXISTING', overlaps: existing });
      else if (time.startsAt.getTime() <= now) skipped.push({ ...time, reason: 'STARTED', overlaps: null });
      else planned.push(time);
    });
    return { siteId: site.siteId, vaccineId, status: offer.closed ? 'CLOSED' : 'OPEN', planned, skipped };
  }

  /** What createSlots would create now; writes nothing. */
  async previewPattern(
    em: EntityManager,
    principal: Principal,
    input: SlotPatternInput,
  ): Promise<SlotPatternPreview> {
    const { vaccineId, planned, skipped } = await this.plan(em, principal, input);
    return { vaccineId, slots: planned, skipped };
  }

  /** Creates what previewSlots shows, in one statement; a slot added meanwhile is kept and this one skipped. */
  async createPattern(
    em: EntityManager,
    principal: Principal,
    input: SlotPatternInput,
  ): Promise<CreateSlotsResult> {
    const plan = await this.plan(em, principal, input);
    const created = await this.repository.insertWhereFree(
      em,
      {
        siteId: plan.siteId,
        venueId: input.venueId,
        vaccineId: plan.vaccineId,
        capacity: input.capacity,
        status: plan.status,
      },
      plan.planned,
    );
    const made = new Set(created.map((slot) => slot.startsAt.getTime()));
    const skipped = [
      ...plan.skipped,
      ...plan.planned
        .filter((time) => !made.has(time.startsAt.getTime()))
        .map((time) => ({ ...time, reason: 'OVERLAPS_EXISTING' as const, overlaps: null })),
    ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return { vaccineId: plan.vaccineId, created, skipped };
  }

  /**
   * A venue's slots with their counts and every day's totals over a range (at most 93 days): the week and
   * month calendar. Two statements whatever the range: the venue access, the slots.
   */
  async calendar(em: EntityManager, principal: Principal, input: SlotCalendarInput): Promise<SlotCalendar> {
    const venue = await requireVenueAccess(em, principal, input.venueId);
    requireDateRange(input.fromDate, input.toDate, MAX_AVAILABILITY_DAYS);
    const rows = await this.repository.countsOfVenue(
      em,
      input.venueId,
      fromLocal(input.fromDate, 0, venue.timeZone),
      fromLocal(addDays(input.toDate, 1), 0, venue.timeZone),
      venue.timeZone,
      input.vaccineId,
    );
    const slots = rows.map(countOf);
    const totals = new Map<string, SlotDayTotals>();
    for (const slot of slots) {
      let day = totals.get(slot.date);
      if (!day) totals.set(slot.date, (day = emptyDay(slot.date)));
      day.booked += slot.booked;
      if (slot.status === 'CANCELLED') continue;
      day.slots += 1;
      day.capacity += slot.capacity;
      day.free += slot.free;
      if (slot.status === 'CLOSED') day.closedSlots += 1;
    }
    return {
      venueId: input.venueId,
      fromDate: input.fromDate,
      toDate: input.toDate,
      days: everyDay(input.fromDate, input.toDate, totals),
      slots,
    };
  }

  /** A venue's day for the live board: every slot's counts and the day's totals; two statements. */
  async board(em: EntityManager, principal: Principal, venueId: string, date: string): Promise<VenueBoard> {
    const calendar = await this.calendar(em, principal, { venueId, fromDate: date, toDate: date });
    return { venueId, date, totals: calendar.days[0] ?? emptyDay(date), slots: calendar.slots };
  }

  /** Booked and free places per day over a site's coming weeks, from today in its time zone; one sum. */
  async campaignChart(
    em: EntityManager,
    principal: Principal,
    input: CampaignChartInput,
  ): Promise<CampaignChart> {
    requireSiteAdmin(principal, input.siteId);
    const timeZone = isUuid(input.siteId) ? await siteTimeZone(em, input.siteId) : undefined;
    if (!timeZone) throw notFound('Site');
    if (input.venueId) {
      const venue = await venueSite(em, input.venueId);
      if (venue?.siteId !== input.siteId) throw notFound('Venue');
    }
    const fromDate = localDateOf(new Date(), timeZone);
    const toDate = addDays(fromDate, input.weeks * 7 - 1);
    const rows = await this.repository.dayTotalsOfSite(
      em,
      input.siteId,
      fromLocal(fromDate, 0, timeZone),
      fromLocal(addDays(toDate, 1), 0, timeZone),
      timeZone,
      input.venueId,
    );
    const totals = new Map(
      rows.map((row) => [
        row.date,
        {
          date: row.date,
          slots: row.slots,
          closedSlots: row.closed_slots,
          capacity: row.capacity,
          booked: row.booked,
          free: row.free,
        },
      ]),
    );
    return { fromDate, toDate, days: everyDay(fromDate, toDate, totals) };
  }

  private async venueForAdmin(em: EntityManager, principal: Principal, venueId: string, vaccineId: string) {
    const offer = await venueSiteIfOffers(em, venueId, vaccineId);
    if (!offer) throw notFound('A venue offering this vaccine');
    requireSiteAdmin(principal, offer.siteId, 'A venue offering this vaccine');
    const timeZone = await siteTimeZone(em, offer.siteId);
    // Slots added to a closed venue start closed: a closed venue takes no booking.
    const status: 'OPEN' | 'CLOSED' = offer.closed ? 'CLOSED' : 'OPEN';
    return { siteId: offer.siteId, timeZone: timeZone!, status };
  }

  async create(em: EntityManager, principal: Principal, input: CreateSlotInput): Promise<SlotView> {
    if (input.endsAt <= input.startsAt) throw badInput('A slot must end after it starts', 'endsAt');
    const { siteId, status } = await this.venueForAdmin(em, principal, input.venueId, input.vaccineId);
    const [slot] = await this.repository.insertMany(em, { siteId, ...input, status }, [input]);
    if (!slot) throw new Conflict('A slot for this venue and vaccine already starts at that time');
    return slot;
  }

  /** Expands a weekly pattern into slots in the site's time zone; re-running it adds only what is missing. */
  async generate(
    em: EntityManager,
    principal: Principal,
    input: GenerateSlotsInput,
  ): Promise<GenerateSlotsResult> {
    const { siteId, timeZone, status } = await this.venueForAdmin(
      em,
      principal,
      input.venueId,
      input.vaccineId,
    );
    const dayStart = minutesOf(input.dayStart);
    const dayEnd = minutesOf(input.dayEnd);
    if (dayEnd <= dayStart) throw badInput('The day must end after it starts', 'dayEnd');
    const days = daysBetween(input.fromDate, input.toDate);
    if (days < 0) throw badInput('toDate is before fromDate', 'toDate');
    const times: { startsAt: Date; endsAt: Date }[] = [];
    for (let offset = 0; offset <= days; offset++) {
      const date = addDays(input.fromDate, offset);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (!input.weekdays.includes(weekday)) continue;
      for (let start = dayStart; start + input.slotMinutes <= dayEnd; start += input.slotMinutes) {
        times.push({
          startsAt: fromLocal(date, start, timeZone),
          endsAt: fromLocal(date, start + input.slotMinutes, timeZone),
        });
        if (times.length > MAX_GENERATED_SLOTS) {
          throw badInput(
            `A pattern may create at most ${MAX_GENERATED_SLOTS} slots; split the date range`,
            'toDate',
          );
        }
      }
    }
    const created =
      times.length === 0 ? [] : await this.repository.insertMany(em, { siteId, ...input, status }, times);
    return { created: created.length, skipped: times.length - created.length };
  }

  /**
   * Per-day and per-slot free places for a venue and vaccine. Two statements whatever the range:
   * one for the venue's site settings, one for the slots; days are summed here.
   */
  async availability(
    em: EntityManager,
    venueId: string,
    vaccineId: string,
    from: string,
    to: string,
  ): Promise<Availability> {
    if (!isUuid(venueId) || !isUuid(vaccineId)) throw notFound('Venue');
    if (!isIsoDate(from) || !isIsoDate(to)) throw badInput('Dates are YYYY-MM-DD');
    const span = daysBetween(from, to);
    if (span < 0) throw badInput('to is before from', 'to');
    // Both ends count: from 1 to 93 days.
    if (span + 1 > MAX_AVAILABILITY_DAYS)
      throw badInput(`Ask for at most ${MAX_AVAILABILITY_DAYS} days at a time`, 'to');
    const read = async () => {
      const site = await venueSite(em, venueId);
      if (!site) return undefined;
      const slots = await this.repository.findInRange(
        em,
        venueId,
        vaccineId,
        fromLocal(from, 0, site.timeZone),
        fromLocal(addDays(to, 1), 0, site.timeZone),
      );
      return { site, slots };
    };
    const monthViews = this.monthViews;
    const key = `${vaccineId} ${from} ${to}`;
    const kept = monthViews?.get(venueId, key, read);
    const source = await (kept ?? read());
    if (!source) throw notFound('Venue');
    // The slots (not the days: they depend on the clock) are the kept read's until it is invalidated.
    if (kept && monthViews) answeredFromMemory(() => monthViews.holds(venueId, key, kept));
    const { slots } = source;
    const now = Date.now();
    // Computed per request from the opening time, so a cached read turns bookable when the booking opens.
    const site = {
      timeZone: source.site.timeZone,
      bookingOpen: source.site.bookingOpensAt === null || source.site.bookingOpensAt.getTime() <= now,
    };
    const days = new Map<string, AvailabilityDay>();
    for (const slot of slots) {
      const date = localDateOf(slot.startsAt, site.timeZone);
      let day = days.get(date);
      if (!day) days.set(date, (day = { date, capacity: 0, remaining: 0, bookable: false }));
      day.capacity += slot.capacity;
      if (slot.startsAt.getTime() > now) day.remaining += remainingOf(slot);
      day.bookable ||= site.bookingOpen && this.isBookable(slot, now);
    }
    return { days: [...days.values()], slots };
  }

  isBookable(slot: SlotView, now = Date.now()): boolean {
    return slot.status === 'OPEN' && slot.startsAt.getTime() > now && remainingOf(slot) > 0;
  }
}
