import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../graphql/scalars.js';

@ObjectType({ description: 'Reservations of a slot (or a day) counted by what happened at the venue' })
export class VenueDayCounts {
  @Field(() => Int, {
    description: 'Places taken (booked, vaccinated or no-show; cancelled ones not counted)',
  })
  booked!: number;

  @Field(() => Int, { description: 'Checked in (arrived), vaccinated ones included' })
  arrived!: number;

  @Field(() => Int, { description: 'Vaccinated' })
  vaccinated!: number;

  @Field(() => Int, { description: 'Marked as not having come' })
  noShow!: number;

  @Field(() => Int, { description: 'Booked and not checked in yet' })
  toCome!: number;
}

@ObjectType({ description: 'One slot of the venue day with its counts' })
export class VenueDaySlot extends VenueDayCounts {
  @Field(() => ID, { description: 'Slot id' })
  slotId!: string;

  @Field(() => DateTime, { description: 'Start' })
  startsAt!: Date;

  @Field(() => DateTime, { description: 'End' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Capacity' })
  capacity!: number;

  @Field(() => String, { description: 'OPEN, CLOSED or CANCELLED' })
  status!: string;

  @Field(() => String, { description: 'The slot’s vaccine (a venue may hold slots of several at one time)' })
  vaccineName!: string;
}

@ObjectType({ description: 'A venue’s day by slot with live counts; keep it current with venueDayChanged' })
export class VenueDaySummary {
  @Field(() => ID, { description: 'Venue id' })
  venueId!: string;

  @Field(() => LocalDate, { description: 'The day (site’s time zone)' })
  date!: string;

  @Field(() => [VenueDaySlot], { description: 'The day’s slots by start' })
  slots!: VenueDaySlot[];

  @Field(() => VenueDayCounts, { description: 'The whole day' })
  totals!: VenueDayCounts;
}

@ObjectType({ description: 'What a desk recorded last, offered for the next person' })
export class VenueDeskDefaults {
  @Field(() => String, { description: 'Manufacturer' })
  manufacturer!: string;

  @Field(() => String, { description: 'Lot number' })
  lotNumber!: string;

  @Field(() => ID, { nullable: true, description: 'The doctor chosen from the venue’s list, if one was' })
  doctorId!: string | null;

  @Field(() => String, { description: 'Doctor’s name' })
  doctorName!: string;

  @Field(() => DateTime, { description: 'When that record was made' })
  recordedAt!: Date;
}

export const VenueUndoAction = {
  CHECK_IN: 'CHECK_IN',
  NO_SHOW: 'NO_SHOW',
  VACCINATION: 'VACCINATION',
} as const;
export type VenueUndoAction = (typeof VenueUndoAction)[keyof typeof VenueUndoAction];
registerEnumType(VenueUndoAction, {
  name: 'VenueUndoAction',
  description:
    'CHECK_IN: the person had not arrived; NO_SHOW: they came after all; VACCINATION: the record was a mistake (removed; still checked in)',
});

@InputType({ description: 'Undoes a mistake at the venue, on the slot’s own day; audited' })
export class UndoVenueActionInput {
  @Field(() => ID, { description: 'Reservation id' })
  @IsUUID()
  reservationId!: string;

  @Field(() => VenueUndoAction, { description: 'What to undo' })
  action!: VenueUndoAction;
}

export const VenueDayChangeKind = {
  BOOKED: 'BOOKED',
  CANCELLED: 'CANCELLED',
  CHECKED_IN: 'CHECKED_IN',
  NO_SHOW: 'NO_SHOW',
  VACCINATED: 'VACCINATED',
  CHECK_IN_UNDONE: 'CHECK_IN_UNDONE',
  NO_SHOW_UNDONE: 'NO_SHOW_UNDONE',
  VACCINATION_UNDONE: 'VACCINATION_UNDONE',
} as const;
export type VenueDayChangeKind = (typeof VenueDayChangeKind)[keyof typeof VenueDayChangeKind];
registerEnumType(VenueDayChangeKind, {
  name: 'VenueDayChangeKind',
  description: 'What changed in the venue day',
});

@ObjectType({
  description: 'A committed change of one reservation of the venue day; refetch the row and the counts',
})
export class VenueDayChange {
  @Field(() => ID, { description: 'Venue id' })
  venueId!: string;

  @Field(() => LocalDate, { description: 'The day' })
  date!: string;

  @Field(() => ID, { description: 'Reservation id' })
  reservationId!: string;

  @Field(() => ID, { description: 'Slot id' })
  slotId!: string;

  @Field(() => VenueDayChangeKind, { description: 'What changed' })
  change!: VenueDayChangeKind;

  @Field(() => DateTime, { description: 'When it committed' })
  at!: Date;
}
