import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
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

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether site admins of this site may create further site admins (an operator’s grant); null unless the caller administers the site',
  })
  siteAdminsCreateSiteAdmins(@Root() site: Site, @Ctx() ctx: GraphQLContext): boolean | null {
    const p = ctx.principal;
    if (p.kind !== 'admin' || (p.role !== 'OPERATOR' && !(p.role === 'SITE_ADMIN' && p.siteId === site.id)))
      return null;
    return site.siteAdminsCreateSiteAdmins;
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
