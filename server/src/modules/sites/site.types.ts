import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { DateTime } from '../../graphql/scalars.js';
import { BookingMode, FieldPolicy, Plan } from './site.entity.js';

registerEnumType(Plan, {
  name: 'Plan',
  description:
    'MUNICIPAL: imported real tickets; WORKPLACE: provisional tickets; CLINIC: self-registered tickets',
});
registerEnumType(BookingMode, {
  name: 'BookingMode',
  description: 'SEPARATE: each dose booked on its own; SET: dose 1 and 2 together',
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

  @Field(() => String, { nullable: true, description: 'Terms of use' })
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
}
