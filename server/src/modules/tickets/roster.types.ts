import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';

export const TicketRosterStatus = {
  NOT_REGISTERED: 'NOT_REGISTERED',
  REGISTERED: 'REGISTERED',
  REVOKED: 'REVOKED',
} as const;
export type TicketRosterStatus = (typeof TicketRosterStatus)[keyof typeof TicketRosterStatus];
registerEnumType(TicketRosterStatus, {
  name: 'TicketRosterStatus',
  description: 'Where a ticket stands: its holder has not registered yet, has registered, or it was revoked',
  valuesConfig: {
    NOT_REGISTERED: { description: 'Active; the holder has not logged in and registered yet' },
    REGISTERED: { description: 'Active; the holder registered (name in kana, password)' },
    REVOKED: { description: 'Revoked: it can no longer log in or book' },
  },
});

export const TicketBookingState = {
  NOT_BOOKED: 'NOT_BOOKED',
  DOSE1_ONLY: 'DOSE1_ONLY',
  COMPLETE: 'COMPLETE',
  VACCINATED: 'VACCINATED',
} as const;
export type TicketBookingState = (typeof TicketBookingState)[keyof typeof TicketBookingState];
registerEnumType(TicketBookingState, {
  name: 'TicketBookingState',
  description:
    'Where a ticket stands with booking; every ticket is in exactly one. "Active" reservations are BOOKED or ' +
    'VACCINATED (cancelled and no-show ones do not count); the series is the doses of the booked vaccine',
  valuesConfig: {
    NOT_BOOKED: { description: 'No active reservation' },
    DOSE1_ONLY: {
      description: 'Some doses booked or given (dose 1 of a two-dose series), not the whole series',
    },
    COMPLETE: { description: 'Every dose of the series booked or given, at least one not given yet' },
    VACCINATED: { description: 'Every dose of the series given' },
  },
});

@ObjectType({ description: "A ticket's booking in numbers" })
export class TicketBookingSummary {
  @Field(() => TicketBookingState, { description: 'The booking state the filter uses' })
  state!: TicketBookingState;

  @Field(() => Int, { description: 'Doses booked or given (active reservations)' })
  dosesBooked!: number;

  @Field(() => Int, { description: 'Doses given' })
  dosesVaccinated!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Doses of the booked vaccine’s series; null while nothing is booked',
  })
  dosesInSeries!: number | null;
}

@ObjectType({
  description:
    'A ticket of the roster: the eligible person as the site and its HR system know them. `id` is what ' +
    'proxyBookReservation takes, also for someone with no booking yet',
})
export class Ticket {
  @Field(() => ID, { description: 'Ticket id (proxyBookReservation, revokeTicket)' })
  id!: string;

  @Field(() => ID, { description: 'Site id' })
  siteId!: string;

  @Field(() => String, { description: '10-digit ticket number' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Issuing municipality code, when the ticket has one' })
  municipalityCode!: string | null;

  @Field(() => TicketRosterStatus, { description: 'Not registered, registered or revoked' })
  status!: TicketRosterStatus;

  @Field(() => String, { nullable: true, description: 'Employee or student id of the HR system' })
  externalId!: string | null;

  @Field(() => String, { nullable: true, description: 'Address from the roster (not the holder’s own)' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Department, free text from the roster' })
  department!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Family name in katakana (or Latin letters where the site allows them), once registered',
  })
  familyNameKana!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Given name in katakana (or Latin letters where the site allows them), once registered',
  })
  givenNameKana!: string | null;

  @Field(() => TicketBookingSummary, { description: 'Doses booked and given' })
  booking!: TicketBookingSummary;
}

@ObjectType({ description: 'A ticket and its cursor' })
export class TicketEdge {
  @Field(() => String, { description: 'Pass as `after` to continue after this ticket' })
  cursor!: string;

  @Field(() => Ticket, { description: 'The ticket' })
  node!: Ticket;
}

@ObjectType({ description: 'A page of the roster, in ticket number order' })
export class TicketConnection {
  @Field(() => [TicketEdge], { description: 'Tickets' })
  edges!: TicketEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Which tickets of the roster to list; all given conditions apply together' })
export class TicketFilter {
  @Field(() => TicketRosterStatus, { nullable: true, description: 'Only tickets in this status' })
  @IsOptional()
  status?: TicketRosterStatus | null;

  @Field(() => TicketBookingState, { nullable: true, description: 'Only tickets in this booking state' })
  @IsOptional()
  booking?: TicketBookingState | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Katakana or hiragana (half-width too): prefix of the holder’s name, family then given name, spaces ' +
      'ignored. Digits: prefix of the ticket number or of the external id. Latin letters: prefix of a name ' +
      'registered in Latin letters (any case, spaces ignored) or of the external id. Anything else: prefix of the external id',
  })
  @IsOptional()
  @Length(0, 100)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Exactly this external id (employee or student id)' })
  @IsOptional()
  @Length(1, 100)
  externalId?: string | null;
}

@InputType({ description: 'One roster row of an HR system' })
export class UpsertTicketRow {
  @Field(() => String, {
    description: '10-digit ticket number (full-width digits, spaces and hyphens accepted)',
  })
  ticketNumber!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Issuing municipality code, 6 digits with its check digit; part of the ticket’s identity',
  })
  municipalityCode?: string | null;

  // A String, not LocalDate: a malformed date must be this row's INVALID_BIRTH_DATE, not a refusal of the call.
  @Field(() => String, {
    description:
      'Birth date of the holder (with the number, their first login): YYYY-MM-DD, or as the CSV import takes it (YYYY/MM/DD, full-width digits); a malformed or future date is the row’s INVALID_BIRTH_DATE',
  })
  birthDate!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Employee or student id, at most 100 characters, unique in the site. Omitted: left as stored; null: cleared',
  })
  externalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Email address (stored lower-case). Omitted: left as stored; null: cleared',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Department, free text, at most 200 characters. Omitted: left as stored; null: cleared',
  })
  department?: string | null;
}

@InputType({ description: 'A roster sync: up to 10,000 rows per call' })
export class UpsertTicketsInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => [UpsertTicketRow], {
    description: 'The rows (at most 10,000; more is a BAD_USER_INPUT error and nothing is written)',
  })
  rows!: UpsertTicketRow[];

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'True: when any row has an error nothing is written (the valid rows answer SKIPPED). False: the valid ' +
      'rows are written and the bad ones reported',
  })
  allOrNothing!: boolean;
}

export const UpsertOutcome = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  UNCHANGED: 'UNCHANGED',
  SKIPPED: 'SKIPPED',
  ERROR: 'ERROR',
} as const;
export type UpsertOutcome = (typeof UpsertOutcome)[keyof typeof UpsertOutcome];
registerEnumType(UpsertOutcome, {
  name: 'UpsertOutcome',
  description: 'What a roster row did',
  valuesConfig: {
    CREATED: { description: 'A new ticket was created' },
    UPDATED: { description: 'An existing ticket’s fields were changed' },
    UNCHANGED: { description: 'The ticket already had exactly these fields' },
    SKIPPED: { description: 'Valid, but not written: allOrNothing and another row had an error' },
    ERROR: { description: 'Not written; see error' },
  },
});

export const RosterRowErrorCode = {
  INVALID_TICKET_NUMBER: 'INVALID_TICKET_NUMBER',
  INVALID_MUNICIPALITY_CODE: 'INVALID_MUNICIPALITY_CODE',
  INVALID_BIRTH_DATE: 'INVALID_BIRTH_DATE',
  INVALID_EXTERNAL_ID: 'INVALID_EXTERNAL_ID',
  INVALID_EMAIL: 'INVALID_EMAIL',
  INVALID_DEPARTMENT: 'INVALID_DEPARTMENT',
  DUPLICATE_ROW: 'DUPLICATE_ROW',
  DUPLICATE_EXTERNAL_ID: 'DUPLICATE_EXTERNAL_ID',
  TICKET_REVOKED: 'TICKET_REVOKED',
} as const;
export type RosterRowErrorCode = (typeof RosterRowErrorCode)[keyof typeof RosterRowErrorCode];
registerEnumType(RosterRowErrorCode, {
  name: 'RosterRowErrorCode',
  description: 'Why a roster row was not written',
  valuesConfig: {
    INVALID_TICKET_NUMBER: { description: 'Not 10 digits' },
    INVALID_MUNICIPALITY_CODE: { description: 'Not 6 digits with a valid check digit' },
    INVALID_BIRTH_DATE: { description: 'Not a past date after 1890-01-01' },
    INVALID_EXTERNAL_ID: { description: 'Empty or longer than 100 characters' },
    INVALID_EMAIL: { description: 'Not an email address (at most 254 characters)' },
    INVALID_DEPARTMENT: { description: 'Longer than 200 characters' },
    DUPLICATE_ROW: { description: 'The same ticket appears on an earlier row of this call' },
    DUPLICATE_EXTERNAL_ID: {
      description:
        'Another ticket of the site (or an earlier row of this call) has this external id. To move an id, ' +
        'clear it on the old ticket in one call and set it in the next',
    },
    TICKET_REVOKED: { description: 'The ticket was revoked; a sync does not change or reinstate it' },
  },
});

@ObjectType({ description: 'Why a roster row was not written' })
export class RosterRowError {
  @Field(() => RosterRowErrorCode, { description: 'Machine-readable reason' })
  code!: RosterRowErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;
}

@ObjectType({ description: 'What one roster row did' })
export class UpsertTicketRowResult {
  @Field(() => Int, { description: 'Position of the row in `rows`, from 0' })
  index!: number;

  @Field(() => String, { description: 'The ticket number as given' })
  ticketNumber!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The ticket (null for an error, or a new ticket not written)',
  })
  ticketId!: string | null;

  @Field(() => UpsertOutcome, { description: 'Created, updated, unchanged, skipped or error' })
  outcome!: UpsertOutcome;

  @Field(() => RosterRowError, { nullable: true, description: 'With ERROR: why' })
  error!: RosterRowError | null;
}

@ObjectType({ description: 'Outcome of upsertTickets; the same call twice answers UNCHANGED for every row' })
export class UpsertTicketsResult {
  @Field(() => Boolean, { description: 'True when no row had an error' })
  ok!: boolean;

  @Field(() => Boolean, {
    description: 'True when the valid rows were written (false only with allOrNothing and a bad row)',
  })
  applied!: boolean;

  @Field(() => Int, { description: 'Tickets created' })
  created!: number;

  @Field(() => Int, { description: 'Tickets changed' })
  updated!: number;

  @Field(() => Int, { description: 'Tickets that already had these fields' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows with an error' })
  failed!: number;

  @Field(() => [UpsertTicketRowResult], { description: 'Every row, in the order given' })
  rows!: UpsertTicketRowResult[];
}

@InputType({ description: 'Revoke one ticket' })
export class RevokeTicketInput {
  @Field(() => ID, { description: 'Ticket id' })
  @IsUUID()
  ticketId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why (told to the holder in the cancellation mail of their upcoming bookings)',
  })
  @IsOptional()
  @Length(0, 200)
  reason?: string | null;
}

@ObjectType({ description: 'Outcome of revokeTicket' })
export class RevokeTicketResult {
  @Field(() => Boolean, { description: 'True when it was active until now (false: already revoked)' })
  revoked!: boolean;

  @Field(() => Int, { description: 'Upcoming reservations cancelled (their places freed, the holder told)' })
  cancelledReservations!: number;

  @Field(() => Ticket, { description: 'The ticket as it is now' })
  ticket!: Ticket;
}

@InputType({
  description: 'Revoke tickets of a site, named by exactly one of ticketIds, ticketNumbers or externalIds',
})
export class RevokeTicketsInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => [ID], { nullable: true, description: 'Ticket ids' })
  @IsOptional()
  ticketIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Ticket numbers (a number names every ticket of the site with it, whatever its municipality)',
  })
  @IsOptional()
  ticketNumbers?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'External ids (employee or student ids)' })
  @IsOptional()
  externalIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why (told to the holders whose bookings are cancelled)',
  })
  @IsOptional()
  @Length(0, 200)
  reason?: string | null;
}

@ObjectType({ description: 'Outcome of revokeTickets' })
export class RevokeTicketsResult {
  @Field(() => Int, { description: 'Tickets revoked now' })
  revoked!: number;

  @Field(() => Int, { description: 'Tickets named that were already revoked (left as they were)' })
  alreadyRevoked!: number;

  @Field(() => [ID], { description: 'The tickets revoked now' })
  ticketIds!: string[];

  @Field(() => [String], {
    description: 'The ids, numbers or external ids given that name no ticket of the site',
  })
  notFound!: string[];

  @Field(() => Int, { description: 'Upcoming reservations cancelled (their places freed, the holders told)' })
  cancelledReservations!: number;
}
