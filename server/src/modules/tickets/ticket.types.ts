import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { TicketKind } from './ticket.entity.js';

registerEnumType(TicketKind, {
  name: 'TicketKind',
  description:
    'REAL: imported from the municipality; PROVISIONAL: issued by the site; SELF_REGISTERED: entered by the holder',
});

@InputType({ description: 'One eligible ticket' })
export class TicketInput {
  @Field(() => String, { description: '10-digit ticket number (full-width digits accepted)' })
  @Length(10, 30)
  number!: string;

  @Field(() => LocalDate, {
    description: 'Birth date of the holder (a dummy date is fine for provisional tickets)',
  })
  birthDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Issuing municipality code, 6 digits with its check digit',
  })
  @IsOptional()
  municipalityCode?: string | null;
}

@InputType({ description: 'Tickets to register as eligible, one by one or up to 1,000 at once' })
export class RegisterTicketsInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => TicketKind, { defaultValue: TicketKind.REAL, description: 'REAL or PROVISIONAL' })
  kind!: TicketKind;

  @Field(() => [TicketInput], { description: 'The tickets' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  tickets!: TicketInput[];
}

@ObjectType({ description: 'Outcome of registerTickets' })
export class RegisterTicketsResult {
  @Field(() => Int, { description: 'Tickets added' })
  created!: number;

  @Field(() => Int, { description: 'Tickets that were already registered and left unchanged' })
  alreadyRegistered!: number;
}

@InputType({ description: 'Clinic plan: a person enters their own ticket' })
export class SelfRegisterTicketInput {
  @Field(() => String, { description: 'Site code' })
  siteCode!: string;

  @Field(() => String, {
    description: 'Municipality code printed on the ticket: 6 digits including the check digit',
  })
  @Length(6, 12)
  municipalityCode!: string;

  @Field(() => String, { description: '10-digit ticket number' })
  @Length(10, 30)
  ticketNumber!: string;

  @Field(() => LocalDate, { description: 'Birth date' })
  birthDate!: string;
}

export const SelfRegistrationErrorCode = {
  SITE_NOT_FOUND: 'SITE_NOT_FOUND',
  NOT_ALLOWED_FOR_SITE: 'NOT_ALLOWED_FOR_SITE',
  INVALID_MUNICIPALITY_CODE: 'INVALID_MUNICIPALITY_CODE',
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
} as const;
export type SelfRegistrationErrorCode =
  (typeof SelfRegistrationErrorCode)[keyof typeof SelfRegistrationErrorCode];
registerEnumType(SelfRegistrationErrorCode, {
  name: 'SelfRegistrationErrorCode',
  description: 'Why a self-registration was refused',
  valuesConfig: {
    ALREADY_REGISTERED: {
      deprecationReason:
        'No longer answered: a ticket that exists gets the same answer as a new one, so strangers cannot probe numbers',
    },
    TOO_MANY_ATTEMPTS: { description: 'Too many attempts from this client address; see retryAfterSeconds' },
  },
});

@ObjectType({ description: 'Why a self-registration was refused' })
export class SelfRegistrationError {
  @Field(() => SelfRegistrationErrorCode, { description: 'Machine-readable reason' })
  code!: SelfRegistrationErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'With TOO_MANY_ATTEMPTS: seconds until trying again makes sense',
  })
  retryAfterSeconds?: number | null;
}

@ObjectType({
  description:
    'Outcome of selfRegisterTicket; on success the person logs in with recipientLogin (number and birth date)',
})
export class SelfRegisterTicketResult {
  @Field(() => Boolean, {
    description:
      'True when the ticket is registered: created now, or already there (left unchanged). The same answer either way',
  })
  ok!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Always null: log in with recipientLogin',
    deprecationReason: 'selfRegisterTicket no longer logs in; call recipientLogin next',
  })
  token?: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Always null',
    deprecationReason: 'selfRegisterTicket no longer logs in; call recipientLogin next',
  })
  expiresAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'What to do next, when ok' })
  message?: string | null;

  @Field(() => SelfRegistrationError, { nullable: true, description: 'Why it was refused' })
  error?: SelfRegistrationError | null;
}
