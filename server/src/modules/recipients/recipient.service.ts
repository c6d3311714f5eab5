import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, badInput } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import type { Passwords } from '../../shared/password.js';
import { PgError, pgErrorCode } from '../../shared/sql.js';
import { requireRecipient } from '../auth/access.js';
import { requireSite, type FieldPolicy } from '../sites/site.service.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { RecipientRepository } from './recipient.repository.js';
import type { RecipientProfile, RegisterRecipientInput, UpdateMyProfileInput } from './recipient.types.js';

export type { Language } from './recipient.entity.js';

// Katakana, the long-vowel mark, the middle dot, and ASCII or ideographic (U+3000) spaces.
const KATAKANA = /^[ァ-ヶー・\u3000 ]+$/u;

function toKatakana(value: string, field: string): string {
  const normalized = value.normalize('NFKC').trim();
  if (!KATAKANA.test(normalized)) throw badInput('Write the name in katakana', field);
  return normalized;
}

function byPolicy<T>(policy: FieldPolicy, value: T | null | undefined, field: string): T | null {
  if (policy === 'HIDDEN') return null;
  if (policy === 'REQUIRED' && (value === null || value === undefined || value === ''))
    throw badInput(`${field} is required on this site`, field);
  return value ?? null;
}

export class RecipientService {
  private readonly repository = new RecipientRepository();
  private readonly reports = new ReportsRepository();

  constructor(private readonly passwords: Passwords) {}

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
    this.repository.add(em, {
      ticketId,
      familyNameKana: toKatakana(input.familyNameKana, 'familyNameKana'),
      givenNameKana: toKatakana(input.givenNameKana, 'givenNameKana'),
      gender: byPolicy(site.genderField, input.gender, 'gender'),
      phone: byPolicy(site.phoneField, input.phone?.normalize('NFKC').trim(), 'phone'),
      email,
      reminderOptIn: input.reminderOptIn,
      language: input.language,
      passwordHash: await this.passwords.hash(input.password),
      termsAcceptedAt: new Date(),
    });
    try {
      await em.flush();
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
