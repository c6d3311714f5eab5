import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import { BookingMode, FieldPolicy, PasswordResetFact, Plan } from './site.entity.js';

registerEnumType(Plan, {
  name: 'Plan',
  description:
    'MUNICIPAL: imported real tickets; WORKPLACE: provisional tickets; CLINIC: self-registered tickets',
});
registerEnumType(BookingMode, {
  name: 'BookingMode',
  description: 'SEPARATE: each dose booked on its own; SET: dose 1 and 2 together',
});
registerEnumType(PasswordResetFact, {
  name: 'PasswordResetFact',
  description:
    'What a recipient without a usable mail gives, besides ticket number and birth date, to set a new password',
  valuesConfig: {
    PHONE: { description: 'The phone number on their profile' },
    EMPLOYEE_ID: { description: 'The employee or student id of the roster import' },
    NONE: { description: 'No second fact: only the mail link or the site’s contact' },
  },
});
registerEnumType(FieldPolicy, {
  name: 'FieldPolicy',
  description: 'Whether a profile field is hidden, optional or required',
});

@ObjectType('Site', { description: 'A vaccination campaign: a municipality, company, university or clinic' })
export class SiteType {
  @Field(() => ID, { description: 'Site id' })
  id!: string;

  @Field(() => String, { description: 'Code used in URLs and at login, e.g. S0001' })
  code!: string;

  @Field(() => String, { description: 'Display name' })
  name!: string;

  @Field(() => Plan, { description: 'Which plan the site runs' })
  plan!: Plan;

  @Field(() => BookingMode, { description: 'How doses are booked' })
  bookingMode!: BookingMode;

  @Field(() => Int, { description: 'Recipients may cancel until this many hours before the slot starts' })
  cancellationCutoffHours!: number;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Bookings are accepted from this instant; null means open now',
  })
  bookingOpensAt!: Date | null;

  @Field(() => FieldPolicy, { description: 'Gender field on the recipient profile' })
  genderField!: FieldPolicy;

  @Field(() => FieldPolicy, { description: 'Phone field on the recipient profile' })
  phoneField!: FieldPolicy;

  @Field(() => FieldPolicy, { description: 'Email field on the recipient profile' })
  emailField!: FieldPolicy;

  @Field(() => String, { description: 'Terms of use recipients accept at registration' })
  termsOfUse!: string;

  @Field(() => Boolean, { description: 'Whether the site sends mail at all' })
  mailEnabled!: boolean;

  @Field(() => String, { description: 'IANA time zone of the site, e.g. Asia/Tokyo' })
  timeZone!: string;

  @Field(() => String, { description: 'Local time (HH:MM) when day-before reminder mails are sent' })
  reminderTime!: string;

  @Field(() => String, { nullable: true, description: 'Phone number recipients call with questions' })
  contactPhone!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the contact phone is answered, e.g. 平日 9:00〜17:00',
  })
  contactHours!: string | null;

  @Field(() => String, { nullable: true, description: 'Mail address recipients write to with questions' })
  contactEmail!: string | null;

  @Field(() => PasswordResetFact, {
    description: 'The second fact a recipient gives to set a new password without mail',
  })
  passwordResetFact!: PasswordResetFact;

  @Field(() => Boolean, {
    description:
      'Whether recipients may register their family and given names in Latin letters (A–Z, spaces, hyphen, apostrophe, period) as well as katakana; when false, only katakana is accepted',
  })
  allowLatinNames!: boolean;
}

@ObjectType({ description: 'A site and its cursor' })
export class SiteEdge {
  @Field(() => String, { description: 'Cursor of this site' })
  cursor!: string;

  @Field(() => SiteType, { description: 'The site' })
  node!: SiteType;
}

@ObjectType({ description: 'A page of sites, by code' })
export class SiteConnection {
  @Field(() => [SiteEdge], { description: 'Sites' })
  edges!: SiteEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'A new site; omitted settings take their defaults' })
export class CreateSiteInput {
  @Field(() => String, {
    nullable: true,
    description: 'Custom code (letters, digits, - and _); omitted: the next S0001-style serial',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/)
  code?: string | null;

  @Field(() => String, { description: 'Display name' })
  @Length(1, 200)
  name!: string;

  @Field(() => Plan, { description: 'Plan' })
  plan!: Plan;

  @Field(() => BookingMode, { nullable: true, description: 'Default SEPARATE' })
  @IsOptional()
  bookingMode?: BookingMode | null;

  @Field(() => Int, { nullable: true, description: 'Default 24 hours' })
  @IsOptional()
  @Min(0)
  @Max(720)
  cancellationCutoffHours?: number | null;

  @Field(() => DateTime, { nullable: true, description: 'Default: open immediately' })
  @IsOptional()
  bookingOpensAt?: Date | null;

  @Field(() => FieldPolicy, { nullable: true, description: 'Default HIDDEN' })
  @IsOptional()
  genderField?: FieldPolicy | null;

  @Field(() => FieldPolicy, { nullable: true, description: 'Default OPTIONAL' })
  @IsOptional()
  phoneField?: FieldPolicy | null;

  @Field(() => FieldPolicy, { nullable: true, description: 'Default OPTIONAL' })
  @IsOptional()
  emailField?: FieldPolicy | null;

  @Field(() => String, {
    nullable: true,
    description: 'Terms of use; omitted or blank: the common default terms (Japanese and English)',
  })
  @IsOptional()
  @Length(0, 20000)
  termsOfUse?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  @IsOptional()
  mailEnabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Default Asia/Tokyo' })
  @IsOptional()
  @IsIn(Intl.supportedValuesOf('timeZone').concat('UTC'))
  timeZone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Default 18:00: reminders go out at this local time the day before',
  })
  @IsOptional()
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
  reminderTime?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Operators only: whether site admins of this site may create further site admins (default false: venue staff only)',
  })
  @IsOptional()
  siteAdminsCreateSiteAdmins?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact phone for recipients; an empty string removes it',
  })
  @IsOptional()
  @Length(0, 40)
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the contact phone is answered; empty removes it',
  })
  @IsOptional()
  @Length(0, 200)
  contactHours?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact mail address for recipients; empty removes it',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  contactEmail?: string | null;

  @Field(() => PasswordResetFact, {
    nullable: true,
    description: 'Second fact for a password reset without mail (default PHONE)',
  })
  @IsOptional()
  passwordResetFact?: PasswordResetFact | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether recipients may write their names in Latin letters as well as katakana (default false)',
  })
  @IsOptional()
  allowLatinNames?: boolean | null;
}

@InputType({ description: 'Changes to a site’s settings; omitted fields keep their value' })
export class UpdateSiteSettingsInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'New code (letters, digits, - and _); unique among sites; recipients log in with it',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Display name' })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => Plan, { nullable: true, description: 'Plan' })
  @IsOptional()
  plan?: Plan | null;

  @Field(() => BookingMode, { nullable: true, description: 'How doses are booked' })
  @IsOptional()
  bookingMode?: BookingMode | null;

  @Field(() => Int, { nullable: true, description: 'Recipient cancellation cut-off in hours (0–720)' })
  @IsOptional()
  @Min(0)
  @Max(720)
  cancellationCutoffHours?: number | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When bookings open; an explicit null opens them now, omitted keeps the current value',
  })
  @IsOptional()
  bookingOpensAt?: Date | null;

  @Field(() => FieldPolicy, { nullable: true, description: 'Gender field policy' })
  @IsOptional()
  genderField?: FieldPolicy | null;

  @Field(() => FieldPolicy, { nullable: true, description: 'Phone field policy' })
  @IsOptional()
  phoneField?: FieldPolicy | null;

  @Field(() => FieldPolicy, { nullable: true, description: 'Email field policy' })
  @IsOptional()
  emailField?: FieldPolicy | null;

  @Field(() => String, { nullable: true, description: 'Terms of use' })
  @IsOptional()
  @Length(0, 20000)
  termsOfUse?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the site sends mail at all' })
  @IsOptional()
  mailEnabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone' })
  @IsOptional()
  @IsIn(Intl.supportedValuesOf('timeZone').concat('UTC'))
  timeZone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Local time (HH:MM) when the day-before reminders go out',
  })
  @IsOptional()
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
  reminderTime?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Operators only: whether site admins of this site may create further site admins (default false: venue staff only)',
  })
  @IsOptional()
  siteAdminsCreateSiteAdmins?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact phone for recipients; an empty string removes it',
  })
  @IsOptional()
  @Length(0, 40)
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the contact phone is answered; empty removes it',
  })
  @IsOptional()
  @Length(0, 200)
  contactHours?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact mail address for recipients; empty removes it',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  contactEmail?: string | null;

  @Field(() => PasswordResetFact, {
    nullable: true,
    description: 'Second fact for a password reset without mail (default PHONE)',
  })
  @IsOptional()
  passwordResetFact?: PasswordResetFact | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether recipients may write their names in Latin letters as well as katakana; names already registered stay as they are',
  })
  @IsOptional()
  allowLatinNames?: boolean | null;
}
