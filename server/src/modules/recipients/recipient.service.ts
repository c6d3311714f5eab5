import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, badInput } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import type { Passwords } from '../../shared/password.js';
import type { DomainEvents } from '../../shared/domain-events.js';
import { PgError, pgErrorCode } from '../../shared/sql.js';
import { requireRecipient } from '../auth/access.js';
import { requireSite, type FieldPolicy } from '../sites/site.service.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { RecipientRepository } from './recipient.repository.js';
import { recipientName } from './recipient-name.js';
import type { RecipientProfile, RegisterRecipientInput, UpdateMyProfileInput } from './recipient.types.js';

export type { Language } from './recipient.entity.js';

function byPolicy<T>(policy: FieldPolicy, value: T | null | undefined, field: string): T | null {
  if (policy === 'HIDDEN') return null;
  if (policy === 'REQUIRED' && (value === null || value === undefined || value === ''))
    throw badInput(`${field} is required on this site`, field);
  return value ?? null;
}

export class RecipientService {
  private readonly repository = new RecipientRepository();
  private readonly reports = new ReportsRepository();

  constructor(
    private readonly passwords: Passwords,
    private readonly events: DomainEvents,
  ) {}

  async profile(em: EntityManager, principal: Principal): Promise<RecipientProfile> {
    const { ticketId } = requireRecipient(principal);
    const row = await this.reports.ticketNumberAndSiteCode(em, ticketId);
    const recipient = await this.repository.findByTicket(em, ticketId);
    return {
      ticketNumber: row!.number,
      siteCode: row!.code,
      registered: recipient !== null,
      familyNameKana: recipient?.familyNameKana ?? null,
      givenNameKana: recipient?.givenNameKana ?? null,
      gender: recipient?.gender ?? null,
      phone: recipient?.phone ?? null,
      email: recipient?.email ?? null,
      reminderOptIn: recipient?.reminderOptIn ?? false,
      language: recipient?.language ?? 'JA',
    };
  }

  async register(
    em: EntityManager,
    principal: Principal,
    input: RegisterRecipientInput,
  ): Promise<RecipientProfile> {
    const { ticketId, siteId } = requireRecipient(principal);
    if (!input.acceptTerms) throw badInput('The terms of use must be accepted', 'acceptTerms');
    const site = await requireSite(em, siteId);
    const email = byPolicy(site.emailField, input.email?.trim().toLowerCase(), 'email');
    if (input.reminderOptIn && !email) throw badInput('Reminders need an email address', 'reminderOptIn');
    const profile = {
      ticketId,
      familyNameKana: recipientName(input.familyNameKana, 'familyNameKana', site.allowLatinNames),
      givenNameKana: recipientName(input.givenNameKana, 'givenNameKana', site.allowLatinNames),
      gender: byPolicy(site.genderField, input.gender, 'gender'),
      phone: byPolicy(site.phoneField, input.phone?.normalize('NFKC').trim(), 'phone'),
      email,
      reminderOptIn: input.reminderOptIn,
      language: input.language,
      passwordHash: await this.passwords.hash(input.password),
      termsAcceptedAt: new Date(),
    };
    try {
      await this.events.transaction(em, async (tx, events) => {
        this.repository.add(tx, profile);
        await tx.flush();
        events.record({ type: 'ticket.registered', ticketId, siteId, at: new Date().toISOString() });
      });
    } catch (error) {
      if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION) {
        throw new Conflict('This ticket is already registered');
      }
      throw error;
    }
    return this.profile(em, principal);
  }

  /** Contact details can change after registration: an address added later makes reminders possible. */
  async updateMine(
    em: EntityManager,
    principal: Principal,
    input: UpdateMyProfileInput,
  ): Promise<RecipientProfile> {
    const { ticketId, siteId } = requireRecipient(principal);
    const recipient = await this.repository.findByTicket(em, ticketId);
    if (!recipient) throw new Conflict('Register your profile first');
    const site = await requireSite(em, siteId);
    if (input.email !== undefined && input.email !== null) {
      recipient.email = byPolicy(site.emailField, input.email.trim().toLowerCase() || null, 'email');
      if (!recipient.email) recipient.reminderOptIn = false;
    }
    if (input.phone !== undefined && input.phone !== null) {
      recipient.phone = byPolicy(site.phoneField, input.phone.normalize('NFKC').trim() || null, 'phone');
    }
    if (input.language) recipient.language = input.language;
    await em.flush();
    return this.profile(em, principal);
  }

  /**
   * A new password for a registered ticket (a password reset decided who may set it); false when the ticket
   * has no profile yet (its birth date still logs in).
   */
  async setPassword(em: EntityManager, ticketId: string, password: string): Promise<boolean> {
    return this.repository.setPasswordHash(em, ticketId, await this.passwords.hash(password));
  }

  async setReminderOptIn(
    em: EntityManager,
    principal: Principal,
    enabled: boolean,
  ): Promise<RecipientProfile> {
    const { ticketId } = requireRecipient(principal);
    const recipient = await this.repository.findByTicket(em, ticketId);
    if (!recipient) throw new Conflict('Register your profile first');
    if (enabled && !recipient.email) throw badInput('Reminders need an email address', 'enabled');
    recipient.reminderOptIn = enabled;
    await em.flush();
    return this.profile(em, principal);
  }
}
