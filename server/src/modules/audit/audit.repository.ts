import type { EntityManager } from '@mikro-orm/postgresql';
import { pgTimestamp, sql } from '../../shared/sql.js';

export interface AuditEntryInput {
  siteId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntryView {
  id: string;
  siteId: string | null;
  actorAdminUserId: string | null;
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
  async insert(
    em: EntityManager,
    actor: { adminUserId: string | null; role: string },
    entry: AuditEntryInput,
  ): Promise<void> {
    await sql(
      em,
      `insert into audit_log (site_id, actor_admin_user_id, actor_role, action, target_type, target_id, before, after)
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)`,
      [
        entry.siteId,
        actor.adminUserId,
        actor.role,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }

  /** Newest first; one statement per page. `siteId` null lists every site (operators only). */
  async page(
    em: EntityManager,
    filter: { siteId: string | null; action: string | null },
    first: number,
    afterId: string | null,
  ): Promise<AuditEntryView[]> {
    const rows = await sql<{
      id: string;
      site_id: string | null;
      actor_admin_user_id: string | null;
      actor_name: string | null;
      actor_role: string;
      action: string;
      target_type: string | null;
      target_id: string | null;
      before: unknown;
      after: unknown;
      created_at: string;
    }>(
      em,
      `select l.id::text as id, l.site_id, l.actor_admin_user_id, a.display_name as actor_name, l.actor_role,
              l.action, l.target_type, l.target_id, l.before, l.after, l.created_at
         from audit_log l left join admin_user a on a.id = l.actor_admin_user_id
        where (?::uuid is null or l.site_id = ?::uuid)
          and (?::text is null or l.action = ?::text)
          and (?::bigint is null or l.id < ?::bigint)
        order by l.id desc
        limit ?`,
      [filter.siteId, filter.siteId, filter.action, filter.action, afterId, afterId, first + 1],
    );
    return rows.map((row) => ({
      id: row.id,
      siteId: row.site_id,
      actorAdminUserId: row.actor_admin_user_id,
      actorName: row.actor_name,
      actorRole: row.actor_role,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      before: row.before,
      after: row.after,
      createdAt: pgTimestamp(row.created_at),
    }));
  }
}
