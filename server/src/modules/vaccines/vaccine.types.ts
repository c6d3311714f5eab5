import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';

@ObjectType('Vaccine', { description: 'A vaccine a site offers, with its dose interval rule' })
export class VaccineType {
  @Field(() => ID, { description: 'Vaccine id' })
  id!: string;

  @Field(() => String, { description: 'Display name, e.g. ファイザー (コミナティ)' })
  name!: string;

  @Field(() => String, {
    description: 'Manufacturer as the national record system spells it, e.g. ファイザー',
  })
  manufacturer!: string;

  @Field(() => Int, { description: 'Number of doses in the primary series' })
  doses!: number;

  @Field(() => Int, { description: 'Days from dose 1 to dose 2 (21 for Pfizer, 28 for Moderna)' })
  doseIntervalDays!: number;

  @Field(() => Int, { description: 'Dose 2 may be up to this many days later than the interval' })
  intervalWindowDays!: number;
}

@InputType({ description: 'A new vaccine for a site' })
export class CreateVaccineInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, { description: 'Display name' })
  @Length(1, 100)
  name!: string;

  @Field(() => String, { description: 'Manufacturer (at most 20 characters)' })
  @Length(1, 20)
  manufacturer!: string;

  @Field(() => Int, { description: 'Number of doses, 1 to 3' })
  @Min(1)
  @Max(3)
  doses!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Days from dose 1 to dose 2' })
  @Min(0)
  @Max(365)
  doseIntervalDays!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Extra days dose 2 may be late' })
  @Min(0)
  @Max(365)
  intervalWindowDays!: number;
}

@InputType({
  description:
    'Changes to a vaccine; fields left out (or null) stay as they are. Existing reservations are kept as ' +
    'they are; new bookings follow the new rule',
})
export class UpdateVaccineInput {
  @Field(() => ID, { description: 'Vaccine id' })
  @IsUUID()
  vaccineId!: string;

  @Field(() => String, { nullable: true, description: 'New display name (unique in the site)' })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New manufacturer (at most 20 characters)' })
  @IsOptional()
  @Length(1, 20)
  manufacturer?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of doses, 1 to 3' })
  @IsOptional()
  @Min(1)
  @Max(3)
  doses?: number | null;

  @Field(() => Int, { nullable: true, description: 'New days from dose 1 to dose 2' })
  @IsOptional()
  @Min(0)
  @Max(365)
  doseIntervalDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'New extra days dose 2 may be late' })
  @IsOptional()
  @Min(0)
  @Max(365)
  intervalWindowDays?: number | null;
}
