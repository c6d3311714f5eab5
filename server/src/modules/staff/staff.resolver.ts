import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import type { Venue } from '../venues/venue.service.js';
import { VenueType } from '../venues/venue.types.js';
import { AssignStaffVenuesInput, StaffVenues } from './staff.types.js';

@Resolver()
export class StaffResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => StaffVenues, { description: 'Sets the venues a venue staff member works at' })
  assignStaffVenues(
    @Arg('input', () => AssignStaffVenuesInput) input: AssignStaffVenuesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffVenues> {
    return ctx.services.staff.assignVenues(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => [VenueType], {
    description: 'Venues the caller works at: assigned ones for venue staff, all of the site for site admins',
  })
  myVenues(@Ctx() ctx: GraphQLContext): Promise<Venue[]> {
    return ctx.services.staff.myVenues(ctx.em, ctx.principal);
  }
}
