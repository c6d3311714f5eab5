import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import type { ChangeView } from './change-feed.service.js';

@ObjectType({
  description:
    'One change in the feed: an event recorded by the transaction that made it, with its subjects (ticket, reservation, vaccination record)',
})
export class Change {
  @Field(() => ID, {
    description: 'Stable event id; the same id is the webhook-id header of its webhook deliveries',
  })
  eventId!: string;

  @Field(() => String, {
    description:
      'Event type: reservation.booked, reservation.cancelled, reservation.changed, reservation.moved (moved to another slot: slotId/slotStartsAt are the new one, data.fromSlotId the old), reservation.vaccinated, ticket.issued, ticket.registered, ticket.revoked, slot.capacityChanged, import.committed',
  })
  type!: string;

  @Field(() => DateTime, { description: 'When it happened' })
  occurredAt!: Date;

  @Field(() => DateTime, { description: 'When it was written to the log (in the same transaction)' })
  recordedAt!: Date;

  @Field(() => ID, { description: 'Site id' })
  siteId!: string;

  @Field(() => ID, { nullable: true, description: 'The ticket it is about' })
  ticketId!: string | null;

  @Field(() => String, { nullable: true, description: "The ticket's number (接種券番号)" })
  ticketNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The HR system's own id of the ticket holder (employee or student id), where known",
  })
  externalId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The reservation it is about' })
  reservationId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For reservation.vaccinated: the vaccination record (keyed by the reservation id)',
  })
  vaccinationRecordId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The slot of the reservation (or of a capacity change)' })
  slotId!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When that slot starts' })
  slotStartsAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The venue of that slot' })
  venueId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Dose number of the reservation' })
  dose!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reservation status this change leaves: BOOKED, CANCELLED, NO_SHOW, VACCINATED',
  })
  reservationStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For reservation.booked and reservation.moved: SELF, ADMIN, BULK or API',
  })
  madeBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For reservation.cancelled: RECIPIENT, ADMIN or SLOT_CANCELLED',
  })
  cancelledBy!: string | null;

  @Field(() => String, { nullable: true, description: 'For reservation.cancelled: the reason given' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'For reservation.changed: CHECKED_IN or NO_SHOW' })
  change!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'For reservation.vaccinated: the date of the dose' })
  vaccinatedOn!: string | null;

  @Field(() => GraphQLJSON, {
    description: 'The event as recorded (plain JSON, ids and ISO dates); the webhook body carries the same',
  })
  data!: unknown;
}

@ObjectType({ description: 'A change and its cursor (a position in the log)' })
export class ChangeEdge {
  @Field(() => String, { description: 'Cursor of this change; pass it as `after` to continue after it' })
  cursor!: string;

  @Field(() => Change, { description: 'The change' })
  node!: ChangeView;
}

@ObjectType({
  description:
    'A page of the change feed in commit order. An empty page keeps your cursor: ask again later with the same `after`',
})
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'Changes' })
  edges!: ChangeEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}
