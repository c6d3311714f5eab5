import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, pgTimestamp, PreparedStatement, sql, sqlOne } from '../../shared/sql.js';
import { AdminUser, type AdminRole } from './auth.entity.js';

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
     left join ticket_status_view t on t.id = s.ticket_id and t.status = 'ACTIVE'
    where s.revoked_at is null and s.expires_at > now()
      and (a.id is not null or t.id is not null)`,
);

/** Sessions and login throttling; every method here is a single SQL statement. */
/** A login_throttle row as the lock queries select it. */
interface LockDbRow {
  key: string;
  kind: ThrottleKind;
  site_id: string | null;
  subject: string;
  attempts: number;
  locked_until: string;
}

export class AuthRepository {
  /**
   * A new session; with `succeeded`, the login's attempt is given back in the same statement (its account
   * starts afresh, its address gets the attempt back), so a login that worked costs one write, not two.
   */
  async createSession(
    em: EntityManager,
    session: {
      kind: 'ADMIN' | 'RECIPIENT';
      adminUserId?: string;
      ticketId?: string;
      siteId: string | null;
      ttlHours: number;
    },
    succeeded?: SucceededAttempt,
  ): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const token = newToken();
    const givenBack = succeeded ? attemptSucceededStatement(succeeded) : undefined;
    const row = await sqlOne<{ id: string; expires_at: string }>(
      em,
      `${givenBack ? `with ${givenBack.ctes}\n` : ''}insert into session (token_hash, kind, admin_user_id, ticket_id, site_id, expires_at)
       values (?, ?, ?, ?, ?, now() + make_interval(hours => ?)) returning id, expires_at`,
      [
        ...(givenBack?.params ?? []),
        hashToken(token),
        session.kind,
        session.adminUserId ?? null,
        session.ticketId ?? null,
        session.siteId,
        session.ttlHours,
      ],
    );
    return { token, sessionId: row!.id, expiresAt: pgTimestamp(row!.expires_at) };
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

  /** Revokes every live session of these tickets; the ids revoked. */
  async revokeTicketSessions(em: EntityManager, ticketIds: string[]): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `update session set revoked_at = now()
        where ticket_id = any(?::uuid[]) and revoked_at is null returning id`,
      [pgArray(ticketIds)],
    );
    return rows.map((r) => r.id);
  }

  async revokeSession(em: EntityManager, sessionId: string): Promise<void> {
    await sql(em, `update session set revoked_at = now() where id = ? and revoked_at is null`, [sessionId]);
  }

  /**
   * Counts one login attempt on every key at once, before any secret is checked: a key that is locked
   * refuses the attempt (and counts nothing), any other counts it and, at its policy's limit, locks for
   * `base × 2^(attempts − limit)` seconds, the exponent and the product capped before they can overflow.
   * Concurrent attempts on one key queue on its row, so N parallel guesses cost N attempts.
   */
  async countAttempt(
    em: EntityManager,
    keys: readonly ThrottleKey[],
    policies: ThrottlePolicies,
  ): Promise<AttemptCount[]> {
    const counting = countAttemptStatement(keys, policies);
    const rows = await sql<CountedRow>(em, `with ${counting.ctes} select * from counted`, counting.params);
    return rows.map(toAttemptCount);
  }

  /**
   * A recipient login's first round trip: the attempt counted on both keys (as `countAttempt`) and the
   * ticket's candidates (as `loginCandidates`) in one statement. The candidates are read even when a key
   * refuses the attempt; the caller then checks nothing.
   */
  async countAttemptAndReadCandidates(
    em: EntityManager,
    keys: readonly ThrottleKey[],
    policies: ThrottlePolicies,
    ticket: { siteId: string; ticketNumber: string; municipalityCode: string | null },
  ): Promise<{ counts: AttemptCount[]; candidates: LoginCandidate[] }> {
    const counting = countAttemptStatement(keys, policies);
    const candidates = loginCandidatesStatement(ticket.siteId, ticket.ticketNumber, ticket.municipalityCode);
    const row = await sqlOne<{ counts: CountedRow[]; candidates: LoginCandidate[] }>(
      em,
      `with ${counting.ctes}
       select (select coalesce(json_agg(counted), '[]') from counted) as counts,
              (select coalesce(json_agg(c), '[]') from (${candidates.sql}) c) as candidates`,
      [...counting.params, ...candidates.params],
    );
    return { counts: row!.counts.map(toAttemptCount), candidates: row!.candidates };
  }

  /**
   * Gives back one counted attempt per key (an attempt that was refused elsewhere, or a success from a
   * shared address); a lock that attempt set is lifted with it.
   */
  async refundAttempt(em: EntityManager, keys: readonly string[], policies: ThrottlePolicies): Promise<void> {
    if (keys.length === 0) return;
    await sql(
      em,
      `update login_throttle set attempts = greatest(attempts - 1, 0),
         locked_until = case when attempts - 1 < (case when kind in ('TICKET', 'ADMIN_ACCOUNT')
           then ${int(policies.account.limit)} else ${int(policies.address.limit)} end) then null else locked_until end
        where key = any(?::text[])`,
      [pgArray([...keys])],
    );
  }

  /** A checked attempt succeeded without a session (a password reset): as `createSession`'s `succeeded`. */
  async attemptSucceeded(em: EntityManager, succeeded: SucceededAttempt): Promise<void> {
    const givenBack = attemptSucceededStatement(succeeded);
    await sql(em, `with ${givenBack.ctes} select 1`, givenBack.params);
  }

  /** Forgets rows nobody has tried for longer than every window and that hold no lock. */
  async sweepAttempts(em: EntityManager, olderThanSeconds: number): Promise<void> {
    await sql(
      em,
      `delete from login_throttle
        where last_attempt_at < now() - make_interval(secs => ?) and (locked_until is null or locked_until < now())`,
      [olderThanSeconds],
    );
  }

  /** Current locks, by key; `siteId` null lists every site and the admin buckets (operators). */
  async locks(
    em: EntityManager,
    siteId: string | null,
    first: number,
    afterKey: string | null,
  ): Promise<LoginLockRow[]> {
    const rows = await sql<LockDbRow>(
      em,
      `select key, kind, site_id, subject, attempts, locked_until from login_throttle
        where locked_until > now() and (?::uuid is null or site_id = ?::uuid) and (?::text is null or key > ?::text)
        order by key limit ?`,
      [siteId, siteId, afterKey, afterKey, first + 1],
    );
    return rows.map(toLockRow);
  }

  async lock(em: EntityManager, key: string): Promise<LoginLockRow | undefined> {
    const row = await sqlOne<LockDbRow>(
      em,
      `select key, kind, site_id, subject, attempts, locked_until from login_throttle
        where key = ? and locked_until > now() for update`,
      [key],
    );
    return row ? toLockRow(row) : undefined;
  }

  async clearLock(em: EntityManager, key: string): Promise<void> {
    await sql(em, `delete from login_throttle where key = ?`, [key]);
  }

  /** A page of one site's admin users (site admins and venue staff) by email, after the email `after`. */
  siteAdminUsers(
    em: EntityManager,
    options: { siteId: string; after: string | null; limit: number },
  ): Promise<AdminUser[]> {
    return em.find(
      AdminUser,
      { siteId: options.siteId, ...(options.after !== null ? { email: { $gt: options.after } } : {}) },
      { orderBy: { email: 'asc' }, limit: options.limit },
    );
  }

  findAdminUser(em: EntityManager, id: string): Promise<AdminUser | null> {
    return em.findOne(AdminUser, { id });
  }

  /**
   * A login proved an older hash right: store the new one (admin user, recipient, or issued ticket). The
   * recipient's and the ticket's go through the functions their owners publish (migration 20261205100000).
   */
  async replacePasswordHash(
    em: EntityManager,
    owner: 'admin_user' | 'recipient' | 'ticket_initial',
    id: string,
    hash: string,
  ): Promise<void> {
    const statement = {
      admin_user: `update admin_user set password_hash = ? where id = ?`,
      recipient: `select set_recipient_password_hash(?, ?)`,
      ticket_initial: `select set_ticket_initial_password_hash(?, ?)`,
    }[owner];
    await sql(em, statement, owner === 'admin_user' ? [hash, id] : [id, hash]);
  }

  /**
   * A recipient login's candidates: the site's active tickets of that number, with their password hashes;
   * one statement over the views tickets and recipients publish.
   */
  loginCandidates(
    em: EntityManager,
    siteId: string,
    ticketNumber: string,
    municipalityCode: string | null,
  ): Promise<LoginCandidate[]> {
    const candidates = loginCandidatesStatement(siteId, ticketNumber, municipalityCode);
    return sql<LoginCandidate>(em, candidates.sql, candidates.params);
  }
}

/** The login's keys once its secret checked out: the account's row goes, the address gets its attempt back. */
export interface SucceededAttempt {
  accountKey: string;
  addressKey: string;
  policies: ThrottlePolicies;
}

function attemptSucceededStatement({ accountKey, addressKey, policies }: SucceededAttempt): {
  ctes: string;
  params: unknown[];
} {
  return {
    ctes: `reset as (delete from login_throttle where key = ?),
     given_back as (
       update login_throttle set attempts = greatest(attempts - 1, 0),
         locked_until = case when attempts - 1 < ${int(policies.address.limit)} then null else locked_until end
        where key = ?)`,
    params: [accountKey, addressKey],
  };
}

interface CountedRow {
  key: string;
  last_refused: boolean;
  seconds: number | null;
}

function toAttemptCount(row: CountedRow): AttemptCount {
  return { key: row.key, refused: row.last_refused, lockedSeconds: Math.max(0, row.seconds ?? 0) };
}

/** `countAttempt`'s upsert as a CTE named `counted`. */
function countAttemptStatement(
  keys: readonly ThrottleKey[],
  policies: ThrottlePolicies,
): { ctes: string; params: unknown[] } {
  const policy = (kind: string, field: keyof ThrottlePolicy) =>
    `(case when ${kind} in ('TICKET', 'ADMIN_ACCOUNT') then ${int(policies.account[field])} else ${int(policies.address[field])} end)`;
  const limit = policy('excluded.kind', 'limit');
  const window = `make_interval(secs => ${policy('excluded.kind', 'windowSeconds')})`;
  const counted = `(case when t.last_attempt_at < now() - ${window} then 1 else t.attempts + 1 end)`;
  const lock = (attempts: string, kind: string) =>
    `now() + make_interval(secs => least(${policy(kind, 'maxLockSeconds')}::float8,
       ${policy(kind, 'baseLockSeconds')}::float8 * power(2, least(greatest(${attempts} - ${policy(kind, 'limit')}, 0), 40))))`;
  return {
    ctes: `counted as (
     insert into login_throttle as t (key, kind, site_id, subject, attempts, last_attempt_at, locked_until, last_refused)
     select k.key, k.kind, k.site_id, k.subject, 1, now(),
            case when 1 >= ${policy('k.kind', 'limit')} then ${lock('1', 'k.kind')} end, false
       from unnest(?::text[], ?::text[], ?::uuid[], ?::text[]) as k (key, kind, site_id, subject)
     on conflict (key) do update set
       last_refused = coalesce(t.locked_until > now(), false),
       attempts = case when t.locked_until > now() then t.attempts else ${counted} end,
       last_attempt_at = case when t.locked_until > now() then t.last_attempt_at else now() end,
       locked_until = case
         when t.locked_until > now() then t.locked_until
         when ${counted} >= ${limit} then ${lock(counted, 'excluded.kind')}
         end
     returning t.key, t.last_refused, ceil(extract(epoch from t.locked_until - now()))::int as seconds)`,
    params: [
      pgArray(keys.map((k) => k.key)),
      pgArray(keys.map((k) => k.kind)),
      pgArray(keys.map((k) => k.siteId)),
      pgArray(keys.map((k) => k.subject)),
    ],
  };
}

/** The site's active tickets of that number, with their password hashes, over the views tickets and recipients publish. */
function loginCandidatesStatement(
  siteId: string,
  ticketNumber: string,
  municipalityCode: string | null,
): { sql: string; params: unknown[] } {
  return {
    sql: `select t.id, to_char(t.birth_date, 'YYYY-MM-DD') as birth_date, t.initial_password_hash, r.password_hash,
              coalesce(r.email, t.email) as email, r.phone, r.language, t.external_id
         from ticket_login_view t left join recipient_login_view r on r.ticket_id = t.id
        where t.site_id = ? and t.number = ? and t.status = 'ACTIVE' and (?::text is null or t.municipality_code = ?)`,
    params: [siteId, ticketNumber, municipalityCode, municipalityCode],
  };
}

/** A ticket a recipient login (or a password reset) may mean, with what proves it is theirs. */
export interface LoginCandidate {
  id: string;
  birth_date: string;
  initial_password_hash: string | null;
  password_hash: string | null;
  /** The profile's address, else the roster's. */
  email: string | null;
  phone: string | null;
  language: 'JA' | 'EN' | null;
  external_id: string | null;
}

function int(value: number): number {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return value;
}

function toLockRow(row: LockDbRow): LoginLockRow {
  return {
    key: row.key,
    kind: row.kind,
    siteId: row.site_id,
    subject: row.subject,
    attempts: row.attempts,
    lockedUntil: pgTimestamp(row.locked_until),
  };
}

export type ThrottleKind = 'TICKET' | 'ADMIN_ACCOUNT' | 'RECIPIENT_ADDRESS' | 'ADMIN_ADDRESS';

/** One bucket an attempt is counted in; `subject` is what an admin sees (ticket number, email, address). */
export interface ThrottleKey {
  key: string;
  kind: ThrottleKind;
  siteId: string | null;
  subject: string;
}

export interface ThrottlePolicy {
  /** Attempts within the window before the key locks. */
  limit: number;
  windowSeconds: number;
  baseLockSeconds: number;
  maxLockSeconds: number;
}

/** Accounts (tickets, admin emails) and addresses follow separate policies. */
export interface ThrottlePolicies {
  account: ThrottlePolicy;
  address: ThrottlePolicy;
}

export interface AttemptCount {
  key: string;
  /** The key was locked: the attempt was not counted and must not check any secret. */
  refused: boolean;
  /** Seconds until the key's lock ends (0: not locked), including a lock this attempt just set. */
  lockedSeconds: number;
}

export interface LoginLockRow {
  key: string;
  kind: ThrottleKind;
  siteId: string | null;
  subject: string;
  attempts: number;
  lockedUntil: Date;
}
