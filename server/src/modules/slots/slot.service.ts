import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, badInput, notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { addDays, daysBetween, fromLocal, isIsoDate, localDateOf } from '../../shared/time.js';
import { isUuid } from '../../shared/ids.js';
import { requireSiteAdmin } from '../auth/access.js';
import { siteTimeZone } from '../sites/site.service.js';
import { venueSite, venueSiteIfOffers } from '../venues/venue.service.js';
import { Slot } from './slot.entity.js';
import { SlotRepository, toSlotView, type SlotRow } from './slot.repository.js';
import type {
  Availability,
  AvailabilityDay,
  CreateSlotInput,
  GenerateSlotsInput,
  GenerateSlotsResult,
  SlotView,
} from './slot.types.js';

const MAX_GENERATED_SLOTS = 5000;
export const MAX_AVAILABILITY_DAYS = 93;

export function remainingOf(slot: SlotView): number {
  return slot.status === 'OPEN' ? slot.capacity - slot.reserved : 0;
}

export type { Slot } from './slot.entity.js';

const slots = new SlotRepository();

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

export class SlotService {
  readonly repository = new SlotRepository();

  private async venueForAdmin(em: EntityManager, principal: Principal, venueId: string, vaccineId: string) {
    const offer = await venueSiteIfOffers(em, venueId, vaccineId);
    if (!offer) throw notFound('A venue offering this vaccine');
    requireSiteAdmin(principal, offer.siteId, 'A venue offering this vaccine');
    const timeZone = await siteTimeZone(em, offer.siteId);
    return { siteId: offer.siteId, timeZone: timeZone! };
  }

  async create(em: EntityManager, principal: Principal, input: CreateSlotInput): Promise<SlotView> {
    if (input.endsAt <= input.startsAt) throw badInput('A slot must end after it starts', 'endsAt');
    const { siteId } = await this.venueForAdmin(em, principal, input.venueId, input.vaccineId);
    const [slot] = await this.repository.insertMany(em, { siteId, ...input }, [input]);
    if (!slot) throw new Conflict('A slot for this venue and vaccine already starts at that time');
    return slot;
  }

  /** Expands a weekly pattern into slots in the site's time zone; re-running it adds only what is missing. */
  async generate(
    em: EntityManager,
    principal: Principal,
    input: GenerateSlotsInput,
  ): Promise<GenerateSlotsResult> {
    const { siteId, timeZone } = await this.venueForAdmin(em, principal, input.venueId, input.vaccineId);
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
      times.length === 0 ? [] : await this.repository.insertMany(em, { siteId, ...input }, times);
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
    const site = await venueSite(em, venueId);
    if (!site) throw notFound('Venue');
    const slots = await this.repository.findInRange(
      em,
      venueId,
      vaccineId,
      fromLocal(from, 0, site.timeZone),
      fromLocal(addDays(to, 1), 0, site.timeZone),
    );
    const now = Date.now();
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
