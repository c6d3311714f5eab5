import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { SlotStatus } from './slot.entity.js';

registerEnumType(SlotStatus, {
  name: 'SlotStatus',
  description: 'OPEN slots take bookings; CANCELLED ones never again',
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
