import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import {
  RegisterTicketsInput,
  RegisterTicketsResult,
  SelfRegisterTicketInput,
  SelfRegisterTicketResult,
} from './ticket.types.js';
import { ApiKeyScope } from '../api-keys/api-key.scope.js';
import { RequiresScope } from '../api-keys/api-key.types.js';

@Resolver()
export class TicketResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.ROSTER_WRITE)
  @Mutation(() => RegisterTicketsResult, {
    description:
      'Registers eligible tickets (有効接種券登録); registering the same ticket again changes nothing (API keys: ROSTER_WRITE)',
  })
  registerTickets(
    @Arg('input', () => RegisterTicketsInput) input: RegisterTicketsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RegisterTicketsResult> {
    return ctx.services.tickets.register(ctx.em, ctx.principal, input);
  }

  @Mutation(() => SelfRegisterTicketResult, {
    description:
      'Clinic plan: a person registers their own ticket, then logs in with recipientLogin (number and birth date). ' +
      'The answer is the same whether the ticket was new or already registered; an existing ticket is never changed. ' +
      'Counted per client address like a login attempt, and at most once per operation',
  })
  selfRegisterTicket(
    @Arg('input', () => SelfRegisterTicketInput) input: SelfRegisterTicketInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SelfRegisterTicketResult> {
    return ctx.services.tickets.selfRegister(ctx.em, input, ctx.clientAddress);
  }
}
