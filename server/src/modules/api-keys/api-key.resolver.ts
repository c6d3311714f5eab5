import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import {
  ApiKeyConnection,
  CreateApiKeyInput,
  CreateApiKeyResult,
  RevokeApiKeyInput,
  RevokeApiKeyResult,
} from './api-key.types.js';

/** API key management: admins only (no @RequiresScope, so a key can never manage keys). */
@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => CreateApiKeyResult, {
    description:
      'Creates an API key of a site for an HR system (site admins: their site; operators: any). The secret is in this answer only. Audited',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreateApiKeyResult> {
    return ctx.services.apiKeys.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => RevokeApiKeyResult, {
    description:
      'Revokes an API key: every request with it is refused from now on, on every server. Revoking twice keeps the first time. Audited',
  })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RevokeApiKeyResult> {
    return ctx.services.apiKeys.revoke(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => ApiKeyConnection, {
    description:
      'The API keys of a site, newest first, revoked and expired ones included (never their secrets)',
  })
  apiKeys(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKeyConnection> {
    return ctx.services.apiKeys.list(ctx.em, ctx.principal, { siteId, first, after: after ?? null });
  }
}
