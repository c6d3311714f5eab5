import type { AuthCheckerFn } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import { rolesOf, unauthenticatedMessage } from '../modules/auth/principal.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { checkApiKeyScope } from './api-key-scopes.js';

/**
 * Coarse role gate at the schema edge; site scoping is decided in services. An API key holds no role: it
 * passes where the operation declares a scope it holds (`@RequiresScope`), and nowhere else.
 */
export const authChecker: AuthCheckerFn<GraphQLContext> = ({ context, info }, roles) => {
  if (context.principal.kind === 'apiKey') {
    checkApiKeyScope(context.principal, info);
    return true;
  }
  const held = rolesOf(context.principal);
  if (held.length === 0) throw unauthenticated(unauthenticatedMessage(context.principal));
  if (roles.length === 0 || roles.some((role) => held.includes(role as never))) return true;
  throw forbidden();
};
