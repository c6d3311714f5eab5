import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import type { Site } from './site.entity.js';
import type { PublicSite } from './site.service.js';
import { DEFAULT_TERMS_OF_USE } from './default-terms.js';
import { CreateSiteInput, SiteConnection, SiteType, UpdateSiteSettingsInput } from './site.types.js';
import { RequiresScope, ANY_API_KEY_SCOPE } from '../api-keys/api-key.types.js';

@Resolver(() => SiteType)
export class SiteResolver {
  @RequiresScope(...ANY_API_KEY_SCOPE)
  @Query(() => SiteType, {
    description: 'A site’s public settings, by its code (NOT_FOUND when there is none; public, any API key)',
  })
  site(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<PublicSite> {
    return ctx.services.sites.byCode(ctx.em, code);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => SiteConnection, {
    description:
      'The sites the caller runs, by code: every site for operators, their own for site admins (venue staff: FORBIDDEN)',
  })
  sites(
    @Arg('search', () => String, {
      nullable: true,
      description: 'Only sites whose name or code contains this text (case-insensitive)',
    })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.sites.list(ctx.em, ctx.principal, {
      search: search ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => String, {
    description:
      'The common terms of use (Japanese, then English) a new site starts with; the settings page offers it back',
  })
  defaultTermsOfUse(): string {
    return DEFAULT_TERMS_OF_USE;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether site admins of this site may create further site admins (an operator’s grant); null unless the caller administers the site',
  })
  siteAdminsCreateSiteAdmins(@Root() site: PublicSite, @Ctx() ctx: GraphQLContext): boolean | null {
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
