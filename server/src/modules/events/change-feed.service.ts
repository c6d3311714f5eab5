import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { DOMAIN_EVENT_TYPES } from '../../shared/domain-events.js';
import { badInput, CursorExpired, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { requireSiteAccess } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import { slotsByIds } from '../slots/slot.service.js';
import { ticketIdentities } from '../tickets/ticket.service.js';
import { START_OF_LOG, type EventLog, type LoggedEvent, type LogPosition } from './event-log.js';

export const MAX_CHANGES_PAGE = 1000;
const CURSOR_KIND = 'change';

/** One entry of the change feed: a logged event, its subjects named as an integrator knows them. */
export interface ChangeView {
  eventId: string;
  type: string;
  occurredAt: Date;
  recordedAt: Date;
  siteId: string;
  ticketId: string | null;
  ticketNumber: string | null;
  externalId: string | null;
  reservationId: string | null;
  vaccinationRecordId: string | null;
  slotId: string | null;
  slotStartsAt: Date | null;
  venueId: string | null;
  dose: number | null;
  reservationStatus: string | null;
  madeBy: string | null;
  cancelledBy: string | null;
  reason: string | null;
  vaccinatedOn: string | null;
  change: string | null;
  data: Record<string, unknown>;
  position: LogPosition;
}

/** What a reservation is after the event (null for events not about a reservation's status). */
const STATUS_AFTER: Readonly<Record<string, string>> = {
  'reservation.booked': 'BOOKED',
  // A change (予約変更) keeps the reservation booked, in its new slot.
  'reservation.moved': 'BOOKED',
  'reservation.cancelled': 'CANCELLED',
  'reservation.vaccinated': 'VACCINATED',
};

/** The largest xid8 and bigint: a cursor's parts are what `tx::text` and `position::text` print, no more. */
const MAX_TX = 2n ** 64n - 1n;
const MAX_POSITION = 2n ** 63n - 1n;
const POSITIVE = /^[1-9]\d{0,19}$/;

/**
 * A cursor's position, refused (BAD_USER_INPUT, like a malformed one) unless it is in the form the feed
 * writes: positive decimals without leading zeros, within the column types (or the query would fail).
 */
export function decodeChangeCursor(cursor: string | null): LogPosition {
  if (!cursor) return START_OF_LOG;
  const [tx, position] = decodeCursor(CURSOR_KIND, cursor, 2) as [string, string];
  if (
    !POSITIVE.test(tx) ||
    !POSITIVE.test(position) ||
    BigInt(tx) > MAX_TX ||
    BigInt(position) > MAX_POSITION
  )
    throw badInput('Unknown cursor', 'after');
  return { tx, position };
}

export function checkEventTypes(types: readonly string[] | null | undefined, field: string): string[] | null {
  if (!types || types.length === 0) return null;
  const known = new Set<string>(DOMAIN_EVENT_TYPES);
  const unknown = types.filter((t) => !known.has(t));
  if (unknown.length > 0)
    throw badInput(`Unknown event type ${unknown[0]}; known: ${DOMAIN_EVENT_TYPES.join(', ')}`, field);
  return [...new Set(types)];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * "What changed since my cursor": a site's events in commit order, paged by a position in the log, never
 * by a time (see `EventLogRepository.page` for why a concurrent pager can miss nothing).
 */
export class ChangeFeedService {
  constructor(private readonly log: EventLog) {}

  async changes(
    em: EntityManager,
    principal: Principal,
    args: { siteId: string; after: string | null; first: number; types: readonly string[] | null },
  ) {
    requireSiteAccess(principal, args.siteId);
    if (!isUuid(args.siteId)) throw notFound('Site');
    checkPageSize(args.first, MAX_CHANGES_PAGE);
    const after = decodeChangeCursor(args.after);
    // As a webhook endpoint's empty eventTypes is: an empty list is more likely a bug than "every type".
    if (args.types?.length === 0)
      throw badInput('Name at least one event type, or omit types for every type', 'types');
    const types = checkEventTypes(args.types, 'types');
    const events = await this.log.read(em, { siteId: args.siteId, after, limit: args.first + 1, types });
    // Asked after the page was read: a retention run that committed before the read has moved the horizon by
    // now, and one after it deleted nothing the page needed.
    const cursor = args.after ? await this.log.cursorState(em, { siteId: args.siteId, after, types }) : null;
    // A cursor past the newest change (or another site's) would answer empty pages and then skip every change
    // until the log caught up with it: refused like a malformed one.
    if (cursor && !cursor.issued)
      throw badInput(
        "Unknown cursor: this site's feed never gave it (it points past the newest change, or is another site's). Continue from a cursor the feed returned, or omit after to read from the oldest change kept",
        'after',
      );
    if (cursor?.expired)
      throw new CursorExpired(
        `This cursor points before the oldest change the log keeps (EVENT_LOG_RETENTION_DAYS); changes after it were deleted. Resync from the roster (the tickets query), then read the feed again without a cursor (from the oldest change kept)`,
        { field: 'after' },
      );
    const views = await this.viewsOf(em, events);
    return connectionOf(views, args.first, CURSOR_KIND, (n) => [n.position.tx, n.position.position]);
  }

  /** The page's tickets and slots are looked up once each (two statements whatever the page size). */
  private async viewsOf(em: EntityManager, events: readonly LoggedEvent[]): Promise<ChangeView[]> {
    const ticketIds = new Set<string>();
    const slotIds = new Set<string>();
    for (const event of events) {
      const ticketId = text(event.payload.ticketId);
      const slotId = text(event.payload.slotId);
      if (ticketId) ticketIds.add(ticketId);
      if (slotId) slotIds.add(slotId);
    }
    const [tickets, slots] = await Promise.all([
      ticketIdentities(em, [...ticketIds]),
      slotIds.size > 0 ? slotsByIds(em, [...slotIds]) : [],
    ]);
    const ticketById = new Map(tickets.map((t) => [t.id, t]));
    const slotById = new Map(slots.map((s) => [s.id, s]));
    return events.map((event) => {
      const p = event.payload;
      const ticketId = text(p.ticketId);
      const slotId = text(p.slotId);
      const reservationId = text(p.reservationId);
      const ticket = ticketId ? ticketById.get(ticketId) : undefined;
      const at = text(p.at);
      return {
        eventId: event.eventId,
        type: event.type,
        occurredAt: at ? new Date(at) : event.recordedAt,
        recordedAt: event.recordedAt,
        siteId: event.siteId,
        ticketId,
        ticketNumber: ticket?.number ?? null,
        externalId: ticket?.externalId ?? null,
        reservationId,
        vaccinationRecordId: event.type === 'reservation.vaccinated' ? reservationId : null,
        slotId,
        slotStartsAt: (slotId && slotById.get(slotId)?.startsAt) || null,
        venueId: text(p.venueId),
        dose: typeof p.dose === 'number' ? p.dose : null,
        reservationStatus:
          STATUS_AFTER[event.type] ?? (p.change === 'NO_SHOW' ? 'NO_SHOW' : p.change ? 'BOOKED' : null),
        madeBy: text(p.madeBy),
        cancelledBy: text(p.cancelledBy),
        reason: text(p.reason),
        vaccinatedOn: text(p.vaccinatedOn),
        change: text(p.change),
        data: p,
        position: { tx: event.tx, position: event.position },
      };
    });
  }
}
