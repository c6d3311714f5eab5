import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { isTicketNumber, isValidMunicipalityCode, normalizeDigits } from '../../shared/japanese-ids.js';
import { isIsoDate } from '../../shared/time.js';
import { requireSiteAccess } from '../auth/access.js';
import type { AuthService } from '../auth/auth.service.js';
import type { DomainEvents } from '../../shared/domain-events.js';
import { findSiteByCode, requireSite } from '../sites/site.service.js';
import { TicketRepository, type NewTicket } from './ticket.repository.js';
import {
  SelfRegistrationErrorCode,
  type RegisterTicketsInput,
  type RegisterTicketsResult,
  type SelfRegisterTicketInput,
  type SelfRegisterTicketResult,
  type TicketInput,
} from './ticket.types.js';

const tickets = new TicketRepository();

/** The site a ticket belongs to, one statement; undefined when there is no such ticket. */
export function ticketSiteId(em: EntityManager, ticketId: string): Promise<string | undefined> {
  return tickets.siteOf(em, ticketId);
}

/** Inserts a chunk of an imported list (with staff numbers and addresses); the new ones' ids. */
export function insertImportedTickets(
  ...args: Parameters<TicketRepository['insertImported']>
): Promise<string[]> {
  return tickets.insertImported(...args);
}

/** Numbers and HR ids (external ids) of tickets, one statement. */
export function ticketIdentities(
  ...args: Parameters<TicketRepository['identities']>
): ReturnType<TicketRepository['identities']> {
  return tickets.identities(...args);
}

/** A site's tickets with these numbers (id, number, municipality code), one statement. */
export function ticketIdsByNumbers(
  ...args: Parameters<TicketRepository['idsByNumbers']>
): ReturnType<TicketRepository['idsByNumbers']> {
  return tickets.idsByNumbers(...args);
}

/** A site's tickets with these numbers, keyed "municipality code:number" (code empty when none). */
export function ticketsByNumbers(
  ...args: Parameters<TicketRepository['findByNumbers']>
): ReturnType<TicketRepository['findByNumbers']> {
  return tickets.findByNumbers(...args);
}

/** Which tickets of the site hold these external ids (unique per site), one statement. */
export function ticketsHoldingExternalIds(
  em: EntityManager,
  siteId: string,
  externalIds: string[],
): Promise<{ id: string; externalId: string }[]> {
  return tickets.holdersOfExternalIds(em, siteId, externalIds);
}

/** Which of these numbers a ticket of the site already has. */
export function ticketNumbersTaken(
  em: EntityManager,
  siteId: string,
  numbers: string[],
): Promise<Set<string>> {
  return tickets.numbersTaken(em, siteId, numbers);
}

/** Issues provisional tickets with hashed initial passwords; the ones inserted, by number. */
export function insertProvisionalTickets(
  ...args: Parameters<TicketRepository['insertProvisional']>
): Promise<{ id: string; number: string }[]> {
  return tickets.insertProvisional(...args);
}

/** Checks one ticket's shape; the error names the list position so an admin can find the row. */
export function normalizeTicket(input: TicketInput, position: string): NewTicket {
  const number = normalizeDigits(input.number);
  if (!isTicketNumber(number)) throw badInput(`${position}: a ticket number has exactly 10 digits`, 'number');
  if (!isIsoDate(input.birthDate) || input.birthDate > new Date().toISOString().slice(0, 10)) {
    throw badInput(`${position}: the birth date is not a valid past date`, 'birthDate');
  }
  const municipalityCode = input.municipalityCode ? normalizeDigits(input.municipalityCode) : null;
  if (municipalityCode !== null && !isValidMunicipalityCode(municipalityCode)) {
    throw badInput(
      `${position}: the municipality code ${municipalityCode} has a wrong check digit`,
      'municipalityCode',
    );
  }
  return { number, birthDate: input.birthDate, municipalityCode };
}

export class TicketService {
  private readonly repository = new TicketRepository();

  constructor(
    private readonly auth: AuthService,
    private readonly events: DomainEvents,
  ) {}

  async register(
    em: EntityManager,
    principal: Principal,
    input: RegisterTicketsInput,
  ): Promise<RegisterTicketsResult> {
    requireSiteAccess(principal, input.siteId);
    if (input.kind === 'SELF_REGISTERED')
      throw badInput('Admins register REAL or PROVISIONAL tickets', 'kind');
    await requireSite(em, input.siteId);
    const seen = new Set<string>();
    const tickets = input.tickets.map((ticket, index) => {
      const normalized = normalizeTicket(ticket, `tickets[${index}]`);
      const key = `${normalized.municipalityCode ?? ''}:${normalized.number}`;
      if (seen.has(key))
        throw badInput(`tickets[${index}]: ticket ${normalized.number} appears twice`, 'tickets');
      seen.add(key);
      return normalized;
    });
    const created = await this.events.transaction(em, async (tx, events) => {
      const ids = await this.repository.insertMany(tx, input.siteId, input.kind, tickets);
      const at = new Date().toISOString();
      for (const ticketId of ids)
        events.record({ type: 'ticket.issued', ticketId, siteId: input.siteId, at });
      return ids;
    });
    return { created: created.length, alreadyRegistered: tickets.length - created.length };
  }

  /**
   * Clinic plan: the holder enters the ticket (municipality code check digit verified); then they log in with
   * recipientLogin. The rule that keeps numbers secret: every well-formed ticket of a clinic site gets the
   * same answer, `ok` without a session, whether it was created now or existed already (then it is left as
   * it was: its birth date, password and bookings stay the holder's). Only the login that follows says
   * whether the birth date fits, and that is a counted attempt on the ticket and on the address. Each call
   * counts in the address bucket of the site's recipient logins, before anything is written.
   */
  async selfRegister(
    em: EntityManager,
    input: SelfRegisterTicketInput,
    clientAddress: string,
  ): Promise<SelfRegisterTicketResult> {
    const site = await findSiteByCode(em, input.siteCode);
    if (!site)
      return {
        ok: false,
        error: {
          code: SelfRegistrationErrorCode.SITE_NOT_FOUND,
          message: `No site has the code ${input.siteCode}`,
        },
      };
    if (site.plan !== 'CLINIC') {
      return {
        ok: false,
        error: {
          code: SelfRegistrationErrorCode.NOT_ALLOWED_FOR_SITE,
          message: 'This site registers tickets itself; log in with the ticket you received',
        },
      };
    }
    const municipalityCode = normalizeDigits(input.municipalityCode);
    if (!isValidMunicipalityCode(municipalityCode)) {
      return {
        ok: false,
        error: {
          code: SelfRegistrationErrorCode.INVALID_MUNICIPALITY_CODE,
          message: 'The municipality code is not valid: check all 6 digits',
        },
      };
    }
    const ticket = normalizeTicket(
      { number: input.ticketNumber, birthDate: input.birthDate, municipalityCode },
      'ticket',
    );
    const refused = await this.auth.countAnonymousWrite(em, site.id, clientAddress);
    if (refused) {
      return {
        ok: false,
        error: {
          code: SelfRegistrationErrorCode.TOO_MANY_ATTEMPTS,
          message: refused.message,
          retryAfterSeconds: refused.retryAfterSeconds ?? null,
        },
      };
    }
    await this.events.transaction(em, async (tx, events) => {
      // Only a ticket created now is news; an existing one stays as it was.
      const [ticketId] = await this.repository.insertMany(tx, site.id, 'SELF_REGISTERED', [ticket]);
      if (ticketId)
        events.record({ type: 'ticket.issued', ticketId, siteId: site.id, at: new Date().toISOString() });
    });
    return {
      ok: true,
      token: null,
      expiresAt: null,
      message: 'Registered. Now log in with the ticket number and birth date.',
    };
  }
}
