import { IsEmail, IsOptional, Length, Matches, ValidateIf } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Gender, Language } from './recipient.entity.js';

registerEnumType(Gender, { name: 'Gender', description: 'Gender, when the site asks for it' });
registerEnumType(Language, {
  name: 'Language',
  description: 'Language of mails: Japanese (default) or English',
});

@ObjectType({ description: 'The logged-in recipient: ticket and profile' })
export class RecipientProfile {
  @Field(() => String, { description: 'Ticket number' })
  ticketNumber!: string;

  @Field(() => String, { description: 'Site code' })
  siteCode!: string;

  @Field(() => Boolean, { description: 'False until registerRecipient has been called' })
  registered!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Family name (セイ) in katakana, or in Latin letters where the site allows them (Site.allowLatinNames)',
  })
  familyNameKana!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Given name (メイ) in katakana, or in Latin letters where the site allows them (Site.allowLatinNames)',
  })
  givenNameKana!: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender' })
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: 'Phone number' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address for reminders' })
  email!: string | null;

  @Field(() => Boolean, { description: 'Whether a reminder mail is sent the day before (off by default)' })
  reminderOptIn!: boolean;

  @Field(() => Language, { description: 'Language of the mails this person receives' })
  language!: Language;
}

@InputType({ description: 'First-login registration; fields beyond the names follow the site’s policy' })
export class RegisterRecipientInput {
  @Field(() => String, {
    description:
      'Family name in katakana (half-width is converted); where Site.allowLatinNames, Latin letters with spaces, hyphens, apostrophes and periods are accepted too (full-width is converted, never into kana); otherwise BAD_USER_INPUT with extensions.field',
  })
  @Length(1, 50)
  familyNameKana!: string;

  @Field(() => String, {
    description: 'Given name in katakana, or in Latin letters where the site allows them (as familyNameKana)',
  })
  @Length(1, 50)
  givenNameKana!: string;

  @Field(() => Gender, { nullable: true, description: 'Only when the site asks for it' })
  @IsOptional()
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Only when the site asks for it' })
  @IsOptional()
  @Matches(/^[0-9０-９+\-() ]{10,20}$/)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Only when the site asks for it' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, {
    description: 'New password, at least 8 characters; from now on it replaces the birth date at login',
  })
  @Length(8, 200)
  password!: string;

  @Field(() => Boolean, { description: 'Must be true: the person accepts the site’s terms of use' })
  acceptTerms!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Send a reminder mail the day before' })
  reminderOptIn!: boolean;

  @Field(() => Language, { defaultValue: Language.JA, description: 'Language of mails' })
  language!: Language;
}

@InputType({
  description:
    'Changes to one’s own contact details; omitted fields stay as they are, fields follow the site’s policy',
})
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true, description: 'Phone number; an empty string removes it' })
  @IsOptional()
  @Matches(/^([0-9０-９+\-() ]{10,20})?$/)
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Email address; an empty string removes it (and switches reminders off)',
  })
  @IsOptional()
  @ValidateIf((input: UpdateMyProfileInput) => input.email !== '')
  @IsEmail()
  email?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language of mails' })
  @IsOptional()
  language?: Language | null;
}
