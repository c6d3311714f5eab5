import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { LinkRealTicketInput, LinkRealTicketResult, RealTicketLinkConnection } from './real-ticket.types.js';

@Resolver()
export class RealTicketResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => LinkRealTicketResult, {
    description:
      'Links a provisional ticket to the person’s real ticket by the 18-digit line printed on it (typed, ' +
      'pasted or scanned); linking it again to another line corrects it. A real ticket belongs to one ticket of a site',
  })
  linkRealTicket(
    @Arg('input', () => LinkRealTicketInput) input: LinkRealTicketInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LinkRealTicketResult> {
    return ctx.services.realTickets.link(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => RealTicketLinkConnection, {
    description:
      'A site’s provisional tickets with their real tickets, by number; linked: false lists who is still unlinked',
  })
  realTicketLinks(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Arg('linked', () => Boolean, {
      nullable: true,
      description: 'true: linked only; false: unlinked only; null: all',
    })
    linked: boolean | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, at most 1,000' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RealTicketLinkConnection> {
    return ctx.services.realTickets.page(ctx.em, ctx.principal, {
      siteId,
      linked: linked ?? null,
      first,
      after: after ?? null,
    });
  }
}
