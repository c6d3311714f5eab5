import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A service account of one site for an HR system; only the SHA-256 of its secret is stored. Written by api-key.repository.ts. */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  properties: {
    id: p.uuid().primary(),
    siteId: p.uuid(),
    name: p.text(),
    scopes: p.array(),
    secretHash: p.text(),
    lastFour: p.text(),
    createdByAdminUserId: p.uuid().nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    revokedByAdminUserId: p.uuid().nullable(),
  },
});
export type ApiKey = InferEntity<typeof ApiKey>;
