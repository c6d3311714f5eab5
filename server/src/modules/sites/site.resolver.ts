import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import type { Site } from './site.entity.js';
import { CreateSiteInput, SiteType, UpdateSiteSettingsInput } from './site.types.js';

@Resolver(() => SiteType)
export class SiteResolver {
  @Query(() => SiteType, {
    description: 'A site’s public settings, by its code (NOT_FOUND when there is none)',
  })
  site(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<Site> {
    return ctx.services.sites.byCode(ctx.em, code);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => SiteType, { description: 'Operators create sites' })
  createSite(
    @Arg('input', () => CreateSiteInput) input: CreateSiteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Site> {
    return ctx.services.sites.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => SiteType, { description: 'Changes a site’s settings (site admins: their own site only)' })
  updateSiteSettings(
    @Arg('input', () => UpdateSiteSettingsInput) input: UpdateSiteSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Site> {
    return ctx.services.sites.updateSettings(ctx.em, ctx.principal, input);
  }
}
