import { forbidden, unauthenticated } from '../../graphql/errors.js';
import type { Principal } from '../../graphql/principal.js';

type AdminPrincipal = Extract<Principal, { kind: 'admin' }>;
type RecipientPrincipal = Extract<Principal, { kind: 'recipient' }>;

export function requireAdmin(principal: Principal): AdminPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'admin') throw forbidden('Only admin users may do this');
  return principal;
}

export function requireOperator(principal: Principal): AdminPrincipal {
  const admin = requireAdmin(principal);
  if (admin.role !== 'OPERATOR') throw forbidden('Only operators may do this');
  return admin;
}

/** Operators manage every site; site admins only their own. Venue staff never configure a site. */
export function requireSiteAdmin(principal: Principal, siteId: string): AdminPrincipal {
  const admin = requireAdmin(principal);
  if (admin.role === 'OPERATOR') return admin;
  if (admin.role === 'SITE_ADMIN' && admin.siteId === siteId) return admin;
  throw forbidden('You do not manage this site');
}

export function requireRecipient(principal: Principal): RecipientPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'recipient') throw forbidden('Only a logged-in recipient may do this');
  return principal;
}
