import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { MadeBy, ReservationStatus } from '../reservations/reservation.service.js';
import type { AdminReservationView } from '../reports/reservation-list.repository.js';

@ObjectType({ description: 'What was recorded at the venue for one dose (接種実績)' })
export class VaccinationRecordType {
  @Field(() => LocalDate, { description: 'Date of vaccination' })
  vaccinatedOn!: string;

  @Field(() => String, { description: 'Lot number (at most 20 characters)' })
  lotNumber!: string;

  @Field(() => String, { description: 'Doctor (at most 20 characters)' })
  doctorName!: string;

  @Field(() => DateTime, { description: 'When it was recorded' })
  recordedAt!: Date;

  @Field(() => String, {
    description: 'Manufacturer as recorded (at most 20 characters); the vaccine’s by default',
  })
  manufacturer!: string;

  @Field(() => DateTime, { nullable: true, description: 'Time of vaccination, when the venue gave it' })
  vaccinatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The desk (受付・接種台) it was recorded at' })
  deskId!: string | null;
}

@ObjectType({
  description: 'A reservation as admins and venue staff see it: person, slot and record together',
})
export class AdminReservation {
  @Field(() => ID, { description: 'Reservation id' })
  id!: string;

  @Field(() => ID, { description: 'Site id' })
  siteId!: string;

  @Field(() => Int, { description: 'Dose number' })
  dose!: number;

  @Field(() => ReservationStatus, { description: 'Status' })
  status!: ReservationStatus;

  @Field(() => MadeBy, { description: 'Who made it' })
  madeBy!: MadeBy;

  @Field(() => ID, { nullable: true, description: 'Shared by both doses of a set booking' })
  pairId!: string | null;

  @Field(() => DateTime, { description: 'When it was made' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was cancelled' })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled' })
  cancelReason!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the person checked in at the venue' })
  checkedInAt!: Date | null;

  @Field(() => ID, { description: 'Ticket id' })
  ticketId!: string;

  @Field(() => String, { description: 'Ticket number' })
  ticketNumber!: string;

  @Field(() => String, { nullable: true, description: 'Municipality code of the ticket' })
  municipalityCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Employee or student id from the roster' })
  externalId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Family name in katakana, or Latin letters where the site allows them (null until registered)',
  })
  familyNameKana!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Given name in katakana, or Latin letters where the site allows them (null until registered)',
  })
  givenNameKana!: string | null;

  @Field(() => ID, { description: 'Slot id' })
  slotId!: string;

  @Field(() => DateTime, { description: 'Slot start' })
  startsAt!: Date;

  @Field(() => DateTime, { description: 'Slot end' })
  endsAt!: Date;

  @Field(() => ID, { description: 'Venue id' })
  venueId!: string;

  @Field(() => String, { description: 'Venue name' })
  venueName!: string;

  @Field(() => ID, { description: 'Vaccine id' })
  vaccineId!: string;

  @Field(() => String, { description: 'Vaccine name' })
  vaccineName!: string;

  @Field(() => VaccinationRecordType, {
    nullable: true,
    description: 'The vaccination record, once recorded',
  })
  vaccination!: VaccinationRecordType | null;

  @Field(() => String, {
    nullable: true,
    description: 'The real ticket number linked to a provisional ticket; null until linked',
  })
  realNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The municipality code of the linked real ticket; null until linked',
  })
  realMunicipalityCode!: string | null;
}

@ObjectType({ description: 'A reservation and its cursor' })
export class AdminReservationEdge {
  @Field(() => String, { description: 'Cursor' })
  cursor!: string;

  @Field(() => AdminReservation, { description: 'The reservation' })
  node!: AdminReservationView;
}

@ObjectType({ description: 'A page of reservations, by slot time' })
export class AdminReservationConnection {
  @Field(() => [AdminReservationEdge], { description: 'Reservations' })
  edges!: AdminReservationEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Filters of the reservation list; all optional, combined with AND' })
export class ReservationFilter {
  @Field(() => ID, { nullable: true, description: 'Only this venue' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Slots on or after this date (site time zone)' })
  @IsOptional()
  fromDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Slots on or before this date (site time zone)' })
  @IsOptional()
  toDate?: string | null;

  @Field(() => ReservationStatus, { nullable: true, description: 'Only this status' })
  @IsOptional()
  status?: ReservationStatus | null;

  @Field(() => String, { nullable: true, description: 'Exact ticket number (full-width digits accepted)' })
  @IsOptional()
  @Length(1, 30)
  ticketNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name (family + given, spaces ignored): katakana, or Latin letters (any case) for names registered in them',
  })
  @IsOptional()
  @Length(1, 50)
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only this dose number (1 to 3)' })
  @IsOptional()
  dose?: number | null;

  @Field(() => MadeBy, { nullable: true, description: 'Only reservations made this way' })
  @IsOptional()
  madeBy?: MadeBy | null;
}

@InputType({
  description: 'An admin books on a person’s behalf (made by ADMIN; opening time does not apply)',
})
export class ProxyBookReservationInput {
  @Field(() => ID, { description: 'The person’s ticket' })
  @IsUUID()
  ticketId!: string;

  @Field(() => ID, { description: 'The slot for this dose' })
  @IsUUID()
  slotId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'Dose number' })
  dose!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'SET mode: the dose-2 slot; default exactly the interval later',
  })
  @IsOptional()
  @IsUUID()
  secondDoseSlotId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key chosen by the caller (e.g. a UUID) so a retry after a timeout cannot book twice: the same key sent again for the same ticket returns the first answer and writes nothing. Reusing a key for a different booking is refused with CONFLICT',
  })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'An admin cancels on a person’s behalf; the recipient cut-off does not apply' })
export class ProxyCancelReservationInput {
  @Field(() => ID, { description: 'Reservation id (its set partner is cancelled too)' })
  @IsUUID()
  reservationId!: string;

  @Field(() => String, { description: 'Reason, kept with the reservation and told to the person' })
  @Length(1, 500)
  reason!: string;
}

@InputType({ description: 'Cancels every booked reservation of a venue on one day, with their set partners' })
export class CancelVenueDayInput {
  @Field(() => ID, { description: 'Venue id' })
  @IsUUID()
  venueId!: string;

  @Field(() => LocalDate, { description: 'The day, in the site’s time zone' })
  date!: string;

  @Field(() => String, { description: 'Reason, kept with every reservation and told to the people affected' })
  @Length(1, 500)
  reason!: string;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Also cancel the day’s slots so nobody books them again',
  })
  closeSlots!: boolean;
}

@ObjectType({ description: 'Outcome of cancelVenueDay' })
export class CancelVenueDayResult {
  @Field(() => Int, { description: 'Reservations cancelled, set partners included' })
  cancelledReservations!: number;

  @Field(() => Int, { description: 'Slots cancelled' })
  cancelledSlots!: number;
}

@InputType({ description: 'A reservation at a venue' })
export class VenueReservationInput {
  @Field(() => ID, { description: 'Reservation id' })
  @IsUUID()
  reservationId!: string;
}

@InputType({ description: 'Records a vaccination (or corrects the record)' })
export class RecordVaccinationInput {
  @Field(() => ID, { description: 'Reservation id' })
  @IsUUID()
  reservationId!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date of vaccination; default the date of vaccinatedAt, else the slot’s date',
  })
  @IsOptional()
  vaccinatedOn?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Time of vaccination' })
  @IsOptional()
  vaccinatedAt?: Date | null;

  @Field(() => String, {
    description: 'Lot number: at most 20 characters, not starting with = + - @ (the national record’s rule)',
  })
  @Length(1, 60)
  lotNumber!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The doctor, from the venue’s list (venueDoctors); give this or doctorName',
  })
  @IsOptional()
  @IsUUID()
  doctorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Doctor’s name when not from the list: at most 20 characters, not starting with = + - @',
  })
  @IsOptional()
  @Length(1, 60)
  doctorName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Manufacturer (e.g. ファイザー, 武田/モデルナ): at most 20 characters, not starting with = + - @; default the vaccine’s',
  })
  @IsOptional()
  @Length(1, 60)
  manufacturer?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The desk recording it (any id the tablet keeps); venueDeskDefaults then returns what it last used',
  })
  @IsOptional()
  @Length(1, 50)
  deskId?: string | null;
}

export const VenueActionErrorCode = {
  WRONG_STATUS: 'WRONG_STATUS',
  NOT_STARTED: 'NOT_STARTED',
  NOTHING_TO_UNDO: 'NOTHING_TO_UNDO',
  DAY_OVER: 'DAY_OVER',
  DOSE_REBOOKED: 'DOSE_REBOOKED',
} as const;
export type VenueActionErrorCode = (typeof VenueActionErrorCode)[keyof typeof VenueActionErrorCode];
registerEnumType(VenueActionErrorCode, {
  name: 'VenueActionErrorCode',
  description: 'Why a venue action was refused',
  valuesConfig: {
    WRONG_STATUS: { description: 'The reservation is cancelled or closed' },
    NOT_STARTED: { description: 'The slot has not begun' },
    NOTHING_TO_UNDO: {
      description: 'undoVenueAction: the reservation is not in the state the undo reverses',
    },
    DAY_OVER: { description: 'undoVenueAction: a mistake is undone on the slot’s own day only' },
    DOSE_REBOOKED: {
      description: 'undoVenueAction: the person booked this dose again after the no-show; cancel that first',
    },
  },
});

@ObjectType({ description: 'Why a venue action was refused' })
export class VenueActionError {
  @Field(() => VenueActionErrorCode, { description: 'Machine-readable reason' })
  code!: VenueActionErrorCode;

  @Field(() => String, { description: 'Human-readable reason' })
  message!: string;
}

@ObjectType({ description: 'Outcome of a check-in, vaccination record or no-show' })
export class VenueActionResult {
  @Field(() => Boolean, { description: 'True when done' })
  ok!: boolean;

  @Field(() => AdminReservation, { description: 'The reservation as it is now' })
  reservation!: AdminReservationView;

  @Field(() => VenueActionError, { nullable: true, description: 'Why nothing changed' })
  error?: VenueActionError | null;
}
