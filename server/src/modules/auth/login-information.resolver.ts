import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { RESEND_EVERY_MINUTES } from './login-information.service.js';
import { ResendLoginInformationInput, ResendLoginInformationResult } from './login-information.types.js';
import { Role } from './principal.js';

@Resolver()
export class LoginInformationResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => ResendLoginInformationResult, {
    description: `Mails a person their login information again: the login page, the ticket number and how to log in (first login with the birth date or the initial password on paper), with a single-use password-reset link for a registered person; never a password. At most once per ticket in ${RESEND_EVERY_MINUTES} minutes. Audited`,
  })
  resendLoginInformation(
    @Arg('input', () => ResendLoginInformationInput) input: ResendLoginInformationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResendLoginInformationResult> {
    return ctx.services.loginInformation.resend(ctx.em, ctx.principal, input);
  }
}
