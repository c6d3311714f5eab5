import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { DateTime } from '../../graphql/scalars.js';
import { AuditActorKind, AuditConnection } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => AuditConnection, {
    description:
      'The audit log of a site, newest first (operators may omit siteId to see every site); the filters combine',
  })
  auditLog(
    @Arg('siteId', () => ID, { nullable: true, description: 'Site id' }) siteId: string | null,
    @Arg('action', () => String, { nullable: true, description: 'Only entries of this action' })
    action: string | null,
    @Arg('actorKind', () => AuditActorKind, {
      nullable: true,
      description: 'Only entries written by this kind of actor',
    })
    actorKind: AuditActorKind | null,
    @Arg('actorAdminUserId', () => ID, {
      nullable: true,
      description: 'Only entries written by this admin user',
    })
    actorAdminUserId: string | null,
    @Arg('actorApiKeyId', () => ID, { nullable: true, description: 'Only entries written by this API key' })
    actorApiKeyId: string | null,
    @Arg('from', () => DateTime, {
      nullable: true,
      description: 'Only entries written at or after this instant',
    })
    from: Date | null,
    @Arg('to', () => DateTime, { nullable: true, description: 'Only entries written before this instant' })
    to: Date | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuditConnection> {
    return ctx.services.audit.list(ctx.em, ctx.principal, {
      siteId: siteId ?? null,
      action: action ?? null,
      actorKind: actorKind ?? null,
      actorAdminUserId: actorAdminUserId ?? null,
      actorApiKeyId: actorApiKeyId ?? null,
      from: from ?? null,
      to: to ?? null,
      first,
      after: after ?? null,
    });
  }
}
