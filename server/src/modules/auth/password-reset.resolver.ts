import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from './principal.js';
import {
  RequestPasswordResetInput,
  RequestPasswordResetResult,
  ResetPasswordResult,
  ResetPasswordWithFactsInput,
  ResetPasswordWithLinkInput,
  ResetRecipientPasswordInput,
  ResetRecipientPasswordResult,
} from './password-reset.types.js';

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => RequestPasswordResetResult, {
    description:
      'A recipient who forgot their password asks for a link by mail: sent when the ticket, birth date and an address on file match; the answer is the same whether or not they do. Counted per client address',
  })
  requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RequestPasswordResetResult> {
    return ctx.services.passwordResets.requestByMail(ctx.em, input, ctx.clientAddress);
  }

  @Mutation(() => ResetPasswordResult, {
    description: 'Sets a new password with the token of a mailed link (single use, expires after an hour)',
  })
  resetPasswordWithLink(
    @Arg('input', () => ResetPasswordWithLinkInput) input: ResetPasswordWithLinkInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResetPasswordResult> {
    return ctx.services.passwordResets.resetWithLink(ctx.em, input);
  }

  @Mutation(() => ResetPasswordResult, {
    description:
      'Sets a new password without mail: ticket number, birth date and the second fact of Site.passwordResetFact. Counted and locked like recipientLogin',
  })
  resetPasswordWithFacts(
    @Arg('input', () => ResetPasswordWithFactsInput) input: ResetPasswordWithFactsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResetPasswordResult> {
    return ctx.services.passwordResets.resetWithFacts(ctx.em, input, ctx.clientAddress);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => ResetRecipientPasswordResult, {
    description:
      'A site admin gives a recipient who called the site a temporary password (shown once); the ticket’s login lock is lifted and its sessions end. Audited',
  })
  resetRecipientPassword(
    @Arg('input', () => ResetRecipientPasswordInput) input: ResetRecipientPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResetRecipientPasswordResult> {
    return ctx.services.passwordResets.resetByAdmin(ctx.em, ctx.principal, input);
  }
}
