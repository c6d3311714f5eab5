import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config/config.js';
import { badInput } from '../../shared/errors.js';
import { isTicketNumber, normalizeDigits } from '../../shared/japanese-ids.js';
import type { Passwords } from '../../shared/password.js';
import type { AuditService } from '../audit/audit.service.js';
import { newInitialPassword } from '../issuance/provisional-number.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { RecipientService } from '../recipients/recipient.service.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { findSiteByCode, requireSite } from '../sites/site.service.js';
import { requireSiteAdmin } from './access.js';
import { AuthRepository, type LoginCandidate } from './auth.repository.js';
import { checkBirthDate, type AuthService } from './auth.service.js';
import { PasswordResetRepository } from './password-reset.repository.js';
import { ANONYMOUS, type Principal } from './principal.js';
import {
  PasswordResetErrorCode,
  ResetRecipientPasswordErrorCode,
  type PasswordResetError,
  type RequestPasswordResetInput,
  type RequestPasswordResetResult,
  type ResetPasswordResult,
  type ResetPasswordWithFactsInput,
  type ResetPasswordWithLinkInput,
  type ResetRecipientPasswordInput,
  type ResetRecipientPasswordResult,
} from './password-reset.types.js';

/** How long a mailed link works. */
export const LINK_TTL_MINUTES = 60;
/** Links mailed per ticket and hour; further requests get the same answer and no mail. */
const LINKS_PER_HOUR = 3;

const NO_MATCH =
  'The ticket number, birth date and the other information do not match a registered ticket. Check them, or contact the site.';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Digits only, full-width ones too: 090-1234-5678, ０９０１２３４５６７８ and (090) 1234 5678 are one number. */
function phoneDigits(value: string): string {
  return value.normalize('NFKC').replace(/\D/g, '');
}

function factMatches(kind: 'PHONE' | 'EMPLOYEE_ID', given: string, ticket: LoginCandidate): boolean {
  if (kind === 'PHONE') {
    const digits = phoneDigits(given);
    return digits.length >= 10 && ticket.phone !== null && phoneDigits(ticket.phone) === digits;
  }
  const id = given.normalize('NFKC').trim().toLowerCase();
  return id.length > 0 && ticket.external_id?.normalize('NFKC').trim().toLowerCase() === id;
}

/**
 * A recipient who forgot their password sets a new one: by a link mailed to the address on file, by ticket
 * number + birth date + the second fact the site chose, or through the site's admin. Attempts are counted
 * like logins; answers never tell whether a ticket exists or has an address.
 */
export class PasswordResetService {
  private readonly repository = new PasswordResetRepository();
  private readonly auth = new AuthRepository();
  private readonly reports = new ReportsRepository();

  constructor(
    private readonly config: AppConfig,
    private readonly authService: AuthService,
    private readonly recipients: RecipientService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly passwords: Passwords,
  ) {}

  /** Mails a link when the ticket, birth date and an address on file match; the answer is the same either way. */
  async requestByMail(
    em: EntityManager,
    input: RequestPasswordResetInput,
    clientAddress: string,
  ): Promise<RequestPasswordResetResult> {
    const ticketNumber = this.checkTicket(input.ticketNumber, input.birthDate);
    const site = await findSiteByCode(em, input.siteCode);
    if (!site) return { ok: false, error: siteNotFound(input.siteCode) };
    // The answer says nothing of the birth date, so a request is no guess at it: only the address is counted.
    const refusal = await this.authService.countAnonymousWrite(em, site.id, clientAddress);
    if (refusal) return { ok: false, error: { ...refusal, code: PasswordResetErrorCode.TOO_MANY_ATTEMPTS } };
    const candidates = await this.auth.loginCandidates(em, site.id, ticketNumber, null);
    const ticket = candidates.find(
      (t) => t.password_hash !== null && t.birth_date === input.birthDate && t.email !== null,
    );
    if (!ticket) return { ok: true };
    await em.transactional(async (tx) => {
      if ((await this.repository.createdLastHour(tx, ticket.id)) >= LINKS_PER_HOUR) return;
      const link = await this.issueLink(tx, { ticketId: ticket.id, siteId: site.id, siteCode: site.code });
      const queued = await this.notifications.passwordResetLink(tx, {
        siteId: site.id,
        to: ticket.email!,
        language: ticket.language ?? 'JA',
        link,
        expiresInMinutes: LINK_TTL_MINUTES,
      });
      await this.audit.record(tx, ANONYMOUS, {
        siteId: site.id,
        action: 'requestPasswordReset',
        targetType: 'ticket',
        targetId: ticket.id,
        before: null,
        after: { mailed: queued },
      });
    });
    return { ok: true };
  }

  /**
   * A new single-use link to set a password (the token kept only as its SHA-256), valid LINK_TTL_MINUTES;
   * inside the caller's transaction, which mails it.
   */
  async issueLink(
    tx: EntityManager,
    ticket: { ticketId: string; siteId: string; siteCode: string },
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.insert(tx, {
      tokenHash: sha256(token),
      ticketId: ticket.ticketId,
      siteId: ticket.siteId,
      ttlMinutes: LINK_TTL_MINUTES,
    });
    // In the fragment, the token never reaches a server log or a Referer header.
    return `${this.config.publicUrl}/s/${encodeURIComponent(ticket.siteCode)}/password/new#token=${token}`;
  }

  /** Sets the new password from a mailed link: works once, until it expires; lifts the ticket's login lock. */
  async resetWithLink(em: EntityManager, input: ResetPasswordWithLinkInput): Promise<ResetPasswordResult> {
    const revoked = await em.transactional(async (tx) => {
      const link = await this.repository.consume(tx, sha256(input.token));
      if (!link) return undefined;
      if (!(await this.recipients.setPassword(tx, link.ticketId, input.newPassword))) return undefined;
      const ticket = await this.reports.ticketNumberAndSiteCode(tx, link.ticketId);
      if (ticket) await this.authService.forgetTicketAttempts(tx, link.siteId, ticket.number);
      const sessions = await this.auth.revokeTicketSessions(tx, [link.ticketId]);
      await this.audit.record(tx, ANONYMOUS, {
        siteId: link.siteId,
        action: 'resetPasswordWithLink',
        targetType: 'ticket',
        targetId: link.ticketId,
        before: null,
        after: { sessionsEnded: sessions.length },
      });
      return sessions;
    });
    // A token has 256 random bits: guessing one is hopeless, so a miss is not counted beyond the rate limits.
    if (!revoked) {
      return {
        ok: false,
        error: {
          code: PasswordResetErrorCode.INVALID_LINK,
          message: 'This link is unknown, was used already or has expired. Ask for a new one.',
        },
      };
    }
    this.authService.sessionsRevoked(revoked);
    return { ok: true };
  }

  /** Ticket number + birth date + the site's second fact set a new password; counted like a login. */
  async resetWithFacts(
    em: EntityManager,
    input: ResetPasswordWithFactsInput,
    clientAddress: string,
  ): Promise<ResetPasswordResult> {
    const ticketNumber = this.checkTicket(input.ticketNumber, input.birthDate);
    const site = await findSiteByCode(em, input.siteCode);
    if (!site) return { ok: false, error: siteNotFound(input.siteCode) };
    const kind = site.passwordResetFact;
    if (kind === 'NONE') {
      return {
        ok: false,
        error: {
          code: PasswordResetErrorCode.NOT_AVAILABLE,
          message: 'This site resets passwords by mail or through its contact only',
        },
      };
    }
    const attempt = await this.authService.ticketAttempt(em, site.id, ticketNumber, clientAddress);
    if (attempt.refusal) return { ok: false, error: asResetError(attempt.refusal) };
    const candidates = await this.auth.loginCandidates(em, site.id, ticketNumber, null);
    const ticket = candidates.find(
      (t) => t.password_hash !== null && t.birth_date === input.birthDate && factMatches(kind, input.fact, t),
    );
    // A miss costs a hash too, so the time taken tells nothing.
    if (!ticket) {
      await this.passwords.checkNothing(input.newPassword);
      return { ok: false, error: asResetError(attempt.failed(NO_MATCH)) };
    }
    const revoked = await em.transactional(async (tx) => {
      await this.recipients.setPassword(tx, ticket.id, input.newPassword);
      await this.repository.closeOpenLinks(tx, ticket.id);
      const sessions = await this.auth.revokeTicketSessions(tx, [ticket.id]);
      await this.audit.record(tx, ANONYMOUS, {
        siteId: site.id,
        action: 'resetPasswordWithFacts',
        targetType: 'ticket',
        targetId: ticket.id,
        before: null,
        after: { fact: kind, sessionsEnded: sessions.length },
      });
      return sessions;
    });
    await attempt.succeeded();
    this.authService.sessionsRevoked(revoked);
    return { ok: true };
  }

  /**
   * A site admin, having checked who is calling, gives the person a temporary password to log in with;
   * the ticket's login lock is lifted and its sessions end. Audited (the password itself never is).
   */
  async resetByAdmin(
    em: EntityManager,
    principal: Principal,
    input: ResetRecipientPasswordInput,
  ): Promise<ResetRecipientPasswordResult> {
    requireSiteAdmin(principal, input.siteId);
    await requireSite(em, input.siteId);
    const ticketNumber = normalizeDigits(input.ticketNumber);
    if (!isTicketNumber(ticketNumber))
      throw badInput('A ticket number has exactly 10 digits', 'ticketNumber');
    const candidates = await this.auth.loginCandidates(em, input.siteId, ticketNumber, null);
    if (candidates.length === 0) {
      return {
        ok: false,
        error: {
          code: ResetRecipientPasswordErrorCode.TICKET_NOT_FOUND,
          message: `No active ticket ${ticketNumber} on this site`,
        },
      };
    }
    const ticket = candidates.find((t) => t.password_hash !== null);
    if (!ticket) {
      return {
        ok: false,
        error: {
          code: ResetRecipientPasswordErrorCode.NOT_REGISTERED,
          message: 'This ticket has no password yet: it logs in with its birth date (or initial password)',
        },
      };
    }
    const temporaryPassword = newInitialPassword(10);
    const revoked = await em.transactional(async (tx) => {
      await this.recipients.setPassword(tx, ticket.id, temporaryPassword);
      await this.repository.closeOpenLinks(tx, ticket.id);
      await this.authService.forgetTicketAttempts(tx, input.siteId, ticketNumber);
      const sessions = await this.auth.revokeTicketSessions(tx, [ticket.id]);
      await this.audit.record(tx, principal, {
        siteId: input.siteId,
        action: 'resetRecipientPassword',
        targetType: 'ticket',
        targetId: ticket.id,
        before: null,
        after: { ticketNumber, sessionsEnded: sessions.length },
      });
      return sessions;
    });
    this.authService.sessionsRevoked(revoked);
    return { ok: true, temporaryPassword };
  }

  private checkTicket(value: string, birthDate: string): string {
    const ticketNumber = normalizeDigits(value);
    if (!isTicketNumber(ticketNumber))
      throw badInput('A ticket number has exactly 10 digits', 'ticketNumber');
    checkBirthDate(birthDate);
    return ticketNumber;
  }
}

function siteNotFound(code: string): PasswordResetError {
  return { code: PasswordResetErrorCode.SITE_NOT_FOUND, message: `No site has the code ${code}` };
}

function asResetError(error: {
  code: string;
  message: string;
  retryAfterSeconds?: number | null;
}): PasswordResetError {
  return {
    code:
      error.code === 'TOO_MANY_ATTEMPTS'
        ? PasswordResetErrorCode.TOO_MANY_ATTEMPTS
        : PasswordResetErrorCode.INVALID_CREDENTIALS,
    message: error.message,
    retryAfterSeconds: error.retryAfterSeconds ?? null,
  };
}
