import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { RecipientProfile, RegisterRecipientInput, UpdateMyProfileInput } from './recipient.types.js';

@Resolver(() => RecipientProfile)
export class RecipientResolver {
  @Authorized(Role.RECIPIENT)
  @Query(() => RecipientProfile, { description: 'The logged-in recipient' })
  me(@Ctx() ctx: GraphQLContext): Promise<RecipientProfile> {
    return ctx.services.recipients.profile(ctx.em, ctx.principal);
  }

  @Authorized(Role.RECIPIENT)
  @Mutation(() => RecipientProfile, {
    description: 'First login: profile, password and acceptance of the terms',
  })
  registerRecipient(
    @Arg('input', () => RegisterRecipientInput) input: RegisterRecipientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RecipientProfile> {
    return ctx.services.recipients.register(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.RECIPIENT)
  @Mutation(() => RecipientProfile, { description: 'Changes one’s own phone, email or mail language' })
  updateMyProfile(
    @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RecipientProfile> {
    return ctx.services.recipients.updateMine(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.RECIPIENT)
  @Mutation(() => RecipientProfile, { description: 'Switches the day-before reminder mail on or off' })
  setReminderOptIn(
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RecipientProfile> {
    return ctx.services.recipients.setReminderOptIn(ctx.em, ctx.principal, enabled);
  }
}
