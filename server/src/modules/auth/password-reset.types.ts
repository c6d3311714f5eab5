import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsUUID, Length } from 'class-validator';
import { LocalDate } from '../../graphql/scalars.js';

export const PasswordResetErrorCode = {
  SITE_NOT_FOUND: 'SITE_NOT_FOUND',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  INVALID_LINK: 'INVALID_LINK',
  NOT_AVAILABLE: 'NOT_AVAILABLE',
} as const;
export type PasswordResetErrorCode = (typeof PasswordResetErrorCode)[keyof typeof PasswordResetErrorCode];
registerEnumType(PasswordResetErrorCode, {
  name: 'PasswordResetErrorCode',
  description: 'Why a password reset did not happen',
  valuesConfig: {
    SITE_NOT_FOUND: { description: 'No site has this code' },
    INVALID_CREDENTIALS: {
      description: 'The ticket number, birth date and second fact do not match a registered ticket',
    },
    TOO_MANY_ATTEMPTS: { description: 'Locked like a login; retryAfterSeconds says how long' },
    INVALID_LINK: { description: 'The mail link is unknown, used already or expired: ask for a new one' },
    NOT_AVAILABLE: { description: 'The site takes no second fact: use the mail link or the site’s contact' },
  },
});

@ObjectType({ description: 'Why a password reset did not happen' })
export class PasswordResetError {
  @Field(() => PasswordResetErrorCode, { description: 'Machine-readable reason' })
  code!: PasswordResetErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds to wait' })
  retryAfterSeconds?: number | null;
}

@InputType({ description: 'Ask for a password-reset link by mail' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'Site code, e.g. S0001' })
  @Length(1, 40)
  siteCode!: string;

  @Field(() => String, { description: 'The 10-digit ticket number (full-width digits are accepted)' })
  @Length(10, 30)
  ticketNumber!: string;

  @Field(() => LocalDate, { description: 'Birth date of the ticket’s holder' })
  birthDate!: string;
}

@ObjectType({ description: 'Outcome of requestPasswordReset' })
export class RequestPasswordResetResult {
  @Field(() => Boolean, {
    description:
      'True whenever the request was taken: the same answer whether or not the ticket exists or has a mail address; a link is mailed only when it has one',
  })
  ok!: boolean;

  @Field(() => PasswordResetError, { nullable: true, description: 'Why the request was refused' })
  error?: PasswordResetError | null;
}

@InputType({ description: 'A new password from the mail link' })
export class ResetPasswordWithLinkInput {
  @Field(() => String, { description: 'The token from the mail link' })
  @Length(20, 200)
  token!: string;

  @Field(() => String, { description: 'New password, at least 8 characters' })
  @Length(8, 200)
  newPassword!: string;
}

@InputType({
  description: 'A new password without mail: ticket number, birth date and the second fact the site chose',
})
export class ResetPasswordWithFactsInput {
  @Field(() => String, { description: 'Site code' })
  @Length(1, 40)
  siteCode!: string;

  @Field(() => String, { description: 'The 10-digit ticket number (full-width digits are accepted)' })
  @Length(10, 30)
  ticketNumber!: string;

  @Field(() => LocalDate, { description: 'Birth date of the ticket’s holder' })
  birthDate!: string;

  @Field(() => String, {
    description:
      'The second fact the site asks for (Site.passwordResetFact): the phone number on the profile, or the employee/student id',
  })
  @Length(1, 60)
  fact!: string;

  @Field(() => String, { description: 'New password, at least 8 characters' })
  @Length(8, 200)
  newPassword!: string;
}

@ObjectType({ description: 'Outcome of a password reset by a recipient' })
export class ResetPasswordResult {
  @Field(() => Boolean, {
    description: 'True when the new password is set; every session of the ticket has ended, log in again',
  })
  ok!: boolean;

  @Field(() => PasswordResetError, { nullable: true, description: 'Why nothing changed' })
  error?: PasswordResetError | null;
}

@InputType({ description: 'A site admin resets a recipient’s password for them (after checking who calls)' })
export class ResetRecipientPasswordInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, { description: 'The ticket number' })
  @Length(10, 30)
  ticketNumber!: string;
}

export const ResetRecipientPasswordErrorCode = {
  TICKET_NOT_FOUND: 'TICKET_NOT_FOUND',
  NOT_REGISTERED: 'NOT_REGISTERED',
} as const;
export type ResetRecipientPasswordErrorCode =
  (typeof ResetRecipientPasswordErrorCode)[keyof typeof ResetRecipientPasswordErrorCode];
registerEnumType(ResetRecipientPasswordErrorCode, {
  name: 'ResetRecipientPasswordErrorCode',
  description: 'Why an admin’s password reset did not happen',
  valuesConfig: {
    TICKET_NOT_FOUND: { description: 'No active ticket of the site has this number' },
    NOT_REGISTERED: { description: 'The ticket has no password yet: its birth date logs in' },
  },
});

@ObjectType({ description: 'Why an admin’s password reset did not happen' })
export class ResetRecipientPasswordError {
  @Field(() => ResetRecipientPasswordErrorCode, { description: 'Machine-readable reason' })
  code!: ResetRecipientPasswordErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;
}

@ObjectType({ description: 'Outcome of resetRecipientPassword' })
export class ResetRecipientPasswordResult {
  @Field(() => Boolean, { description: 'True when the password was replaced' })
  ok!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The temporary password to tell the person (shown once, never stored in clear); they log in with it',
  })
  temporaryPassword?: string | null;

  @Field(() => ResetRecipientPasswordError, { nullable: true, description: 'Why nothing changed' })
  error?: ResetRecipientPasswordError | null;
}
