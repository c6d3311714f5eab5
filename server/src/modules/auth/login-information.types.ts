import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const ResendLoginInformationErrorCode = {
  NO_EMAIL: 'NO_EMAIL',
  TOO_SOON: 'TOO_SOON',
  TICKET_REVOKED: 'TICKET_REVOKED',
  MAIL_DISABLED: 'MAIL_DISABLED',
} as const;
export type ResendLoginInformationErrorCode =
  (typeof ResendLoginInformationErrorCode)[keyof typeof ResendLoginInformationErrorCode];
registerEnumType(ResendLoginInformationErrorCode, {
  name: 'ResendLoginInformationErrorCode',
  description: 'Why login information was not mailed',
  valuesConfig: {
    NO_EMAIL: {
      description: 'Neither the person nor the roster has an email address: print it or tell them by phone',
    },
    TOO_SOON: {
      description: 'Mailed to this ticket less than 10 minutes ago; retryAfterSeconds says how long',
    },
    TICKET_REVOKED: { description: 'The ticket is revoked: it cannot log in' },
    MAIL_DISABLED: { description: 'The site sends no mail (Site.mailEnabled is off)' },
  },
});

@InputType({ description: 'Mail a person their login information again' })
export class ResendLoginInformationInput {
  @Field(() => ID, { description: 'The person’s ticket' })
  @IsUUID()
  ticketId!: string;
}

@ObjectType({ description: 'Why login information was not mailed' })
export class ResendLoginInformationError {
  @Field(() => ResendLoginInformationErrorCode, { description: 'Machine-readable reason' })
  code!: ResendLoginInformationErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'With TOO_SOON: seconds until it may be sent again' })
  retryAfterSeconds?: number | null;
}

export const LoginMethod = {
  BIRTH_DATE: 'BIRTH_DATE',
  INITIAL_PASSWORD: 'INITIAL_PASSWORD',
  PASSWORD: 'PASSWORD',
} as const;
export type LoginMethod = (typeof LoginMethod)[keyof typeof LoginMethod];
registerEnumType(LoginMethod, {
  name: 'LoginMethod',
  description: 'How a ticket logs in',
  valuesConfig: {
    BIRTH_DATE: { description: 'Not registered: first login with the ticket number and birth date' },
    INITIAL_PASSWORD: {
      description: 'Not registered, issued with an initial password on paper: first login with it',
    },
    PASSWORD: { description: 'Registered: the ticket number and the password the person set' },
  },
});

@ObjectType({ description: 'The outcome of resendLoginInformation' })
export class ResendLoginInformationResult {
  @Field(() => Boolean, { description: 'True when the mail was queued' })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'The address it was sent to' })
  sentTo?: string | null;

  @Field(() => LoginMethod, { nullable: true, description: 'How the mail tells the person to log in' })
  method?: LoginMethod | null;

  @Field(() => Boolean, {
    description: 'True when the mail carries a single-use password-reset link (registered persons)',
  })
  withResetLink!: boolean;

  @Field(() => ResendLoginInformationError, { nullable: true, description: 'Why nothing was sent' })
  error?: ResendLoginInformationError | null;
}
