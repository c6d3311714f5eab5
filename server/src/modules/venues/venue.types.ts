import { ArrayMaxSize, IsUUID, Length } from 'class-validator';
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

  @Field(() => [ID], { description: 'Ids of the site’s vaccines offered here' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  vaccineIds!: string[];
}
