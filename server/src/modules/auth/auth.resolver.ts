import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from './principal.js';
import {
  AdminLoginInput,
  AdminLoginResult,
  AdminUserConnection,
  AdminUserType,
  ClearLoginLockInput,
  ClearLoginLockResult,
  CreateAdminUserInput,
  LoginLockConnection,
  RecipientLoginInput,
  RecipientLoginResult,
} from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AdminLoginResult, {
    description:
      'Logs an operator, site admin or venue staff member in; attempts are counted per email and per client address before the password is checked. Once per request',
  })
  adminLogin(
    @Arg('input', () => AdminLoginInput) input: AdminLoginInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdminLoginResult> {
    return ctx.services.auth.adminLogin(ctx.em, input, ctx.clientAddress);
  }

  @Mutation(() => RecipientLoginResult, {
    description:
      'Logs a ticket holder in; attempts are counted per ticket and per client address before the secret is checked. Once per request',
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
  @Query(() => AdminUserConnection, {
    description: 'The site admins and venue staff of a site, by email (site admins: their own site only)',
  })
  adminUsers(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.adminUsers.listOfSite(ctx.em, ctx.principal, { siteId, first, after: after ?? null });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => AdminUserType, { description: 'Creates an admin user' })
  createAdminUser(
    @Arg('input', () => CreateAdminUserInput) input: CreateAdminUserInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AdminUserType> {
    return ctx.services.adminUsers.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => LoginLockConnection, {
    description:
      'Current login locks of a site: its ticket numbers and client addresses (operators may omit siteId to see every lock, admin ones included)',
  })
  loginLocks(
    @Arg('siteId', () => ID, { nullable: true, description: 'Site id' }) siteId: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LoginLockConnection> {
    return ctx.services.auth.loginLocks(ctx.em, ctx.principal, {
      siteId: siteId ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => ClearLoginLockResult, {
    description:
      'Lifts a login lock and forgets its attempts (site admins: locks of their site; operators: any). Audited',
  })
  clearLoginLock(
    @Arg('input', () => ClearLoginLockInput) input: ClearLoginLockInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClearLoginLockResult> {
    return ctx.services.auth.clearLoginLock(ctx.em, ctx.principal, input);
  }
}
