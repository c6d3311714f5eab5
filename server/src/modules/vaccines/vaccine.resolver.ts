import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import type { Vaccine } from './vaccine.entity.js';
import { CreateVaccineInput, UpdateVaccineInput, VaccineType } from './vaccine.types.js';
import { RequiresScope, ANY_API_KEY_SCOPE } from '../api-keys/api-key.types.js';

@Resolver(() => VaccineType)
export class VaccineResolver {
  @RequiresScope(...ANY_API_KEY_SCOPE)
  @Query(() => [VaccineType], { description: 'The vaccines of a site, by name (public, any API key)' })
  async vaccines(
    @Arg('siteCode', () => String) siteCode: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Vaccine[]> {
    const site = await ctx.services.sites.byCode(ctx.em, siteCode);
    return ctx.services.vaccines.listForSite(ctx.em, site.id);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => VaccineType, { description: 'Adds a vaccine to a site' })
  createVaccine(
    @Arg('input', () => CreateVaccineInput) input: CreateVaccineInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Vaccine> {
    return ctx.services.vaccines.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => VaccineType, {
    description:
      'Edits a vaccine (name, manufacturer, doses, interval); reservations already made are kept as they are',
  })
  updateVaccine(
    @Arg('input', () => UpdateVaccineInput) input: UpdateVaccineInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Vaccine> {
    return ctx.services.vaccines.update(ctx.em, ctx.principal, input);
  }
}
