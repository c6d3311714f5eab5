import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One admin write: who, when, what, and the state before and after. Written by audit.repository.ts. */
export const AuditLog = defineEntity({
  name: 'AuditLog',
  properties: {
    id: p.bigint().primary(),
    siteId: p.uuid().nullable(),
    actorAdminUserId: p.uuid().nullable(),
    actorApiKeyId: p.uuid().nullable(),
    actorRole: p.text(),
    action: p.text(),
    targetType: p.text().nullable(),
    targetId: p.text().nullable(),
    before: p.json().nullable(),
    after: p.json().nullable(),
    createdAt: p.datetime(),
  },
});
export type AuditLog = InferEntity<typeof AuditLog>;
