import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { parseTicketLine, TICKET_LINE_PROBLEM_TEXT } from '../../shared/japanese-ids.js';
import { PgError, pgErrorCode } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import { RealTicketRepository, type RealTicketLinkView } from './real-ticket.repository.js';
import type {
  LinkRealTicketInput,
  LinkRealTicketResult,
  RealTicketLinkConnection,
} from './real-ticket.types.js';

export type { RealTicketLinkView } from './real-ticket.repository.js';

const realTickets = new RealTicketRepository();

/** A site's code-less tickets with these numbers and their links, one statement (bulk link import). */
export function realTicketLinksByNumbers(
  em: EntityManager,
  siteId: string,
  numbers: string[],
): Promise<RealTicketLinkView[]> {
  return realTickets.byNumbers(em, siteId, numbers);
}

/** Which tickets of the site hold these real numbers, by "code:number"; one statement. */
export function realTicketHolders(
  em: EntityManager,
  siteId: string,
  realNumbers: string[],
): Promise<Map<string, RealTicketLinkView>> {
  return realTickets.holdersOf(em, siteId, realNumbers);
}

/** Links many tickets in the caller's transaction; how many rows changed. */
export function linkRealTickets(
  ...args: Parameters<RealTicketRepository['linkMany']>
): ReturnType<RealTicketRepository['linkMany']> {
  return realTickets.linkMany(...args);
}

/** The address numbers (個別宛名番号) stored for these tickets, by "code:number"; one statement. */
export function ticketAddressNumbers(
  ...args: Parameters<RealTicketRepository['addressNumbers']>
): ReturnType<RealTicketRepository['addressNumbers']> {
  return realTickets.addressNumbers(...args);
}

/** Fills in the address numbers of tickets that have none yet, in the caller's transaction. */
export function fillTicketAddressNumbers(
  ...args: Parameters<RealTicketRepository['fillAddressNumbers']>
): ReturnType<RealTicketRepository['fillAddressNumbers']> {
  return realTickets.fillAddressNumbers(...args);
}

/** A page of a site's provisional tickets (all, linked or unlinked), by number. */
export function realTicketLinkPage(
  ...args: Parameters<RealTicketRepository['page']>
): ReturnType<RealTicketRepository['page']> {
  return realTickets.page(...args);
}

/**
 * Real tickets arrive later (workplace and university sites): a provisional ticket is linked to the
 * person's real ticket by the 18-digit line printed on it. A real number belongs to one ticket of a site
 * (a partial unique index decides, so two tablets linking the same ticket at once cannot both win).
 */
export class RealTicketService {
  async link(
    em: EntityManager,
    principal: Principal,
    input: LinkRealTicketInput,
  ): Promise<LinkRealTicketResult> {
    const ticket = isUuid(input.ticketId) ? await realTickets.findById(em, input.ticketId) : undefined;
    if (!ticket) throw notFound('Ticket');
    requireSiteAdmin(principal, ticket.siteId, 'Ticket');
    const parsed = parseTicketLine(input.line);
    if (!parsed.ok) {
      return {
        ok: false,
        error: {
          code: parsed.problem === 'MUNICIPALITY_CHECK_DIGIT' ? 'INVALID_MUNICIPALITY_CODE' : 'INVALID_LINE',
          message: TICKET_LINE_PROBLEM_TEXT[parsed.problem],
        },
      };
    }
    if (ticket.kind !== 'PROVISIONAL') {
      return {
        ok: false,
        error: { code: 'NOT_PROVISIONAL', message: 'Only provisional tickets are linked to a real ticket' },
      };
    }
    const { municipalityCode, number } = parsed.line;
    const elsewhere = (holder: RealTicketLinkView | undefined): LinkRealTicketResult => ({
      ok: false,
      error: {
        code: 'ALREADY_LINKED_ELSEWHERE',
        message: `The real ticket ${municipalityCode}-${number} is already linked to ticket ${holder?.provisionalNumber ?? '(another)'}`,
        linkedTicketNumber: holder?.provisionalNumber ?? null,
      },
    });
    const holder = await realTickets.holderOf(em, ticket.siteId, municipalityCode, number);
    if (holder && holder.ticketId !== ticket.ticketId) return elsewhere(holder);
    try {
      const linked = await realTickets.link(em, ticket.ticketId, municipalityCode, number);
      return { ok: true, link: linked! };
    } catch (error) {
      if (pgErrorCode(error) !== PgError.UNIQUE_VIOLATION) throw error;
      // Linked elsewhere between the look-up and the update.
      return elsewhere(await realTickets.holderOf(em, ticket.siteId, municipalityCode, number));
    }
  }

  async page(
    em: EntityManager,
    principal: Principal,
    args: { siteId: string; linked: boolean | null; first: number; after: string | null },
  ): Promise<RealTicketLinkConnection> {
    requireSiteAdmin(principal, args.siteId);
    if (!isUuid(args.siteId)) throw notFound('Site');
    checkPageSize(args.first, 1000);
    const [after] = args.after ? decodeCursor('realTicketLink', args.after, 1) : [null];
    const rows = await realTickets.page(em, args.siteId, args.linked, args.first + 1, after ?? null);
    return connectionOf(rows, args.first, 'realTicketLink', (node) => [node.provisionalNumber]);
  }
}
