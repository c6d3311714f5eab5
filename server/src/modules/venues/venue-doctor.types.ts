import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('VenueDoctor', { description: 'A doctor of a venue, chosen when a vaccination is recorded' })
export class VenueDoctorType {
  @Field(() => ID, { description: 'Doctor id' })
  id!: string;

  @Field(() => ID, { description: 'Venue id' })
  venueId!: string;

  @Field(() => String, { description: 'Name as the national record shows it (at most 20 characters)' })
  name!: string;
}

@InputType({ description: 'Adds a doctor to a venue’s list' })
export class AddVenueDoctorInput {
  @Field(() => ID, { description: 'Venue id' })
  @IsUUID()
  venueId!: string;

  @Field(() => String, {
    description: 'Name as the national record shows it: at most 20 characters, not starting with = + - @',
  })
  @Length(1, 60)
  name!: string;
}

@InputType({ description: 'Takes a doctor off a venue’s list (records keep the name they were made with)' })
export class RemoveVenueDoctorInput {
  @Field(() => ID, { description: 'Doctor id' })
  @IsUUID()
  doctorId!: string;
}
