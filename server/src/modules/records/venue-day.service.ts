import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../shared/errors.js';
import { isTicketNumber, parseTicketLine, TICKET_LINE_PROBLEM_TEXT } from '../../shared/japanese-ids.js';
import { addDays, fromLocal, isIsoDate } from '../../shared/time.js';
import type { Principal } from '../auth/principal.js';
import { requireVenueAccess } from '../auth/venue-access.js';
import type {
  AdminReservationView,
  ReservationListRepository,
} from '../reports/reservation-list.repository.js';
import type { VenueDayChangeView, VenueDayHub } from './venue-day.events.js';
import { VaccinationRecordRepository, type DeskDefaults } from './vaccination-record.repository.js';
import type { VenueDaySummary } from './venue-day.types.js';
import { latinNameQuery } from '../recipients/recipient-name.js';

const KATAKANA = /^[ァ-ヶー・]+$/u;

/** What the desk typed or scanned: a ticket number, an 18-digit ticket line, or a name in kana or Latin letters. */
export function venueDayQuery(raw: string): {
  number: string | null;
  municipalityCode: string | null;
  name: string | null;
} {
  if (raw.length > 100) throw badInput('At most 100 characters', 'query');
  const value = raw.normalize('NFKC').replace(/[\s\u3000]/g, '');
  if (/^[0-9-]+$/.test(value)) {
    const digits = value.replace(/-/g, '');
    if (isTicketNumber(digits)) return { number: digits, municipalityCode: null, name: null };
    const line = parseTicketLine(digits);
    if (!line.ok) throw badInput(TICKET_LINE_PROBLEM_TEXT[line.problem], 'query');
    return { number: line.line.number, municipalityCode: line.line.municipalityCode, name: null };
  }
  // Hiragana typed on a tablet is searched as katakana.
  const kana = value.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  if (KATAKANA.test(kana)) return { number: null, municipalityCode: null, name: kana };
  // A name in Latin letters, where the site takes them; any case.
  const latin = latinNameQuery(value);
  if (latin) return { number: null, municipalityCode: null, name: latin };
  throw badInput(
    'Search by ticket number, a scanned ticket line or the name in kana or Latin letters',
    'query',
  );
}

/**
 * The venue day on a tablet (issue 15): the day by slot with counts, the search at the desk, what the desk
 * used last, and the live changes. Venue staff reach their own venues only; writes are RecordsService's.
 */
export class VenueDayService {
  private readonly vaccinations = new VaccinationRecordRepository();

  constructor(
    private readonly list: ReservationListRepository,
    private readonly hub: VenueDayHub,
  ) {}

  private async day(em: EntityManager, principal: Principal, venueId: string, date: string) {
    const venue = await requireVenueAccess(em, principal, venueId);
    if (!isIsoDate(date)) throw badInput('Dates are YYYY-MM-DD', 'date');
    return {
      venue,
      from: fromLocal(date, 0, venue.timeZone),
      to: fromLocal(addDays(date, 1), 0, venue.timeZone),
    };
  }

  async summary(
    em: EntityManager,
    principal: Principal,
    venueId: string,
    date: string,
  ): Promise<VenueDaySummary> {
    const { from, to } = await this.day(em, principal, venueId, date);
    const slots = await this.list.dayCounts(em, venueId, from, to);
    const totals = { booked: 0, arrived: 0, vaccinated: 0, noShow: 0, toCome: 0 };
    for (const slot of slots) {
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += slot[key];
    }
    return { venueId, date, slots, totals };
  }

  async search(
    em: EntityManager,
    principal: Principal,
    args: { venueId: string; date: string; query: string; first: number },
  ): Promise<AdminReservationView[]> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100)
      throw badInput('first is between 1 and 100', 'first');
    const { from, to } = await this.day(em, principal, args.venueId, args.date);
    return this.list.venueDaySearch(em, args.venueId, from, to, venueDayQuery(args.query), args.first);
  }

  async deskDefaults(
    em: EntityManager,
    principal: Principal,
    venueId: string,
    deskId: string,
  ): Promise<DeskDefaults | null> {
    await requireVenueAccess(em, principal, venueId);
    return (await this.vaccinations.lastAtDesk(em, venueId, deskId.trim())) ?? null;
  }

  /** The venue day's changes after commit; access is checked once, when the subscription starts. */
  async subscribe(
    em: EntityManager,
    principal: Principal,
    venueId: string,
    date: string,
  ): Promise<AsyncIterableIterator<VenueDayChangeView>> {
    await this.day(em, principal, venueId, date);
    return this.hub.subscribe(venueId, date);
  }
}
