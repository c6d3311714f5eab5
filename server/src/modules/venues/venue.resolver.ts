import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import type { Vaccine } from '../vaccines/vaccine.service.js';
import { VaccineType } from '../vaccines/vaccine.types.js';
import type { Venue } from './venue.entity.js';
import type { ListedVaccine, ListedVenue } from './venue.service.js';
import { CreateVenueInput, UpdateVenueInput, VenueType } from './venue.types.js';
import { RequiresScope, ANY_API_KEY_SCOPE } from '../api-keys/api-key.types.js';

@Resolver(() => VenueType)
export class VenueResolver {
  @RequiresScope(...ANY_API_KEY_SCOPE)
  @Query(() => [VenueType], { description: 'The venues of a site, by name (public, any API key)' })
  async venues(
    @Arg('siteCode', () => String) siteCode: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ListedVenue[]> {
    const site = await ctx.services.sites.byCode(ctx.em, siteCode);
    return ctx.services.venues.listForSite(ctx.em, site.id);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => VenueType, { description: 'Adds a venue to a site' })
  createVenue(
    @Arg('input', () => CreateVenueInput) input: CreateVenueInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Venue> {
    return ctx.services.venues.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => VenueType, {
    description: 'Renames a venue or changes its address or access note (site admins of its site, operators)',
  })
  updateVenue(
    @Arg('input', () => UpdateVenueInput) input: UpdateVenueInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Venue> {
    return ctx.services.venues.update(ctx.em, ctx.principal, input);
  }

  @FieldResolver(() => [VaccineType], { description: 'Vaccines offered at this venue' })
  vaccines(
    @Root() venue: Venue | ListedVenue,
    @Ctx() ctx: GraphQLContext,
  ): Promise<readonly (Vaccine | ListedVaccine)[]> {
    // A listed venue came with its vaccines (kept with the site's list); any other is read, batched.
    if ('offered' in venue) return Promise.resolve(venue.offered);
    return ctx.loaders.vaccinesOfVenue.load(venue.id);
  }
}
