import { forbidden, notFound, unauthenticated } from '../../shared/errors.js';
import { unauthenticatedMessage, type Principal } from './principal.js';

type AdminPrincipal = Extract<Principal, { kind: 'admin' }>;
type RecipientPrincipal = Extract<Principal, { kind: 'recipient' }>;
type ApiKeyPrincipal = Extract<Principal, { kind: 'apiKey' }>;

export function requireAdmin(principal: Principal): AdminPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated(unauthenticatedMessage(principal));
  if (principal.kind === 'apiKey') throw forbidden('An API key cannot do this');
  if (principal.kind !== 'admin') throw forbidden('Only admin users may do this');
  return principal;
}

export function requireOperator(principal: Principal): AdminPrincipal {
  const admin = requireAdmin(principal);
  if (admin.role !== 'OPERATOR') throw forbidden('Only operators may do this');
  return admin;
}

/**
 * Operators manage every site; site admins only their own. Venue staff never configure a site.
 * Another site's objects answer exactly like ids that do not exist (`what` names the object the caller
 * asked for, as its own not-found answer does), so nobody learns which ids exist elsewhere.
 */
export function requireSiteAdmin(principal: Principal, siteId: string, what = 'Site'): AdminPrincipal {
  const admin = requireAdmin(principal);
  if (admin.role === 'OPERATOR') return admin;
  if (admin.siteId !== siteId) throw notFound(what);
  if (admin.role === 'SITE_ADMIN') return admin;
  throw forbidden('Only site admins may do this');
}

/**
 * Like requireSiteAdmin, and an API key of that site passes too: only for use cases whose operation
 * declares the scope an HR system needs (`@RequiresScope`, checked at the schema edge before this runs).
 * A key of another site gets the same not-found answer as an admin of another site.
 */
export function requireSiteAccess(
  principal: Principal,
  siteId: string,
  what = 'Site',
): AdminPrincipal | ApiKeyPrincipal {
  if (principal.kind !== 'apiKey') return requireSiteAdmin(principal, siteId, what);
  if (principal.siteId !== siteId) throw notFound(what);
  return principal;
}

export function requireRecipient(principal: Principal): RecipientPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated(unauthenticatedMessage(principal));
  if (principal.kind !== 'recipient') throw forbidden('Only a logged-in recipient may do this');
  return principal;
}
