import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { MadeBy, ReservationStatus } from './reservation.entity.js';
import type { ReservationView } from './reservation.repository.js';

registerEnumType(ReservationStatus, { name: 'ReservationStatus', description: 'Where a reservation stands' });
registerEnumType(MadeBy, {
  name: 'MadeBy',
  description: 'Who made a reservation: the person, an admin, a bulk import or an API client',
});

@ObjectType('Reservation', { description: 'One dose booked in one slot for one ticket' })
export class ReservationType {
  @Field(() => ID, { description: 'Reservation id' })
  id!: string;

  @Field(() => Int, { description: 'Dose number (1, 2…)' })
  dose!: number;

  @Field(() => ReservationStatus, { description: 'Status' })
  status!: ReservationStatus;

  @Field(() => ID, { nullable: true, description: 'Shared by both doses of a set booking' })
  pairId!: string | null;

  @Field(() => MadeBy, { description: 'Who made it' })
  madeBy!: MadeBy;

  @Field(() => DateTime, { description: 'When it was made' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was cancelled' })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when an admin gave a reason' })
  cancelReason!: string | null;
}

@InputType({ description: 'What to book. In SET mode, dose 1 also books dose 2 at the vaccine’s interval' })
export class BookReservationInput {
  @Field(() => ID, { description: 'The slot for this dose' })
  @IsUUID()
  slotId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'Dose number' })
  @Min(1)
  @Max(3)
  dose!: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'SET mode only: a dose-2 slot within the allowed window; default: same venue and time, exactly the interval later',
  })
  @IsOptional()
  @IsUUID()
  secondDoseSlotId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key chosen by the client (e.g. a UUID) so a retry after a timeout cannot book twice: the same key sent again by the same ticket returns the first answer. Reusing a key for a different booking is refused with CONFLICT',
  })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
}

export const BookingErrorCode = {
  REGISTRATION_REQUIRED: 'REGISTRATION_REQUIRED',
  NOT_OPEN_YET: 'NOT_OPEN_YET',
  SLOT_NOT_FOUND: 'SLOT_NOT_FOUND',
  SLOT_UNAVAILABLE: 'SLOT_UNAVAILABLE',
  SLOT_FULL: 'SLOT_FULL',
  SECOND_DOSE_UNAVAILABLE: 'SECOND_DOSE_UNAVAILABLE',
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  INTERVAL_TOO_SHORT: 'INTERVAL_TOO_SHORT',
  INTERVAL_TOO_LONG: 'INTERVAL_TOO_LONG',
} as const;
export type BookingErrorCode = (typeof BookingErrorCode)[keyof typeof BookingErrorCode];
registerEnumType(BookingErrorCode, {
  name: 'BookingErrorCode',
  description: 'Why a booking was refused; nothing was written',
  valuesConfig: {
    REGISTRATION_REQUIRED: { description: 'Register the profile (registerRecipient) first' },
    NOT_OPEN_YET: { description: 'The site does not take bookings yet; see Site.bookingOpensAt' },
    SLOT_NOT_FOUND: { description: 'No such slot on this site' },
    SLOT_UNAVAILABLE: { description: 'The slot has started, passed, was closed or was cancelled' },
    SLOT_FULL: { description: 'No place left in the slot' },
    SECOND_DOSE_UNAVAILABLE: {
      description: 'SET mode: no free dose-2 slot at the interval; dose 1 was not booked either',
    },
    ALREADY_BOOKED: { description: 'This ticket already holds this dose' },
    NOT_ELIGIBLE: {
      description: 'The ticket may not book this dose (e.g. dose 2 without dose 1, or another vaccine)',
    },
    INTERVAL_TOO_SHORT: { description: 'Dose 2 would be earlier than the vaccine’s interval allows' },
    INTERVAL_TOO_LONG: { description: 'Dose 2 would be later than the vaccine’s allowed window' },
  },
});

@ObjectType({ description: 'Why a booking was refused' })
export class BookingError {
  @Field(() => BookingErrorCode, { description: 'Machine-readable reason' })
  code!: BookingErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;
}

@ObjectType({ description: 'Outcome of bookReservation' })
export class BookReservationResult {
  @Field(() => Boolean, { description: 'True when everything asked for was booked' })
  ok!: boolean;

  @Field(() => [ReservationType], { description: 'The reservations made, dose order (two for a set)' })
  reservations!: ReservationView[];

  @Field(() => BookingError, { nullable: true, description: 'Why nothing was booked' })
  error?: BookingError | null;

  /** Not in the schema: the answer stored under the idempotency key, given again; nothing was written now. */
  replayed?: boolean;
}

@InputType({ description: 'Which reservation to cancel; cancelling either dose of a set cancels both' })
export class CancelReservationInput {
  @Field(() => ID, { description: 'Reservation id' })
  @IsUUID()
  reservationId!: string;

  @Field(() => String, { nullable: true, description: 'Optional reason, kept with the reservation' })
  @IsOptional()
  @Length(0, 500)
  reason?: string | null;
}

export const CancellationErrorCode = {
  RESERVATION_NOT_FOUND: 'RESERVATION_NOT_FOUND',
  NOT_CANCELLABLE: 'NOT_CANCELLABLE',
  CUTOFF_PASSED: 'CUTOFF_PASSED',
} as const;
export type CancellationErrorCode = (typeof CancellationErrorCode)[keyof typeof CancellationErrorCode];
registerEnumType(CancellationErrorCode, {
  name: 'CancellationErrorCode',
  description: 'Why a cancellation was refused',
});

@ObjectType({ description: 'Why a cancellation was refused' })
export class CancellationError {
  @Field(() => CancellationErrorCode, { description: 'Machine-readable reason' })
  code!: CancellationErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;
}

@ObjectType({ description: 'Outcome of cancelReservation' })
export class CancelReservationResult {
  @Field(() => Boolean, { description: 'True when the reservation (and its pair) was cancelled' })
  ok!: boolean;

  @Field(() => [ReservationType], { description: 'The reservations cancelled' })
  cancelled!: ReservationView[];

  @Field(() => CancellationError, { nullable: true, description: 'Why nothing was cancelled' })
  error?: CancellationError | null;
}

@InputType({
  description:
    'A change of a booked reservation to another slot (予約変更): the new place is taken and the old one given back in one transaction, or nothing changes. Changing dose 1 of a set moves dose 2 with it',
})
export class ChangeReservationInput {
  @Field(() => ID, { description: 'The reservation to move (dose 1 of a set moves the set)' })
  @IsUUID()
  reservationId!: string;

  @Field(() => ID, { description: 'The slot it moves to' })
  @IsUUID()
  newSlotId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'When dose 1 of a set moves: the slot dose 2 moves to, within the allowed window; default: same venue and time, exactly the interval after the new dose 1',
  })
  @IsOptional()
  @IsUUID()
  newSecondDoseSlotId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key chosen by the client so a retry cannot change twice: the same key sent again by the same ticket returns the first answer. Keys are shared with bookReservation; reusing one for a different request is refused with CONFLICT',
  })
  @IsOptional()
  @Length(1, 100)
  idempotencyKey?: string | null;
}

export const ChangeErrorCode = {
  RESERVATION_NOT_FOUND: 'RESERVATION_NOT_FOUND',
  NOT_CHANGEABLE: 'NOT_CHANGEABLE',
  CUTOFF_PASSED: 'CUTOFF_PASSED',
  SAME_SLOT: 'SAME_SLOT',
  REGISTRATION_REQUIRED: 'REGISTRATION_REQUIRED',
  NOT_OPEN_YET: 'NOT_OPEN_YET',
  SLOT_NOT_FOUND: 'SLOT_NOT_FOUND',
  SLOT_UNAVAILABLE: 'SLOT_UNAVAILABLE',
  SLOT_FULL: 'SLOT_FULL',
  SECOND_DOSE_UNAVAILABLE: 'SECOND_DOSE_UNAVAILABLE',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  INTERVAL_TOO_SHORT: 'INTERVAL_TOO_SHORT',
  INTERVAL_TOO_LONG: 'INTERVAL_TOO_LONG',
} as const;
export type ChangeErrorCode = (typeof ChangeErrorCode)[keyof typeof ChangeErrorCode];
registerEnumType(ChangeErrorCode, {
  name: 'ChangeErrorCode',
  description: 'Why a change was refused; the reservation keeps its place and nothing was written',
  valuesConfig: {
    RESERVATION_NOT_FOUND: { description: 'No such reservation of this ticket' },
    NOT_CHANGEABLE: {
      description: 'The reservation is not BOOKED any more (cancelled, vaccinated, or changed meanwhile)',
    },
    CUTOFF_PASSED: {
      description: 'The current appointment is within the site’s cancellation cut-off; contact the site',
    },
    SAME_SLOT: { description: 'The reservation is already in that slot' },
    REGISTRATION_REQUIRED: { description: 'Register the profile (registerRecipient) first' },
    NOT_OPEN_YET: { description: 'The site does not take bookings yet; see Site.bookingOpensAt' },
    SLOT_NOT_FOUND: { description: 'No such slot on this site' },
    SLOT_UNAVAILABLE: { description: 'The new slot has started, passed or was cancelled' },
    SLOT_FULL: { description: 'No place left in the new slot (taken meanwhile); the old place is kept' },
    SECOND_DOSE_UNAVAILABLE: {
      description: 'A set: no free dose-2 slot for the new date; neither dose moved',
    },
    NOT_ELIGIBLE: { description: 'The new slot offers another vaccine than the other dose' },
    INTERVAL_TOO_SHORT: { description: 'The doses would be closer than the vaccine’s interval allows' },
    INTERVAL_TOO_LONG: { description: 'The doses would be further apart than the vaccine’s window allows' },
  },
});

@ObjectType({ description: 'Why a change was refused' })
export class ChangeReservationError {
  @Field(() => ChangeErrorCode, { description: 'Machine-readable reason' })
  code!: ChangeErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;
}

@ObjectType({ description: 'Outcome of changeReservation' })
export class ChangeReservationResult {
  @Field(() => Boolean, { description: 'True when every dose asked for moved' })
  ok!: boolean;

  @Field(() => [ReservationType], {
    description: 'The moved reservations in their new slots, dose order (two when a set moved)',
  })
  reservations!: ReservationView[];

  /** The slots the moved reservations left, in the same order (resolved by ChangeReservationResolver). */
  previousSlotIds!: string[];

  @Field(() => ChangeReservationError, { nullable: true, description: 'Why nothing changed' })
  error?: ChangeReservationError | null;
}
