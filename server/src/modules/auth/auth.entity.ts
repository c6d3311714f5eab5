import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const AdminRole = {
  OPERATOR: 'OPERATOR',
  SITE_ADMIN: 'SITE_ADMIN',
  VENUE_STAFF: 'VENUE_STAFF',
} as const;
export type AdminRole = (typeof AdminRole)[keyof typeof AdminRole];

export const AdminUser = defineEntity({
  name: 'AdminUser',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    email: p.text(),
    displayName: p.text(),
    passwordHash: p.text(),
    role: p.enum(Object.values(AdminRole)),
    /** Null for operators, who see every site. */
    siteId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type AdminUser = InferEntity<typeof AdminUser>;

export const SessionKind = { ADMIN: 'ADMIN', RECIPIENT: 'RECIPIENT' } as const;
export type SessionKind = (typeof SessionKind)[keyof typeof SessionKind];

/** A revocable login; only the SHA-256 of the bearer token is stored. */
export const Session = defineEntity({
  name: 'Session',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    tokenHash: p.text(),
    kind: p.enum(Object.values(SessionKind)),
    adminUserId: p.uuid().nullable(),
    ticketId: p.uuid().nullable(),
    siteId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Session = InferEntity<typeof Session>;
