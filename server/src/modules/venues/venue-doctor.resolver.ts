import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import type { VenueDoctorView } from './venue-doctor.repository.js';
import { AddVenueDoctorInput, RemoveVenueDoctorInput, VenueDoctorType } from './venue-doctor.types.js';

@Resolver()
export class VenueDoctorResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => [VenueDoctorType], {
    description: 'The doctors of a venue, by name (venue staff: their own venues only)',
  })
  venueDoctors(
    @Arg('venueId', () => ID, { description: 'Venue id' }) venueId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueDoctorView[]> {
    return ctx.services.venueDoctors.list(ctx.em, ctx.principal, venueId);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => VenueDoctorType, { description: 'Adds a doctor to a venue’s list' })
  addVenueDoctor(
    @Arg('input', () => AddVenueDoctorInput) input: AddVenueDoctorInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueDoctorView> {
    return ctx.services.venueDoctors.add(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => Boolean, { description: 'Takes a doctor off a venue’s list; records keep the name' })
  removeVenueDoctor(
    @Arg('input', () => RemoveVenueDoctorInput) input: RemoveVenueDoctorInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.venueDoctors.remove(ctx.em, ctx.principal, input);
  }
}
