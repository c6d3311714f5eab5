import { ArrayMaxSize, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Venue } from '../venues/venue.service.js';
import { VenueType } from '../venues/venue.types.js';

@InputType({
  description: 'The complete list of venues a venue staff member works at (replaces the old one)',
})
export class AssignStaffVenuesInput {
  @Field(() => ID, { description: 'The VENUE_STAFF admin user' })
  @IsUUID()
  adminUserId!: string;

  @Field(() => [ID], { description: 'Venues of the user’s site; empty removes every venue' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  venueIds!: string[];
}

@ObjectType({ description: 'The venues a venue staff member works at' })
export class StaffVenues {
  @Field(() => ID, { description: 'The admin user' })
  adminUserId!: string;

  @Field(() => [VenueType], { description: 'Their venues, by name' })
  venues!: Venue[];
}
