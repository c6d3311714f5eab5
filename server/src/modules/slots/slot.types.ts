import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VenueType } from '../venues/venue.types.js';
import type { Venue } from '../venues/venue.service.js';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { SlotStatus } from './slot.entity.js';

registerEnumType(SlotStatus, {
  name: 'SlotStatus',
  description:
    'OPEN slots take bookings; CLOSED ones take none until reopened and keep their bookings; CANCELLED ones never again',
  valuesConfig: {
    OPEN: { description: 'Takes bookings while places are free and it has not started' },
    CLOSED: {
      description: 'Closed by an admin (the slot, its day or its venue): no new bookings, bookings kept',
    },
    CANCELLED: { description: 'Taken out of service for good; its bookings were cancelled' },
  },
});

/** What every slot read produces; plain data so subscription payloads can carry it. */
export interface SlotView {
  id: string;
  siteId: string;
  venueId: string;
  vaccineId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  reserved: number;
  status: SlotStatus;
}

@ObjectType('Slot', { description: 'A time slot at a venue for one vaccine, with a capacity' })
export class SlotType {
  @Field(() => ID, { description: 'Slot id' })
  id!: string;

  @Field(() => ID, { description: 'Venue id' })
  venueId!: string;

  @Field(() => ID, { description: 'Vaccine id' })
  vaccineId!: string;

  @Field(() => DateTime, { description: 'Start' })
  startsAt!: Date;

  @Field(() => DateTime, { description: 'End' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Places in total' })
  capacity!: number;

  @Field(() => SlotStatus, { description: 'OPEN or CANCELLED' })
  status!: SlotStatus;
}

@ObjectType({ description: 'One calendar day of a venue and vaccine' })
export class AvailabilityDay {
  @Field(() => LocalDate, { description: 'The date in the site’s time zone' })
  date!: string;

  @Field(() => Int, { description: 'Places in all slots of the day' })
  capacity!: number;

  @Field(() => Int, { description: 'Free places in slots that can still be booked' })
  remaining!: number;

  @Field(() => Boolean, { description: 'True when at least one slot of the day can be booked now' })
  bookable!: boolean;
}

@ObjectType({ description: 'Free places of a venue and vaccine over a date range, per day and per slot' })
export class Availability {
  @Field(() => [AvailabilityDay], { description: 'Days that have slots, in date order' })
  days!: AvailabilityDay[];

  @Field(() => [SlotType], { description: 'Slots in time order' })
  slots!: SlotView[];
}

@ObjectType({ description: 'A slot’s new count, pushed after a booking or cancellation commits' })
export class SlotAvailability {
  @Field(() => ID, { description: 'Slot id' })
  slotId!: string;

  @Field(() => Int, { description: 'Free places now' })
  remaining!: number;

  @Field(() => Int, { description: 'Places in total' })
  capacity!: number;

  @Field(() => Int, {
    description: 'Places booked now (capacity − remaining while OPEN; CLOSED slots keep their bookings)',
  })
  booked!: number;

  @Field(() => SlotType, { description: 'The slot itself, so a normalised client cache updates in place' })
  slot!: SlotView;
}

@InputType({ description: 'One slot' })
export class CreateSlotInput {
  @Field(() => ID, { description: 'Venue id' })
  @IsUUID()
  venueId!: string;

  @Field(() => ID, { description: 'Vaccine id (offered at the venue)' })
  @IsUUID()
  vaccineId!: string;

  @Field(() => DateTime, { description: 'Start' })
  startsAt!: Date;

  @Field(() => DateTime, { description: 'End, after the start' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Places' })
  @Min(0)
  @Max(100000)
  capacity!: number;
}

@InputType({ description: 'Many slots from a pattern, in the site’s time zone; existing slots are kept' })
export class GenerateSlotsInput {
  @Field(() => ID, { description: 'Venue id' })
  @IsUUID()
  venueId!: string;

  @Field(() => ID, { description: 'Vaccine id (offered at the venue)' })
  @IsUUID()
  vaccineId!: string;

  @Field(() => LocalDate, { description: 'First date' })
  fromDate!: string;

  @Field(() => LocalDate, { description: 'Last date (inclusive)' })
  toDate!: string;

  @Field(() => [Int], { description: 'Weekdays to include: 0 Sunday … 6 Saturday' })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  weekdays!: number[];

  @Field(() => String, { description: 'Opening time, HH:MM' })
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
  dayStart!: string;

  @Field(() => String, { description: 'Closing time, HH:MM; the last slot ends by then' })
  @Matches(/^([01][0-9]|2[0-4]):[0-5][0-9]$/)
  dayEnd!: string;

  @Field(() => Int, { description: 'Length of one slot in minutes' })
  @Min(5)
  @Max(720)
  slotMinutes!: number;

  @Field(() => Int, { description: 'Places per slot' })
  @Min(0)
  @Max(100000)
  capacity!: number;
}

@ObjectType({ description: 'Outcome of generateSlots' })
export class GenerateSlotsResult {
  @Field(() => Int, { description: 'Slots created' })
  created!: number;

  @Field(() => Int, { description: 'Slots of the pattern that already existed and were kept' })
  skipped!: number;
}

@InputType({
  description:
    'Cancels a slot: it takes no more bookings, and its booked reservations (with their set partners) are cancelled',
})
export class CancelSlotInput {
  @Field(() => ID, { description: 'Slot id' })
  @IsUUID()
  slotId!: string;

  @Field(() => String, {
    description: 'Reason, kept with every cancelled reservation and told to the people affected',
  })
  @Length(1, 500)
  reason!: string;
}

@ObjectType({ description: 'Outcome of cancelSlot' })
export class CancelSlotResult {
  @Field(() => SlotType, { description: 'The slot, now CANCELLED' })
  slot!: SlotView;

  @Field(() => Int, { description: 'Reservations cancelled, set partners included' })
  cancelledReservations!: number;
}

// --- Admin: editing slots, closing, patterns, the calendar and the live board (issue 14) ---

const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const HH_MM_END = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

@InputType({ description: 'A slot’s new capacity' })
export class UpdateSlotCapacityInput {
  @Field(() => ID, { description: 'Slot id' })
  @IsUUID()
  slotId!: string;

  @Field(() => Int, { description: 'New number of places, never below the places already booked' })
  @Min(0)
  @Max(100000)
  capacity!: number;
}

export const SlotChangeErrorCode = {
  CAPACITY_BELOW_BOOKED: 'CAPACITY_BELOW_BOOKED',
  SLOT_CANCELLED: 'SLOT_CANCELLED',
  VENUE_CLOSED: 'VENUE_CLOSED',
} as const;
export type SlotChangeErrorCode = (typeof SlotChangeErrorCode)[keyof typeof SlotChangeErrorCode];
registerEnumType(SlotChangeErrorCode, {
  name: 'SlotChangeErrorCode',
  description: 'Why a change to a slot was refused; nothing was written',
  valuesConfig: {
    CAPACITY_BELOW_BOOKED: {
      description: 'The new capacity is below the places booked now (see booked and requested)',
    },
    SLOT_CANCELLED: { description: 'The slot was cancelled for good; it cannot be changed or reopened' },
    VENUE_CLOSED: { description: 'The venue is closed: reopen the venue before a slot or day of it' },
  },
});

@ObjectType({ description: 'Why a change to a slot was refused' })
export class SlotChangeError {
  @Field(() => SlotChangeErrorCode, { description: 'Machine-readable reason' })
  code!: SlotChangeErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'CAPACITY_BELOW_BOOKED: places booked when the change was refused',
  })
  booked?: number | null;

  @Field(() => Int, { nullable: true, description: 'CAPACITY_BELOW_BOOKED: the capacity asked for' })
  requested?: number | null;
}

@ObjectType({ description: 'Outcome of updateSlotCapacity' })
export class UpdateSlotCapacityResult {
  @Field(() => Boolean, { description: 'True when the capacity was changed' })
  ok!: boolean;

  @Field(() => SlotType, { nullable: true, description: 'The slot as it is now (changed or not)' })
  slot?: SlotView | null;

  @Field(() => SlotChangeError, { nullable: true, description: 'Why nothing was changed' })
  error?: SlotChangeError | null;
}

@InputType({
  description:
    'Which slots to close or reopen: one slot (slotId), a venue’s day (venueId and date, in the site’s ' +
    'time zone) or a whole venue (venueId only)',
})
export class SlotScopeInput {
  @Field(() => ID, { nullable: true, description: 'One slot (give nothing else)' })
  @IsOptional()
  @IsUUID()
  slotId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A venue: with date its day, without date the whole venue',
  })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'A day of the venue (site’s time zone)' })
  @IsOptional()
  date?: string | null;
}

@ObjectType({ description: 'Outcome of closeSlots and reopenSlots' })
export class SlotStatusChangeResult {
  @Field(() => Boolean, { description: 'True when the change was made (even if no slot needed it)' })
  ok!: boolean;

  @Field(() => [SlotType], { description: 'The slots whose status changed, in time order' })
  slots!: SlotView[];

  @Field(() => VenueType, { nullable: true, description: 'The venue, when the whole venue was asked for' })
  venue?: Venue | null;

  @Field(() => SlotChangeError, { nullable: true, description: 'Why nothing was changed' })
  error?: SlotChangeError | null;
}

@InputType({
  description:
    'Slots from a pattern, in the site’s time zone: either dates, or fromDate–toDate with optional weekdays; ' +
    'from each day’s start, one slot every intervalMinutes, the last ending by the day’s end',
})
export class SlotPatternInput {
  @Field(() => ID, { description: 'Venue id' })
  @IsUUID()
  venueId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Vaccine id (offered at the venue); may be left out when the venue offers exactly one',
  })
  @IsOptional()
  @IsUUID()
  vaccineId?: string | null;

  @Field(() => [LocalDate], { nullable: true, description: 'Exact dates (instead of a range), at most 366' })
  @IsOptional()
  @ArrayMaxSize(366)
  dates?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'First date of a range' })
  @IsOptional()
  fromDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last date of a range (inclusive)' })
  @IsOptional()
  toDate?: string | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Weekdays of the range to include: 0 Sunday … 6 Saturday (all when left out)',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  weekdays?: number[] | null;

  @Field(() => String, { description: 'Start of each day, HH:MM (wall clock of the site)' })
  @Matches(HH_MM)
  from!: string;

  @Field(() => String, { description: 'End of each day, HH:MM; the last slot ends by then' })
  @Matches(HH_MM_END)
  to!: string;

  @Field(() => Int, { description: 'Length of one slot in minutes (5 to 720)' })
  @Min(5)
  @Max(720)
  intervalMinutes!: number;

  @Field(() => Int, { description: 'Places per slot' })
  @Min(0)
  @Max(100000)
  capacity!: number;
}

@ObjectType({ description: 'A slot a pattern would create' })
export class PlannedSlot {
  @Field(() => LocalDate, { description: 'Date in the site’s time zone' })
  date!: string;

  @Field(() => DateTime, { description: 'Start' })
  startsAt!: Date;

  @Field(() => DateTime, { description: 'End' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Places' })
  capacity!: number;
}

export const SkipReason = { OVERLAPS_EXISTING: 'OVERLAPS_EXISTING', STARTED: 'STARTED' } as const;
export type SkipReason = (typeof SkipReason)[keyof typeof SkipReason];
registerEnumType(SkipReason, {
  name: 'SlotSkipReason',
  description: 'Why a slot of a pattern is not created',
  valuesConfig: {
    OVERLAPS_EXISTING: {
      description: 'An existing slot of the same venue and vaccine overlaps its time (it is kept as it is)',
    },
    STARTED: { description: 'Its start has already passed' },
  },
});

@ObjectType({ description: 'A slot of a pattern that is not created, and why' })
export class SkippedSlot {
  @Field(() => LocalDate, { description: 'Date in the site’s time zone' })
  date!: string;

  @Field(() => DateTime, { description: 'Start it would have had' })
  startsAt!: Date;

  @Field(() => DateTime, { description: 'End it would have had' })
  endsAt!: Date;

  @Field(() => SkipReason, { description: 'Why it is skipped' })
  reason!: SkipReason;

  @Field(() => SlotType, {
    nullable: true,
    description: 'OVERLAPS_EXISTING: the first existing slot it overlaps',
  })
  overlaps?: SlotView | null;
}

@ObjectType({ description: 'What a slot pattern would create (previewSlots); nothing is written' })
export class SlotPatternPreview {
  @Field(() => ID, { description: 'The vaccine of the slots (the venue’s only one when none was given)' })
  vaccineId!: string;

  @Field(() => [PlannedSlot], { description: 'Slots createSlots would create, in time order' })
  slots!: PlannedSlot[];

  @Field(() => [SkippedSlot], { description: 'Slots of the pattern it would skip, in time order' })
  skipped!: SkippedSlot[];
}

@ObjectType({ description: 'Outcome of createSlots' })
export class CreateSlotsResult {
  @Field(() => ID, { description: 'The vaccine of the slots' })
  vaccineId!: string;

  @Field(() => [SlotType], { description: 'Slots created, in time order' })
  created!: SlotView[];

  @Field(() => [SkippedSlot], { description: 'Slots of the pattern skipped, in time order' })
  skipped!: SkippedSlot[];
}

@ObjectType({ description: 'A slot with its counts, for the calendar and the live board' })
export class SlotCount {
  @Field(() => ID, { description: 'Slot id' })
  slotId!: string;

  @Field(() => SlotType, { description: 'The slot' })
  slot!: SlotView;

  @Field(() => LocalDate, { description: 'Date in the site’s time zone' })
  date!: string;

  @Field(() => Int, { description: 'Places in total' })
  capacity!: number;

  @Field(() => Int, { description: 'Places booked' })
  booked!: number;

  @Field(() => Int, {
    description: 'Places still bookable: capacity − booked while OPEN, 0 when CLOSED or CANCELLED',
  })
  free!: number;

  @Field(() => SlotStatus, { description: 'OPEN, CLOSED or CANCELLED' })
  status!: SlotStatus;
}

@ObjectType({ description: 'The totals of a day (a venue’s, or a whole site’s for the campaign chart)' })
export class SlotDayTotals {
  @Field(() => LocalDate, { description: 'Date in the site’s time zone' })
  date!: string;

  @Field(() => Int, { description: 'Slots of the day that are not cancelled' })
  slots!: number;

  @Field(() => Int, { description: 'Of them, slots CLOSED' })
  closedSlots!: number;

  @Field(() => Int, { description: 'Places in the day’s slots that are not cancelled' })
  capacity!: number;

  @Field(() => Int, { description: 'Places booked' })
  booked!: number;

  @Field(() => Int, { description: 'Places still bookable (OPEN slots only)' })
  free!: number;
}

@InputType({ description: 'A venue’s slots over a date range (a week, a month; at most 93 days)' })
export class SlotCalendarInput {
  @Field(() => ID, { description: 'Venue id' })
  @IsUUID()
  venueId!: string;

  @Field(() => LocalDate, { description: 'First date (site’s time zone)' })
  fromDate!: string;

  @Field(() => LocalDate, { description: 'Last date (inclusive)' })
  toDate!: string;

  @Field(() => ID, { nullable: true, description: 'Only this vaccine’s slots (all when left out)' })
  @IsOptional()
  @IsUUID()
  vaccineId?: string | null;
}

@ObjectType({ description: 'A venue’s slots and day totals over a date range' })
export class SlotCalendar {
  @Field(() => ID, { description: 'Venue id' })
  venueId!: string;

  @Field(() => LocalDate, { description: 'First date' })
  fromDate!: string;

  @Field(() => LocalDate, { description: 'Last date' })
  toDate!: string;

  @Field(() => [SlotDayTotals], {
    description: 'Totals of every day of the range, days without slots included (zeros), in date order',
  })
  days!: SlotDayTotals[];

  @Field(() => [SlotCount], { description: 'Every slot of the range, in time order' })
  slots!: SlotCount[];
}

@ObjectType({
  description:
    'A venue’s day, live: every slot’s counts and the day’s totals. Keep it current with ' +
    'slotAvailabilityChanged(venueId), whose messages carry each changed slot’s capacity, booked and status',
})
export class VenueBoard {
  @Field(() => ID, { description: 'Venue id' })
  venueId!: string;

  @Field(() => LocalDate, { description: 'The day (site’s time zone)' })
  date!: string;

  @Field(() => SlotDayTotals, { description: 'The day’s totals' })
  totals!: SlotDayTotals;

  @Field(() => [SlotCount], { description: 'The day’s slots, in time order' })
  slots!: SlotCount[];
}

@InputType({ description: 'A site’s coming weeks for the campaign chart' })
export class CampaignChartInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => Int, { defaultValue: 4, description: 'How many weeks from today (1 to 26)' })
  @Min(1)
  @Max(26)
  weeks!: number;

  @Field(() => ID, { nullable: true, description: 'Only this venue (the whole site when left out)' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;
}

@ObjectType({ description: 'Booked and free places per day over a site’s coming weeks' })
export class CampaignChart {
  @Field(() => LocalDate, { description: 'Today in the site’s time zone, the first day' })
  fromDate!: string;

  @Field(() => LocalDate, { description: 'The last day' })
  toDate!: string;

  @Field(() => [SlotDayTotals], {
    description: 'Every day of the range (zeros where no slots), in date order',
  })
  days!: SlotDayTotals[];
}
