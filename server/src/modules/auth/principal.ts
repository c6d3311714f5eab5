import type { AdminRole } from './auth.entity.js';

/** Who is calling. API keys for HR systems (a later issue) become one more variant here. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'recipient'; sessionId: string; ticketId: string; siteId: string }
  | { kind: 'admin'; sessionId: string; adminUserId: string; role: AdminRole; siteId: string | null };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

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
