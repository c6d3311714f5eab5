import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import {
  AdminLoginInput,
  AdminLoginResult,
  AdminUserType,
  CreateAdminUserInput,
  RecipientLoginInput,
  RecipientLoginResult,
} from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AdminLoginResult, { description: 'Logs an operator, site admin or venue staff member in' })
  adminLogin(
    @Arg('input', () => AdminLoginInput) input: AdminLoginInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdminLoginResult> {
    return ctx.services.auth.adminLogin(ctx.em, input, ctx.clientAddress);
  }

  @Mutation(() => RecipientLoginResult, {
    description: 'Logs a ticket holder in; failed attempts are throttled per ticket and per client',
  })
  recipientLogin(
    @Arg('input', () => RecipientLoginInput) input: RecipientLoginInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RecipientLoginResult> {
    return ctx.services.auth.recipientLogin(ctx.em, input, ctx.clientAddress);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working at once' })
  logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.auth.logout(ctx.em, ctx.principal);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN, Role.VENUE_STAFF)
  @Query(() => AdminUserType, { description: 'The logged-in admin user' })
  currentAdmin(@Ctx() ctx: GraphQLContext): Promise<AdminUserType> {
    return ctx.services.adminUsers.current(ctx.em, ctx.principal);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => AdminUserType, { description: 'Creates an admin user' })
  createAdminUser(
    @Arg('input', () => CreateAdminUserInput) input: CreateAdminUserInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdminUserType> {
    return ctx.services.adminUsers.create(ctx.em, ctx.principal, input);
  }
}
