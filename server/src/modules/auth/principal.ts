import type { AdminRole } from './auth.entity.js';
import type { ApiKeyScope } from '../api-keys/api-key.scope.js';

/** Who is calling. An HR system calls with an API key of one site, limited to its scopes. */
export type Principal =
  /** No valid credentials. `refused`: an API key was sent but is unknown, revoked or expired (said in the error). */
  | { kind: 'anonymous'; refused?: 'API_KEY' }
  | { kind: 'recipient'; sessionId: string; ticketId: string; siteId: string }
  | { kind: 'admin'; sessionId: string; adminUserId: string; role: AdminRole; siteId: string | null }
  | {
      kind: 'apiKey';
      apiKeyId: string;
      name: string;
      siteId: string;
      scopes: readonly ApiKeyScope[];
      /** The key's own expiry, if it has one. */
      expiresAt: Date | null;
    };

/** A principal that logged in: its session is revocable and cacheable (API keys are neither cached nor sessions). */
export type SessionPrincipal = Extract<Principal, { kind: 'recipient' | 'admin' }>;

/** What stays the same while the caller does: a session, or an API key. */
export function identityOf(principal: Principal): string {
  if (principal.kind === 'anonymous') return 'anonymous';
  if (principal.kind === 'apiKey') return `api-key:${principal.apiKeyId}`;
  return `session:${principal.sessionId}`;
}

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** A request whose API key was refused: treated like no token, but told why. */
export const REFUSED_API_KEY: Principal = { kind: 'anonymous', refused: 'API_KEY' };

/** The UNAUTHENTICATED message for an anonymous principal: an HR system learns its key is the problem. */
export function unauthenticatedMessage(principal: Principal): string | undefined {
  return principal.kind === 'anonymous' && principal.refused === 'API_KEY'
    ? 'The API key is unknown, revoked or expired'
    : undefined;
}

/** Roles named in `@Authorized(...)`; RECIPIENT is a logged-in ticket holder. */
export const Role = {
  RECIPIENT: 'RECIPIENT',
  OPERATOR: 'OPERATOR',
  SITE_ADMIN: 'SITE_ADMIN',
  VENUE_STAFF: 'VENUE_STAFF',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export function rolesOf(principal: Principal): Role[] {
  if (principal.kind === 'recipient') return [Role.RECIPIENT];
  if (principal.kind === 'admin') return [principal.role];
  return [];
}
