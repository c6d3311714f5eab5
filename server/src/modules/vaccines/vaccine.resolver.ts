import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import type { Vaccine } from './vaccine.entity.js';
import { CreateVaccineInput, VaccineType } from './vaccine.types.js';

@Resolver(() => VaccineType)
export class VaccineResolver {
  @Query(() => [VaccineType], { description: 'The vaccines of a site, by name' })
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
}
