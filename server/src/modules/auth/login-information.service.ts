import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { requireSite } from '../sites/site.service.js';
import { requireSiteAdmin } from './access.js';
import { LoginInformationRepository } from './login-information.repository.js';
import {
  ResendLoginInformationErrorCode,
  type LoginMethod,
  type ResendLoginInformationInput,
  type ResendLoginInformationResult,
} from './login-information.types.js';
import { LINK_TTL_MINUTES, type PasswordResetService } from './password-reset.service.js';
import type { Principal } from './principal.js';

/** One login-information mail per ticket in this many minutes: a button pressed twice floods nobody. */
export const RESEND_EVERY_MINUTES = 10;

/**
 * A person called the site: "send my login information again". The mail says where to log in, the ticket
 * number and how to log in — never a password (they are stored hashed) — and, for a registered person, a
 * single-use link to set a new one. Audited; through the mail outbox in the same transaction.
 */
export class LoginInformationService {
  private readonly repository = new LoginInformationRepository();
  private readonly reports = new ReportsRepository();

  constructor(
    private readonly passwordResets: PasswordResetService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  async resend(
    em: EntityManager,
    principal: Principal,
    input: ResendLoginInformationInput,
  ): Promise<ResendLoginInformationResult> {
    const ticket = isUuid(input.ticketId)
      ? await this.reports.loginInformationOf(em, input.ticketId)
      : undefined;
    // Another site's ticket answers like one that does not exist.
    if (!ticket) throw notFound('Ticket');
    requireSiteAdmin(principal, ticket.site_id, 'Ticket');
    const fail = (code: ResendLoginInformationErrorCode, message: string, retryAfterSeconds?: number) => ({
      ok: false,
      withResetLink: false,
      error: { code, message, retryAfterSeconds: retryAfterSeconds ?? null },
    });
    if (ticket.status === 'REVOKED')
      return fail(ResendLoginInformationErrorCode.TICKET_REVOKED, 'This ticket is revoked: it cannot log in');
    if (!ticket.email)
      return fail(
        ResendLoginInformationErrorCode.NO_EMAIL,
        'No email address is on file for this person: print the login information or tell them by phone',
      );
    const site = await requireSite(em, ticket.site_id);
    if (!site.mailEnabled)
      return fail(ResendLoginInformationErrorCode.MAIL_DISABLED, 'This site sends no mail');
    const method: LoginMethod = ticket.registered
      ? 'PASSWORD'
      : ticket.has_initial_password
        ? 'INITIAL_PASSWORD'
        : 'BIRTH_DATE';
    const to = ticket.email;
    return em.transactional(async (tx) => {
      const claim = await this.repository.claim(tx, ticket.id, RESEND_EVERY_MINUTES);
      if (!claim.claimed)
        return fail(
          ResendLoginInformationErrorCode.TOO_SOON,
          `Login information was mailed to this ticket less than ${RESEND_EVERY_MINUTES} minutes ago`,
          claim.retryAfterSeconds,
        );
      const resetLink =
        method === 'PASSWORD'
          ? await this.passwordResets.issueLink(tx, {
              ticketId: ticket.id,
              siteId: ticket.site_id,
              siteCode: site.code,
            })
          : null;
      await this.notifications.loginReminder(tx, {
        siteId: ticket.site_id,
        to,
        language: ticket.language ?? 'JA',
        ticketNumber: ticket.number,
        method,
        resetLink,
        expiresInMinutes: LINK_TTL_MINUTES,
      });
      await this.audit.record(tx, principal, {
        siteId: ticket.site_id,
        action: 'resendLoginInformation',
        targetType: 'ticket',
        targetId: ticket.id,
        before: null,
        after: { ticketNumber: ticket.number, to, method, withResetLink: resetLink !== null },
      });
      return { ok: true, sentTo: to, method, withResetLink: resetLink !== null };
    });
  }
}
