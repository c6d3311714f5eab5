import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgTimestamp, PreparedStatement, sql, sqlOne } from '../../shared/sql.js';
import type { AdminRole } from './auth.entity.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface ActiveSession {
  id: string;
  kind: 'ADMIN' | 'RECIPIENT';
  adminUserId: string | null;
  role: AdminRole | null;
  ticketId: string | null;
  siteId: string | null;
  expiresAt: Date;
}

/** Every request with a bearer token runs this (batched), so it is planned once per connection. */
const ACTIVE_SESSIONS = new PreparedStatement(
  'active_sessions',
  ['text[]'],
  `select q.i, s.id, s.kind, s.admin_user_id, a.role, s.ticket_id, coalesce(a.site_id, t.site_id) as site_id,
          s.expires_at
     from unnest(?::text[]) with ordinality as q (token_hash, i)
     join session s on s.token_hash = q.token_hash
     left join admin_user a on a.id = s.admin_user_id
     left join ticket t on t.id = s.ticket_id and t.status = 'ACTIVE'
    where s.revoked_at is null and s.expires_at > now()
      and (a.id is not null or t.id is not null)`,
);

/** Sessions and login throttling; everything here is a single SQL statement. */
export class AuthRepository {
  async createSession(
    em: EntityManager,
    session: {
      kind: 'ADMIN' | 'RECIPIENT';
      adminUserId?: string;
      ticketId?: string;
      siteId: string | null;
      ttlHours: number;
    },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const row = await sqlOne<{ expires_at: string }>(
      em,
      `insert into session (token_hash, kind, admin_user_id, ticket_id, site_id, expires_at)
       values (?, ?, ?, ?, ?, now() + make_interval(hours => ?)) returning expires_at`,
      [
        hashToken(token),
        session.kind,
        session.adminUserId ?? null,
        session.ticketId ?? null,
        session.siteId,
        session.ttlHours,
      ],
    );
    return { token, expiresAt: pgTimestamp(row!.expires_at) };
  }

  /** A session counts only while unexpired, unrevoked, and its ticket or admin still exists and is active. */
  async findActiveSession(em: EntityManager, token: string): Promise<ActiveSession | undefined> {
    return (await this.findActiveSessions(em, [token]))[0];
  }

  /** The same for many tokens in one statement, answers in the order asked. */
  async findActiveSessions(em: EntityManager, tokens: string[]): Promise<(ActiveSession | undefined)[]> {
    const rows = await ACTIVE_SESSIONS.run<{
      i: string;
      id: string;
      kind: 'ADMIN' | 'RECIPIENT';
      admin_user_id: string | null;
      role: AdminRole | null;
      ticket_id: string | null;
      site_id: string | null;
      expires_at: string;
    }>(em, [pgArray(tokens.map(hashToken))]);
    const found = new Map(rows.map((row) => [Number(row.i) - 1, row]));
    return tokens.map((_, index) => {
      const row = found.get(index);
      if (!row) return undefined;
      return {
        id: row.id,
        kind: row.kind,
        adminUserId: row.admin_user_id,
        role: row.role,
        ticketId: row.ticket_id,
        siteId: row.site_id,
        expiresAt: pgTimestamp(row.expires_at),
      };
    });
  }

  async revokeSession(em: EntityManager, sessionId: string): Promise<void> {
    await sql(em, `update session set revoked_at = now() where id = ? and revoked_at is null`, [sessionId]);
  }

  /** Seconds until the longest lock among `keys` ends, or 0 when none is locked. */
  async lockedFor(em: EntityManager, keys: string[]): Promise<number> {
    const row = await sqlOne<{ seconds: number | null }>(
      em,
      `select ceil(extract(epoch from max(locked_until) - now()))::int as seconds
         from login_throttle where key = any(?::text[]) and locked_until > now()`,
      [pgArray(keys)],
    );
    return row?.seconds ?? 0;
  }

  /**
   * Counts one failure for `key` within a rolling hour; reaching `limit` locks the key for
   * `lockMinutes`, doubling with every further failure (capped at a day).
   */
  async recordFailure(em: EntityManager, key: string, limit: number, lockMinutes: number): Promise<void> {
    await sql(
      em,
      `insert into login_throttle as t (key, failures, last_failure_at, locked_until)
       values (?, 1, now(), case when 1 >= ? then now() + make_interval(mins => ?) end)
       on conflict (key) do update set
         failures = case when t.last_failure_at < now() - interval '1 hour' then 1 else t.failures + 1 end,
         last_failure_at = now(),
         locked_until = case
           when (case when t.last_failure_at < now() - interval '1 hour' then 1 else t.failures + 1 end) >= ?
           then now() + least(interval '1 day', make_interval(mins => ?) * power(2, greatest(0, t.failures + 1 - ?)))
           else t.locked_until end`,
      [key, limit, lockMinutes, limit, lockMinutes, limit],
    );
  }

  async clearFailures(em: EntityManager, key: string): Promise<void> {
    await sql(em, `delete from login_throttle where key = ?`, [key]);
  }
}
