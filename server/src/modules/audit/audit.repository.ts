import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../shared/sql.js';

export interface AuditEntryInput {
  siteId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who wrote: an admin user, or an API key (then the role is API_KEY). */
export interface AuditActor {
  adminUserId: string | null;
  apiKeyId: string | null;
  role: string;
}

export interface AuditEntryView {
  id: string;
  siteId: string | null;
  actorAdminUserId: string | null;
  actorApiKeyId: string | null;
  actorName: string | null;
  actorRole: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

export class AuditRepository {
  async insert(em: EntityManager, actor: AuditActor, entry: AuditEntryInput): Promise<void> {
    await sql(
      em,
      `insert into audit_log (site_id, actor_admin_user_id, actor_api_key_id, actor_role, action, target_type,
                              target_id, before, after)
       values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)`,
      [
        entry.siteId,
        actor.adminUserId,
        actor.apiKeyId,
        actor.role,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }
}
