import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { ChangeConnection } from './change-feed.types.js';
import { ApiKeyScope } from '../api-keys/api-key.scope.js';
import { RequiresScope } from '../api-keys/api-key.types.js';

@Resolver()
export class ChangeFeedResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.RECORDS_READ)
  @Query(() => ChangeConnection, {
    description:
      "A site's changes (tickets, reservations, vaccination records) after a cursor, in commit order. The cursor is a position in the event log, not a time: paging while others write misses nothing and repeats nothing",
  })
  changes(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Arg('after', () => String, {
      nullable: true,
      description:
        "Cursor of the last change you processed, exactly as this site's feed gave it (any other is refused: BAD_USER_INPUT); omit to start at the beginning of the log",
    })
    after: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, at most 1000' }) first: number,
    @Arg('types', () => [String], {
      nullable: true,
      description:
        'Only these event types (e.g. reservation.booked), at least one; all when omitted (an empty list is refused)',
    })
    types: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeConnection> {
    return ctx.services.changes.changes(ctx.em, ctx.principal, {
      siteId,
      after: after ?? null,
      first,
      types: types ?? null,
    });
  }
}
