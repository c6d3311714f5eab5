import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Venue', { description: 'A place where vaccinations happen' })
export class VenueType {
  @Field(() => ID, { description: 'Venue id' })
  id!: string;

  @Field(() => ID, { description: 'Site id' })
  siteId!: string;

  @Field(() => String, { description: 'Name (at most 30 characters, as in the national record)' })
  name!: string;

  @Field(() => String, { description: 'Address or directions' })
  address!: string;

  @Field(() => String, {
    description: 'How to get in: floor, entrance, parking, what to bring (free text, may be empty)',
  })
  accessInfo!: string;

  @Field(() => Boolean, {
    description:
      'True while the venue is closed (closeSlots with only venueId): none of its slots takes new bookings',
  })
  closed!: boolean;
}

@InputType({ description: 'A new venue and the vaccines it offers' })
export class CreateVenueInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, { description: 'Name (at most 30 characters)' })
  @Length(1, 30)
  name!: string;

  @Field(() => String, { defaultValue: '', description: 'Address or directions' })
  @Length(0, 500)
  address!: string;

  @Field(() => String, { nullable: true, description: 'How to get in (at most 1000 characters)' })
  @IsOptional()
  @Length(0, 1000)
  accessInfo?: string | null;

  @Field(() => [ID], { description: 'Ids of the site’s vaccines offered here' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  vaccineIds!: string[];
}

@InputType({ description: 'Changes to a venue; fields left out (or null) stay as they are' })
export class UpdateVenueInput {
  @Field(() => ID, { description: 'Venue id' })
  @IsUUID()
  venueId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'New name (at most 30 characters, unique in the site)',
  })
  @IsOptional()
  @Length(1, 30)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New address or directions' })
  @IsOptional()
  @Length(0, 500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'New access note (at most 1000 characters)' })
  @IsOptional()
  @Length(0, 1000)
  accessInfo?: string | null;
}
