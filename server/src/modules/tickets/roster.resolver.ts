import { ApiKeyScope } from '../api-keys/api-key.scope.js';
import { RequiresScope } from '../api-keys/api-key.types.js';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import {
  RevokeTicketInput,
  RevokeTicketResult,
  RevokeTicketsInput,
  RevokeTicketsResult,
  TicketConnection,
  TicketFilter,
  UpsertTicketsInput,
  UpsertTicketsResult,
} from './roster.types.js';

/** The roster of a site: HR systems sync it, the admin app lists it (RosterService). */
@Resolver()
export class RosterResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.ROSTER_READ)
  @Query(() => TicketConnection, {
    description:
      'A site’s tickets (the roster) in ticket number order, with holder and booking summary; filter by status, ' +
      'booking state, a search (number prefix, kana name prefix, external id prefix) or an external id',
  })
  tickets(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Arg('filter', () => TicketFilter, { nullable: true, description: 'Filters, all applied together' })
    filter: TicketFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TicketConnection> {
    return ctx.services.roster.list(ctx.em, ctx.principal, { siteId, first, after, filter });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.ROSTER_WRITE)
  @Mutation(() => UpsertTicketsResult, {
    description:
      'Roster sync: creates and updates tickets from an HR system’s rows (up to 10,000 per call), idempotent, ' +
      'answered per row; one transaction',
  })
  upsertTickets(
    @Arg('input', () => UpsertTicketsInput) input: UpsertTicketsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UpsertTicketsResult> {
    return ctx.services.roster.upsert(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.ROSTER_WRITE)
  @Mutation(() => RevokeTicketResult, {
    description:
      'Revokes a ticket: it can no longer log in or book, its sessions end, and its upcoming bookings are ' +
      'cancelled (places freed, holder told). Revoking a revoked ticket changes nothing',
  })
  revokeTicket(
    @Arg('input', () => RevokeTicketInput) input: RevokeTicketInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RevokeTicketResult> {
    return ctx.services.roster.revokeOne(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.ROSTER_WRITE)
  @Mutation(() => RevokeTicketsResult, {
    description: 'Revokes up to 10,000 tickets of a site at once, as revokeTicket does each; one transaction',
  })
  revokeTickets(
    @Arg('input', () => RevokeTicketsInput) input: RevokeTicketsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RevokeTicketsResult> {
    return ctx.services.roster.revokeMany(ctx.em, ctx.principal, input);
  }
}
