import type { EntityManager } from '@mikro-orm/postgresql';
import { siteIdByCode as readSiteIdByCode } from '../sites/site.service.js';
import type { AppConfig } from '../../config/config.js';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { badInput, notFound } from '../../shared/errors.js';
import { ANONYMOUS, REFUSED_API_KEY, type Principal } from './principal.js';
import { looksLikeApiKey } from '../api-keys/api-key.secret.js';
import { isUuid } from '../../shared/ids.js';
import { isTicketNumber, normalizeDigits } from '../../shared/japanese-ids.js';
import type { Passwords } from '../../shared/password.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireAdmin, requireOperator, requireSiteAdmin } from './access.js';
import { chunkForNotify, type Bus } from '../../shared/bus.js';
import { AdminUser } from './auth.entity.js';
import { Batcher } from '../../shared/batcher.js';
import {
  AuthRepository,
  type ActiveSession,
  type AttemptCount,
  type LoginLockRow,
  type ThrottleKey,
  type ThrottlePolicies,
} from './auth.repository.js';
import { PrincipalCache } from './principal-cache.js';
import { toAdminUserType } from './admin-user.service.js';
import {
  ClearLoginLockErrorCode,
  LoginErrorCode,
  type ClearLoginLockInput,
  type ClearLoginLockResult,
  type LoginError,
  type LoginLock,
  type LoginLockConnection,
  type AdminLoginInput,
  type AdminLoginResult,
  type RecipientLoginInput,
  type RecipientLoginResult,
} from './auth.types.js';

const INVALID_MESSAGE =
  'The login information does not match. Check the ticket number and birth date or password.';

/** Login, logout, and turning a bearer token into a Principal. */
export class AuthService {
  private readonly repository = new AuthRepository();
  readonly principals: PrincipalCache;
  /** Session lookups of requests arriving together share one statement (see Batcher). */
  private readonly sessions: Batcher<{ em: EntityManager; token: string }, ActiveSession | undefined>;

  private readonly policies: ThrottlePolicies;
  private sweptAt = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly passwords: Passwords,
    private readonly audit: AuditService,
    private readonly bus?: Bus,
    /** Turns an API key secret into its principal (api-keys module); absent: keys are unknown tokens. */
    private readonly apiKeys?: {
      principalFor(em: EntityManager, secret: string): Promise<Principal | undefined>;
    },
    /** A site's id by its code; services.ts passes the sites module's kept one (an opening's logins ask it). */
    private readonly siteIdByCode: (
      em: EntityManager,
      code: string,
    ) => Promise<{ id: string } | undefined> = readSiteIdByCode,
  ) {
    this.policies = {
      account: {
        limit: config.loginFailuresPerAccount,
        windowSeconds: 24 * 3600,
        baseLockSeconds: config.loginAccountDelaySeconds,
        maxLockSeconds: config.loginAccountDelayMaxSeconds,
      },
      address: {
        limit: config.loginFailuresPerClient,
        windowSeconds: 3600,
        baseLockSeconds: config.loginClientLockMinutes * 60,
        maxLockSeconds: 24 * 3600,
      },
    };
    this.principals = new PrincipalCache(config.principalCacheTtlMs);
    this.sessions = new Batcher((keys) =>
      this.repository.findActiveSessions(
        keys[0]!.em,
        keys.map((k) => k.token),
      ),
    );
    bus?.onConnection((connected) => this.principals.listening(connected));
    bus?.on('session_revoked', (message) => {
      const ids = (message as { sessionIds?: unknown }).sessionIds;
      if (Array.isArray(ids)) this.principals.forgetSessions(ids.filter((id) => typeof id === 'string'));
    });
  }

  async principalForToken(em: EntityManager, token: string | undefined): Promise<Principal> {
    return (await this.sessionForToken(em, token)).principal;
  }

  /** The principal of a token and, for a live session, when it expires (a WebSocket closes then). */
  async sessionForToken(
    em: EntityManager,
    token: string | undefined,
  ): Promise<{ principal: Principal; expiresAt: Date | undefined }> {
    if (!token) return { principal: ANONYMOUS, expiresAt: undefined };
    // API keys are never cached: a revocation on any instance refuses the very next request everywhere.
    if (this.apiKeys && looksLikeApiKey(token)) {
      const key = await this.apiKeys.principalFor(em, token);
      if (key?.kind !== 'apiKey') return { principal: REFUSED_API_KEY, expiresAt: undefined };
      return { principal: key, expiresAt: key.expiresAt ?? undefined };
    }
    const cached = this.principals.entry(token);
    if (cached) return { principal: cached.principal, expiresAt: new Date(cached.sessionExpiresAt) };
    // Outside a transaction any connection will do, so concurrent requests share one statement.
    const session = em.getTransactionContext()
      ? await this.repository.findActiveSession(em, token)
      : await this.sessions.load({ em, token });
    if (!session) return { principal: ANONYMOUS, expiresAt: undefined };
    let principal: Principal = ANONYMOUS;
    if (session.kind === 'RECIPIENT' && session.ticketId && session.siteId) {
      principal = {
        kind: 'recipient',
        sessionId: session.id,
        ticketId: session.ticketId,
        siteId: session.siteId,
      };
    } else if (session.kind === 'ADMIN' && session.adminUserId && session.role) {
      principal = {
        kind: 'admin',
        sessionId: session.id,
        adminUserId: session.adminUserId,
        role: session.role,
        siteId: session.siteId,
      };
    }
    this.principals.set(token, principal, session.expiresAt);
    return { principal, expiresAt: principal.kind === 'anonymous' ? undefined : session.expiresAt };
  }

  /** Revokes the session; this instance forgets it at once, the others as soon as the bus tells them. */
  async logout(em: EntityManager, principal: Principal): Promise<boolean> {
    if (principal.kind === 'anonymous' || principal.kind === 'apiKey') return false;
    await this.repository.revokeSession(em, principal.sessionId);
    this.sessionsRevoked([principal.sessionId]);
    return true;
  }

  /**
   * Revokes the sessions of these tickets in the caller's transaction; the caller passes the ids to
   * `sessionsRevoked` once it has committed.
   */
  revokeTicketSessions(tx: EntityManager, ticketIds: string[]): Promise<string[]> {
    return ticketIds.length ? this.repository.revokeTicketSessions(tx, ticketIds) : Promise.resolve([]);
  }

  /** Call after revoking sessions in the database by any other path (password change, ticket revoked…). */
  sessionsRevoked(sessionIds: string[]): void {
    if (sessionIds.length === 0) return;
    this.principals.forgetSessions(sessionIds);
    for (const chunk of chunkForNotify(sessionIds))
      this.bus?.publish('session_revoked', { sessionIds: chunk });
  }

  async adminLogin(
    em: EntityManager,
    input: AdminLoginInput,
    clientAddress: string,
  ): Promise<AdminLoginResult> {
    const email = input.email.trim().toLowerCase();
    const account: ThrottleKey = {
      key: `admin:${email}`,
      kind: 'ADMIN_ACCOUNT',
      siteId: null,
      subject: email,
    };
    // Admins have an address bucket of their own: recipients behind the same NAT cannot lock them out.
    const address: ThrottleKey = {
      key: `address:admin:${clientAddress}`,
      kind: 'ADMIN_ADDRESS',
      siteId: null,
      subject: clientAddress,
    };
    const attempt = await this.countAttempt(em, account, address);
    if (attempt.refusal) return { ok: false, error: attempt.refusal };
    const user = await em.findOne(AdminUser, { email });
    // An unknown email costs one hash check too, so the time taken tells nothing.
    const check = user
      ? await this.passwords.check(input.password, user.passwordHash)
      : { ok: await this.passwords.checkNothing(input.password), rehash: false };
    if (!user || !check.ok) {
      return { ok: false, error: this.failed(attempt, 'The email address or password is wrong.') };
    }
    if (check.rehash)
      await this.repository.replacePasswordHash(
        em,
        'admin_user',
        user.id,
        await this.passwords.hash(input.password),
      );
    const { sessionId, token, expiresAt } = await this.repository.createSession(
      em,
      {
        kind: 'ADMIN',
        adminUserId: user.id,
        siteId: user.siteId ?? null,
        ttlHours: this.config.sessionTtlHours,
      },
      { accountKey: account.key, addressKey: address.key, policies: this.policies },
    );
    const principal: Principal = {
      kind: 'admin',
      sessionId,
      adminUserId: user.id,
      role: user.role,
      siteId: user.siteId ?? null,
    };
    // The admin app's next request needs no session lookup (as if it had been read and cached).
    this.principals.set(token, principal, expiresAt);
    return { ok: true, token, expiresAt, admin: toAdminUserType(user) };
  }

  /**
   * A ticket logs in with its birth date until its holder sets a password; after that only the password
   * works, so knowing someone's ticket number and birth date no longer opens their bookings.
   * A number that was never imported, issued or self-registered never logs in.
   */
  async recipientLogin(
    em: EntityManager,
    input: RecipientLoginInput,
    clientAddress: string,
  ): Promise<RecipientLoginResult> {
    const ticketNumber = normalizeDigits(input.ticketNumber);
    if (!isTicketNumber(ticketNumber))
      throw badInput('A ticket number has exactly 10 digits', 'ticketNumber');
    if ((input.birthDate == null) === (input.password == null)) {
      throw badInput('Give either the birth date or the password', 'birthDate');
    }
    // A date nobody alive was born on is a typing slip (昭和35年 read as year 0035), never a guess to count.
    if (input.birthDate != null) checkBirthDate(input.birthDate);
    const municipalityCode = input.municipalityCode ? normalizeDigits(input.municipalityCode) : null;
    const site = await this.siteIdByCode(em, input.siteCode);
    if (!site) {
      return {
        ok: false,
        registrationRequired: false,
        error: { code: LoginErrorCode.SITE_NOT_FOUND, message: `No site has the code ${input.siteCode}` },
      };
    }
    // Counted whether or not the number exists, so locks tell nothing about which numbers do.
    const account = ticketKey(site.id, ticketNumber);
    const address = recipientAddressKey(site.id, clientAddress);
    const { counts, candidates } = await this.repository.countAttemptAndReadCandidates(
      em,
      [account, address],
      this.policies,
      { siteId: site.id, ticketNumber, municipalityCode },
    );
    const attempt = await this.judgeAttempt(em, account, address, counts);
    if (attempt.refusal) return { ok: false, registrationRequired: false, error: attempt.refusal };

    let matched: { id: string; registered: boolean; rehash?: 'recipient' | 'ticket_initial' } | undefined;
    let checkedAHash = false;
    for (const ticket of candidates) {
      const registered = ticket.password_hash !== null;
      let ok = false;
      let rehash: 'recipient' | 'ticket_initial' | undefined;
      if (registered) {
        if (input.password != null) {
          checkedAHash = true;
          const check = await this.passwords.check(input.password, ticket.password_hash!);
          ok = check.ok;
          if (check.rehash) rehash = 'recipient';
        }
      } else if (input.birthDate != null) {
        // An issued ticket's birth date is a placeholder: it logs in with its initial password only.
        ok = ticket.initial_password_hash === null && input.birthDate === ticket.birth_date;
      } else if (ticket.initial_password_hash !== null) {
        checkedAHash = true;
        const check = await this.passwords.check(input.password!, ticket.initial_password_hash);
        ok = check.ok;
        if (check.rehash) rehash = 'ticket_initial';
      }
      if (ok) {
        matched = { id: ticket.id, registered, rehash };
        break;
      }
    }
    // A password for a number with no password costs a hash check too: timing tells nothing.
    if (!matched && input.password != null && !checkedAHash)
      await this.passwords.checkNothing(input.password);
    if (!matched) {
      return { ok: false, registrationRequired: false, error: this.failed(attempt, INVALID_MESSAGE) };
    }
    if (matched.rehash)
      await this.repository.replacePasswordHash(
        em,
        matched.rehash,
        matched.id,
        await this.passwords.hash(input.password!),
      );
    const { sessionId, token, expiresAt } = await this.repository.createSession(
      em,
      { kind: 'RECIPIENT', ticketId: matched.id, siteId: site.id, ttlHours: this.config.sessionTtlHours },
      { accountKey: account.key, addressKey: address.key, policies: this.policies },
    );
    // The page the login leads to needs no session lookup (as if it had been read and cached).
    this.principals.set(
      token,
      { kind: 'recipient', sessionId, ticketId: matched.id, siteId: site.id },
      expiresAt,
    );
    return { ok: true, token, expiresAt, registrationRequired: !matched.registered };
  }

  /**
   * An anonymous write of a site that is not a login (self-registration) is counted in the same address
   * bucket as the site's recipient logins, first, and never given back. Returns why it is refused, if it is.
   */
  async countAnonymousWrite(
    em: EntityManager,
    siteId: string,
    clientAddress: string,
  ): Promise<LoginError | undefined> {
    const address = recipientAddressKey(siteId, clientAddress);
    const [row] = await this.repository.countAttempt(em, [address], this.policies);
    this.sweepNow(em);
    return row?.refused ? tooManyAttempts(row.lockedSeconds) : undefined;
  }

  /**
   * A password reset proves the same secret a login does (ticket number + birth date), so it is counted in
   * the same buckets: a refused attempt says why, a failed one may lock, a successful one starts afresh.
   */
  async ticketAttempt(
    em: EntityManager,
    siteId: string,
    ticketNumber: string,
    clientAddress: string,
  ): Promise<TicketAttempt> {
    const account = ticketKey(siteId, ticketNumber);
    const attempt = await this.countAttempt(em, account, recipientAddressKey(siteId, clientAddress));
    return {
      refusal: attempt.refusal,
      failed: (message) => this.failed(attempt, message),
      succeeded: () =>
        this.repository.attemptSucceeded(em, {
          accountKey: account.key,
          addressKey: attempt.address.key,
          policies: this.policies,
        }),
    };
  }

  /** A ticket's holder proved themselves another way (a mail link, the site's staff): its lock is lifted. */
  async forgetTicketAttempts(em: EntityManager, siteId: string, ticketNumber: string): Promise<void> {
    await this.repository.clearLock(em, ticketKey(siteId, ticketNumber).key);
  }

  /** Counts the attempt on both keys; when either is locked, nothing is counted and the attempt is refused. */
  private async countAttempt(
    em: EntityManager,
    account: ThrottleKey,
    address: ThrottleKey,
  ): Promise<Attempt> {
    const counts = await this.repository.countAttempt(em, [account, address], this.policies);
    return this.judgeAttempt(em, account, address, counts);
  }

  /** The attempt as both keys counted it: a refusal of either gives the other its count back. */
  private async judgeAttempt(
    em: EntityManager,
    account: ThrottleKey,
    address: ThrottleKey,
    rows: readonly AttemptCount[],
  ): Promise<Attempt> {
    this.sweepNow(em);
    const refused = rows.filter((row) => row.refused);
    if (refused.length > 0) {
      await this.repository.refundAttempt(
        em,
        rows.filter((row) => !row.refused).map((row) => row.key),
        this.policies,
      );
      return {
        account,
        address,
        lockedSeconds: 0,
        refusal: tooManyAttempts(Math.max(...refused.map((row) => row.lockedSeconds))),
      };
    }
    return { account, address, lockedSeconds: Math.max(0, ...rows.map((row) => row.lockedSeconds)) };
  }

  /** A checked attempt that failed: locked from now on if it was the one that reached a limit. */
  private failed(attempt: Attempt, message: string): LoginError {
    if (attempt.lockedSeconds > 0) return tooManyAttempts(attempt.lockedSeconds);
    return { code: LoginErrorCode.INVALID_CREDENTIALS, message };
  }

  /** Old throttle rows are forgotten by whichever request comes along, at most once per ten minutes. */
  private sweepNow(em: EntityManager): void {
    const now = Date.now();
    if (now - this.sweptAt < 10 * 60_000) return;
    this.sweptAt = now;
    const oldest = Math.max(this.policies.account.windowSeconds, this.policies.address.windowSeconds);
    // Housekeeping only: a failed sweep is retried by the next one and must not fail a login.
    this.repository.sweepAttempts(em.fork(), oldest).catch(() => undefined);
  }

  /** Current login locks of a site (site admins: their own; operators: any, or all with the admin buckets). */
  async loginLocks(
    em: EntityManager,
    principal: Principal,
    args: { siteId: string | null; first: number; after: string | null },
  ): Promise<LoginLockConnection> {
    if (args.siteId) requireSiteAdmin(principal, args.siteId);
    else requireOperator(principal);
    if (args.siteId && !isUuid(args.siteId)) throw notFound('Site');
    checkPageSize(args.first, 500);
    const afterKey = args.after ? decodeCursor('login-lock', args.after, 1)[0]! : null;
    const rows = await this.repository.locks(em, args.siteId, args.first, afterKey);
    const { edges, pageInfo } = connectionOf(rows, args.first, 'login-lock', (row) => [row.key]);
    return { edges: edges.map(({ cursor, node }) => ({ cursor, node: toLoginLock(node) })), pageInfo };
  }

  /** Lifts a lock (and forgets its attempts); site admins for their own site, operators for any. Audited. */
  async clearLoginLock(
    em: EntityManager,
    principal: Principal,
    input: ClearLoginLockInput,
  ): Promise<ClearLoginLockResult> {
    requireAdmin(principal);
    const key = lockKeyOf(input.id);
    if (!key) throw notFound('Login lock');
    // The key names its site: permission is decided before anything is read.
    const siteId = siteOfKey(key);
    if (siteId) requireSiteAdmin(principal, siteId, 'Login lock');
    else requireOperator(principal);
    return em.transactional(async (tx) => {
      const lock = await this.repository.lock(tx, key);
      if (!lock)
        return {
          ok: false,
          lock: null,
          error: { code: ClearLoginLockErrorCode.NOT_LOCKED, message: 'There is no such lock (any more)' },
        };
      await this.repository.clearLock(tx, lock.key);
      await this.audit.record(tx, principal, {
        siteId: lock.siteId,
        action: 'clearLoginLock',
        targetType: 'login_lock',
        targetId: input.id,
        before: {
          kind: lock.kind,
          subject: lock.subject,
          attempts: lock.attempts,
          lockedUntil: lock.lockedUntil,
        },
        after: null,
      });
      return { ok: true, lock: toLoginLock(lock), error: null };
    });
  }
}

interface Attempt {
  account: ThrottleKey;
  address: ThrottleKey;
  /** Seconds of a lock this attempt set by reaching a limit (0: none). */
  lockedSeconds: number;
  refusal?: LoginError;
}

/** What a caller of `ticketAttempt` does with the attempt once the secret is checked. */
export interface TicketAttempt {
  /** Set when a bucket is locked: nothing may be checked. */
  refusal?: LoginError;
  failed: (message: string) => LoginError;
  succeeded: () => Promise<void>;
}

/** Earliest birth date the system accepts (the placeholder of issued tickets is 1900-01-01). */
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Refuses, as bad input, a birth date before 1900 or after today (UTC+14, so no zone's today is refused). */
export function checkBirthDate(value: string, field = 'birthDate'): void {
  const latest = new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);
  if (value < EARLIEST_BIRTH_DATE || value > latest)
    throw badInput('The birth date must be a real date between 1900 and today', field);
}

function ticketKey(siteId: string, ticketNumber: string): ThrottleKey {
  return { key: `ticket:${siteId}:${ticketNumber}`, kind: 'TICKET', siteId, subject: ticketNumber };
}

function recipientAddressKey(siteId: string, clientAddress: string): ThrottleKey {
  return {
    key: `address:recipient:${siteId}:${clientAddress}`,
    kind: 'RECIPIENT_ADDRESS',
    siteId,
    subject: clientAddress,
  };
}

function tooManyAttempts(seconds: number): LoginError {
  return {
    code: LoginErrorCode.TOO_MANY_ATTEMPTS,
    message: 'Too many failed logins. Wait a while before trying again.',
    retryAfterSeconds: Math.max(1, seconds),
  };
}

function toLoginLock(row: LoginLockRow): LoginLock {
  return {
    id: Buffer.from(row.key).toString('base64url'),
    kind: row.kind,
    siteId: row.siteId,
    subject: row.subject,
    attempts: row.attempts,
    lockedUntil: row.lockedUntil,
  };
}

function lockKeyOf(id: string): string | undefined {
  const key = Buffer.from(id, 'base64url').toString('utf8');
  return /^(ticket:|admin:|address:(recipient|admin):)/.test(key) ? key : undefined;
}

/** `ticket:<site>:…` and `address:recipient:<site>:…` belong to a site; admin buckets to the operator. */
function siteOfKey(key: string): string | null {
  const match = /^(?:ticket|address:recipient):([0-9a-f-]{36}):/.exec(key);
  return match ? match[1]! : null;
}
