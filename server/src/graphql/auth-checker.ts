import type { AuthCheckerFn } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import { rolesOf } from '../modules/auth/principal.js';
import { forbidden, unauthenticated } from '../shared/errors.js';

/** Coarse role gate at the schema edge; site scoping is decided in services. */
export const authChecker: AuthCheckerFn<GraphQLContext> = ({ context }, roles) => {
  const held = rolesOf(context.principal);
  if (held.length === 0) throw unauthenticated();
  if (roles.length === 0 || roles.some((role) => held.includes(role as never))) return true;
  throw forbidden();
};
