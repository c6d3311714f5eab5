import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config/config.js';
import { badInput } from '../../graphql/errors.js';
import { ANONYMOUS, type Principal } from '../../graphql/principal.js';
import { isTicketNumber, normalizeDigits } from '../../shared/japanese-ids.js';
import { verifyPassword } from '../../shared/password.js';
import { chunkForNotify, type Bus } from '../../shared/bus.js';
import { sql } from '../../shared/sql.js';
import { AdminUser } from './auth.entity.js';
import { Batcher } from '../../shared/batcher.js';
import { AuthRepository, type ActiveSession } from './auth.repository.js';
import { PrincipalCache } from './principal-cache.js';
import { toAdminUserType } from './admin-user.service.js';
import {
  LoginErrorCode,
  type AdminLoginInput,
  type AdminLoginResult,
  type RecipientLoginInput,
  type RecipientLoginResult,
} from './auth.types.js';

const LOCK_MINUTES = 15;
const INVALID_MESSAGE =
  'The login information does not match. Check the ticket number and birth date or password.';

/** Login, logout, and turning a bearer token into a Principal. */
export class AuthService {
  private readonly repository = new AuthRepository();
  readonly principals: PrincipalCache;
  /** Session lookups of requests arriving together share one statement (see Batcher). */
  private readonly sessions: Batcher<{ em: EntityManager; token: string }, ActiveSession | undefined>;

  constructor(
    private readonly config: AppConfig,
    private readonly bus?: Bus,
  ) {
    this.principals = new PrincipalCache(config.principalCacheTtlMs);
    this.sessions = new Batcher((keys) =>
      this.repository.findActiveSessions(
        keys[0]!.em,
        keys.map((k) => k.token),
      ),
    );
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
    if (principal.kind === 'anonymous') return false;
    await this.repository.revokeSession(em, principal.sessionId);
    this.sessionsRevoked([principal.sessionId]);
    return true;
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
    const accountKey = `admin:${email}`;
    const refused = await this.lockedOut(em, accountKey, clientAddress);
    if (refused) return { ok: false, error: refused };
    const user = await em.findOne(AdminUser, { email });
    if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
      return {
        ok: false,
        error: await this.failure(em, accountKey, clientAddress, 'The email address or password is wrong.'),
      };
    }
    await this.repository.clearFailures(em, accountKey);
    const session = await this.repository.createSession(em, {
      kind: 'ADMIN',
      adminUserId: user.id,
      siteId: user.siteId ?? null,
      ttlHours: this.config.sessionTtlHours,
    });
    return {
      ok: true,
      ...session,
      admin: toAdminUserType(user),
    };
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
    const municipalityCode = input.municipalityCode ? normalizeDigits(input.municipalityCode) : null;
    const [site] = await sql<{ id: string }>(em, `select id from site where code = ?`, [input.siteCode]);
    if (!site) {
      return {
        ok: false,
        registrationRequired: false,
        error: { code: LoginErrorCode.SITE_NOT_FOUND, message: `No site has the code ${input.siteCode}` },
      };
    }
    const accountKey = `ticket:${site.id}:${ticketNumber}`;
    const refused = await this.lockedOut(em, accountKey, clientAddress);
    if (refused) return { ok: false, registrationRequired: false, error: refused };

    const candidates = await sql<{
      id: string;
      birth_date: string;
      initial_password_hash: string | null;
      password_hash: string | null;
    }>(
      em,
      `select t.id, to_char(t.birth_date, 'YYYY-MM-DD') as birth_date, t.initial_password_hash, r.password_hash
         from ticket t left join recipient r on r.ticket_id = t.id
        where t.site_id = ? and t.number = ? and t.status = 'ACTIVE' and (?::text is null or t.municipality_code = ?)`,
      [site.id, ticketNumber, municipalityCode, municipalityCode],
    );
    let matched: { id: string; registered: boolean } | undefined;
    for (const ticket of candidates) {
      const registered = ticket.password_hash !== null;
      const ok = registered
        ? input.password != null && (await verifyPassword(input.password, ticket.password_hash!))
        : input.birthDate != null
          ? // An issued ticket's birth date is a placeholder: it logs in with its initial password only.
            ticket.initial_password_hash === null && input.birthDate === ticket.birth_date
          : ticket.initial_password_hash !== null &&
            (await verifyPassword(input.password!, ticket.initial_password_hash));
      if (ok) {
        matched = { id: ticket.id, registered };
        break;
      }
    }
    if (!matched) {
      return {
        ok: false,
        registrationRequired: false,
        error: await this.failure(em, accountKey, clientAddress, INVALID_MESSAGE),
      };
    }
    await this.repository.clearFailures(em, accountKey);
    const session = await this.repository.createSession(em, {
      kind: 'RECIPIENT',
      ticketId: matched.id,
      siteId: site.id,
      ttlHours: this.config.sessionTtlHours,
    });
    return { ok: true, ...session, registrationRequired: !matched.registered };
  }

  private async lockedOut(em: EntityManager, accountKey: string, clientAddress: string) {
    const seconds = await this.repository.lockedFor(em, [accountKey, `client:${clientAddress}`]);
    if (seconds <= 0) return undefined;
    return {
      code: LoginErrorCode.TOO_MANY_ATTEMPTS,
      message: 'Too many failed logins. Wait a while before trying again.',
      retryAfterSeconds: seconds,
    };
  }

  private async failure(em: EntityManager, accountKey: string, clientAddress: string, message: string) {
    await this.repository.recordFailure(em, accountKey, this.config.loginFailuresPerAccount, LOCK_MINUTES);
    await this.repository.recordFailure(
      em,
      `client:${clientAddress}`,
      this.config.loginFailuresPerClient,
      LOCK_MINUTES,
    );
    return (
      (await this.lockedOut(em, accountKey, clientAddress)) ?? {
        code: LoginErrorCode.INVALID_CREDENTIALS,
        message,
      }
    );
  }
}
