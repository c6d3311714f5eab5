import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import { badInput, notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { isUuid } from '../../shared/ids.js';
import { isTicketNumber, normalizeDigits, requireRecordField } from '../../shared/japanese-ids.js';
import type { DomainEvents, EventSink } from '../../shared/domain-events.js';
import { PgError, pgErrorCode } from '../../shared/sql.js';
import { addDays, fromLocal, isIsoDate, localDateOf } from '../../shared/time.js';
import { requireSiteAccess, requireSiteAdmin } from '../auth/access.js';
import { requireVenueAccess } from '../auth/venue-access.js';
import { ticketSiteId } from '../tickets/ticket.service.js';
import { venueSite } from '../venues/venue.service.js';
import { venueDoctorById } from '../venues/venue-doctor.service.js';
import { VaccinationRecordRepository } from './vaccination-record.repository.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ReservationService } from '../reservations/reservation.service.js';
import {
  CancellationErrorCode,
  type BookReservationResult,
  type CancelReservationResult,
} from '../reservations/reservation.types.js';
import {
  ReservationListRepository,
  type AdminReservationView,
  type ReservationFilterValues,
} from '../reports/reservation-list.repository.js';
import type {
  AdminReservationConnection,
  CancelVenueDayInput,
  CancelVenueDayResult,
  ProxyBookReservationInput,
  ProxyCancelReservationInput,
  RecordVaccinationInput,
  ReservationFilter,
  VenueActionErrorCode,
  VenueActionResult,
} from './records.types.js';
import { latinNameQuery } from '../recipients/recipient-name.js';

const KATAKANA_QUERY = /^[ァ-ヶー・]+$/u;

/** Turns the public filter into checked values; full-width digits and half-width katakana are accepted. */
export function filterValues(filter: ReservationFilter | null | undefined): ReservationFilterValues {
  const values: ReservationFilterValues = {
    venueId: filter?.venueId ?? null,
    fromDate: filter?.fromDate ?? null,
    toDate: filter?.toDate ?? null,
    status: filter?.status ?? null,
    ticketNumber: null,
    name: null,
    dose: filter?.dose ?? null,
    madeBy: filter?.madeBy ?? null,
  };
  if (values.dose !== null && (!Number.isInteger(values.dose) || values.dose < 1 || values.dose > 3))
    throw badInput('A dose is 1, 2 or 3', 'dose');
  for (const key of ['fromDate', 'toDate'] as const) {
    if (values[key] !== null && !isIsoDate(values[key])) throw badInput('Dates are YYYY-MM-DD', key);
  }
  if (filter?.ticketNumber) {
    const number = normalizeDigits(filter.ticketNumber);
    if (!isTicketNumber(number)) throw badInput('A ticket number has 10 digits', 'ticketNumber');
    values.ticketNumber = number;
  }
  if (filter?.name) {
    const name = filter.name.normalize('NFKC').replace(/[\s\u3000]/g, '');
    // Names in Latin letters where a site takes them (recipients/recipient-name.ts), any case.
    const latin = latinNameQuery(name);
    if (!KATAKANA_QUERY.test(name) && !latin)
      throw badInput('Search names in katakana or Latin letters', 'name');
    values.name = latin ?? name;
  }
  return values;
}

/**
 * What admins and venue staff do with reservations: the searchable list, proxy booking and cancellation,
 * cancelling a venue's day, and at the venue check-in, vaccination records and no-shows. Every write is
 * one unit of work (`events.transaction`): its audit entry is written inside it, atomic with the write; its
 * events reach subscribers after it commits.
 */
export class RecordsService {
  readonly repository = new ReservationListRepository();
  private readonly vaccinations = new VaccinationRecordRepository();

  constructor(
    private readonly reservations: ReservationService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async list(
    em: EntityManager,
    principal: Principal,
    args: { siteId: string; filter: ReservationFilter | null; first: number; after: string | null },
  ): Promise<AdminReservationConnection> {
    requireSiteAccess(principal, args.siteId);
    if (!isUuid(args.siteId)) throw notFound('Site');
    return this.page(em, args.siteId, filterValues(args.filter), args.first, args.after);
  }

  /** The day's list of one venue, for its staff. */
  async venueDay(
    em: EntityManager,
    principal: Principal,
    args: { venueId: string; date: string; first: number; after: string | null },
  ): Promise<AdminReservationConnection> {
    const venue = await requireVenueAccess(em, principal, args.venueId);
    if (!isIsoDate(args.date)) throw badInput('Dates are YYYY-MM-DD', 'date');
    return this.page(
      em,
      venue.siteId,
      {
        venueId: args.venueId,
        fromDate: args.date,
        toDate: args.date,
        status: null,
        ticketNumber: null,
        name: null,
        dose: null,
        madeBy: null,
      },
      args.first,
      args.after,
    );
  }

  private async page(
    em: EntityManager,
    siteId: string,
    filter: ReservationFilterValues,
    first: number,
    after: string | null,
  ): Promise<AdminReservationConnection> {
    checkPageSize(first, 500);
    let position: { startsAt: string; id: string } | null = null;
    if (after) {
      const [startsAt, id] = decodeCursor('reservation', after, 2);
      if (!isUuid(id!) || Number.isNaN(Date.parse(startsAt!))) throw badInput('Unknown cursor', 'after');
      position = { startsAt: startsAt!, id: id! };
    }
    const rows = await this.repository.page(em, siteId, filter, first + 1, position);
    return connectionOf(rows, first, 'reservation', (node) => [node.startsAt.toISOString(), node.id]);
  }

  /**
   * An admin (made by ADMIN) or an HR system's API key (made by API) books for a person through the one
   * booking path, audited as that admin or key in the same transaction. With an idempotency key a retry
   * gets the first answer (the key is the ticket's, as for the person's own bookings).
   */
  async proxyBook(
    em: EntityManager,
    principal: Principal,
    input: ProxyBookReservationInput,
  ): Promise<BookReservationResult> {
    const ticketSite = await ticketSiteId(em, input.ticketId);
    if (!ticketSite) throw notFound('Ticket');
    const actor = requireSiteAccess(principal, ticketSite, 'Ticket');
    if (!Number.isInteger(input.dose) || input.dose < 1 || input.dose > 3)
      throw badInput('Dose is 1 to 3', 'dose');
    return this.events.transaction(em, async (tx, events) => {
      const booked = await this.reservations.book(
        tx,
        { ticketId: input.ticketId, madeBy: actor.kind === 'apiKey' ? 'API' : 'ADMIN', request: input },
        events,
      );
      // A retry under the same idempotency key gets the first answer and is audited as the retry it is.
      if (booked.ok) {
        await this.audit.record(tx, principal, {
          siteId: ticketSite,
          action: 'proxyBookReservation',
          targetType: 'reservation',
          targetId: booked.reservations[0]?.id ?? null,
          before: null,
          after: booked.replayed
            ? { ticketId: input.ticketId, replayOf: input.idempotencyKey }
            : { ticketId: input.ticketId, reservations: booked.reservations },
        });
      }
      return booked;
    });
  }

  /** An admin cancels for a person at any time (no cut-off); both doses of a set go together. */
  async proxyCancel(
    em: EntityManager,
    principal: Principal,
    input: ProxyCancelReservationInput,
  ): Promise<CancelReservationResult> {
    const reservation = await this.repository.findById(em, input.reservationId);
    if (!reservation) throw notFound('Reservation');
    requireSiteAccess(principal, reservation.siteId, 'Reservation');
    if (reservation.status !== 'BOOKED') {
      return {
        ok: false,
        cancelled: [],
        error: {
          code: CancellationErrorCode.NOT_CANCELLABLE,
          message: `The reservation is ${reservation.status}`,
        },
      };
    }
    const ids = reservation.pairId
      ? await this.reservations.bookedIdsOfPair(em, reservation.pairId)
      : [reservation.id];
    const cancelled = await this.events.transaction(em, async (tx, events) => {
      const rows = await this.reservations.cancel(tx, events, ids, { by: 'ADMIN', reason: input.reason });
      await this.audit.record(tx, principal, {
        siteId: reservation.siteId,
        action: 'proxyCancelReservation',
        targetType: 'reservation',
        targetId: reservation.id,
        before: { status: 'BOOKED', reservationIds: ids },
        after: { status: 'CANCELLED', reason: input.reason, cancelled: rows.map((r) => r.id) },
      });
      return rows;
    });
    return { ok: true, cancelled };
  }

  /** Cancels every booked reservation of a venue on a day (with set partners), and by default its slots. */
  async cancelVenueDay(
    em: EntityManager,
    principal: Principal,
    input: CancelVenueDayInput,
  ): Promise<CancelVenueDayResult> {
    if (!isIsoDate(input.date)) throw badInput('Dates are YYYY-MM-DD', 'date');
    const venue = await venueSite(em, input.venueId);
    if (!venue) throw notFound('Venue');
    requireSiteAdmin(principal, venue.siteId, 'Venue');
    const from = fromLocal(input.date, 0, venue.timeZone);
    const to = fromLocal(addDays(input.date, 1), 0, venue.timeZone);
    const { cancelled, slotIds } = await this.events.transaction(em, async (tx, events) => {
      const { cancelled, closedSlotIds } = await this.reservations.cancelVenueDay(tx, events, {
        siteId: venue.siteId,
        venueId: input.venueId,
        from,
        to,
        reason: input.reason,
        closeSlots: Boolean(input.closeSlots),
      });
      const closed = closedSlotIds.map((id) => ({ id }));
      await this.audit.record(tx, principal, {
        siteId: venue.siteId,
        action: 'cancelVenueDay',
        targetType: 'venue',
        targetId: input.venueId,
        before: {
          date: input.date,
          bookedReservationIds: cancelled.map((r) => r.id),
          openSlotIds: closed.map((s) => s.id),
        },
        after: {
          reason: input.reason,
          cancelledReservations: cancelled.length,
          cancelledSlots: closed.length,
        },
      });
      return { cancelled, slotIds: closed.map((s) => s.id) };
    });
    return { cancelledReservations: cancelled.length, cancelledSlots: slotIds.length };
  }

  async checkIn(em: EntityManager, principal: Principal, reservationId: string): Promise<VenueActionResult> {
    return this.venueAction(em, principal, reservationId, 'checkIn', async (tx, reservation, events) => {
      if (reservation.status === 'VACCINATED' || reservation.checkedInAt) return undefined;
      if (reservation.status !== 'BOOKED')
        return { code: 'WRONG_STATUS', message: `The reservation is ${reservation.status}` };
      await this.reservations.checkIn(tx, events, reservation);
      return undefined;
    });
  }

  async markNoShow(
    em: EntityManager,
    principal: Principal,
    reservationId: string,
  ): Promise<VenueActionResult> {
    return this.venueAction(em, principal, reservationId, 'markNoShow', async (tx, reservation, events) => {
      if (reservation.status !== 'BOOKED')
        return { code: 'WRONG_STATUS', message: `The reservation is ${reservation.status}` };
      if (reservation.startsAt.getTime() > Date.now())
        return { code: 'NOT_STARTED', message: 'A no-show is marked once the slot has begun' };
      await this.reservations.markNoShow(tx, events, reservation);
      return undefined;
    });
  }

  async recordVaccination(
    em: EntityManager,
    principal: Principal,
    input: RecordVaccinationInput,
  ): Promise<VenueActionResult> {
    if (input.vaccinatedOn && !isIsoDate(input.vaccinatedOn))
      throw badInput('Dates are YYYY-MM-DD', 'vaccinatedOn');
    // The national record's fields, checked where they are entered: never cut or altered at export.
    const lotNumber = requireRecordField(input.lotNumber.normalize('NFKC'), 20, 'lotNumber');
    const typedManufacturer =
      input.manufacturer != null ? requireRecordField(input.manufacturer, 20, 'manufacturer') : null;
    let doctorName: string;
    let doctorId: string | null = null;
    if (input.doctorId) {
      const doctor = await venueDoctorById(em, input.doctorId);
      if (!doctor) throw badInput('No such doctor in the venue’s list', 'doctorId');
      doctorName = doctor.name;
      doctorId = doctor.id;
    } else if (input.doctorName != null) {
      doctorName = requireRecordField(input.doctorName, 20, 'doctorName');
    } else {
      throw badInput('Choose the doctor from the venue’s list (doctorId) or give doctorName', 'doctorId');
    }
    return this.venueAction(
      em,
      principal,
      input.reservationId,
      'recordVaccination',
      async (tx, reservation, events) => {
        if (doctorId !== null && (await venueDoctorById(tx, doctorId))?.venueId !== reservation.venueId)
          throw badInput('The doctor is not on this venue’s list', 'doctorId');
        if (reservation.status !== 'BOOKED' && reservation.status !== 'VACCINATED')
          return { code: 'WRONG_STATUS', message: `The reservation is ${reservation.status}` };
        if (reservation.startsAt.getTime() > Date.now() + 24 * 3600_000)
          return { code: 'NOT_STARTED', message: 'A vaccination is recorded on the day of the slot' };
        const vaccinatedOn =
          input.vaccinatedOn ?? localDateOf(input.vaccinatedAt ?? reservation.startsAt, reservation.timeZone);
        const admin = principal.kind === 'admin' ? principal.adminUserId : null;
        await this.vaccinations.record(tx, {
          reservationId: reservation.id,
          siteId: reservation.siteId,
          ticketId: reservation.ticketId,
          dose: reservation.dose,
          vaccinatedOn,
          lotNumber,
          doctorName,
          recordedBy: admin,
          manufacturer: typedManufacturer ?? reservation.manufacturer,
          vaccinatedAt: input.vaccinatedAt ?? null,
          venueId: reservation.venueId,
          deskId: input.deskId?.trim() || null,
          doctorId,
        });
        await this.reservations.markVaccinated(tx, events, reservation, vaccinatedOn);
        return undefined;
      },
    );
  }

  /**
   * Undoes a check-in, a no-show or a vaccination record on the slot's own day (site time zone), audited
   * like the action. The place stays taken throughout, so the slot's counts do not move; the venue day's
   * tablets hear of it through the undo event.
   */
  async undoVenueAction(
    em: EntityManager,
    principal: Principal,
    input: { reservationId: string; action: 'CHECK_IN' | 'NO_SHOW' | 'VACCINATION' },
  ): Promise<VenueActionResult> {
    const action = `undo${{ CHECK_IN: 'CheckIn', NO_SHOW: 'NoShow', VACCINATION: 'Vaccination' }[input.action]}`;
    try {
      return await this.venueAction(
        em,
        principal,
        input.reservationId,
        action,
        async (tx, reservation, events) => {
          const today = localDateOf(new Date(), reservation.timeZone);
          if (localDateOf(reservation.startsAt, reservation.timeZone) !== today)
            return { code: 'DAY_OVER', message: 'A mistake is undone on the slot’s own day only' };
          const undone = await this.reservations.undoVenueAction(tx, events, reservation, input.action);
          if (!undone)
            return {
              code: 'NOTHING_TO_UNDO',
              message: `Nothing to undo: the reservation is ${reservation.status}${reservation.checkedInAt ? ', checked in' : ''}`,
            };
          if (input.action === 'VACCINATION') await this.vaccinations.remove(tx, reservation.id);
          return undefined;
        },
      );
    } catch (error) {
      if (pgErrorCode(error) !== PgError.UNIQUE_VIOLATION) throw error;
      const reservation = (await this.repository.findById(em, input.reservationId))!;
      return {
        ok: false,
        reservation,
        error: {
          code: 'DOSE_REBOOKED',
          message: 'This dose was booked again after the no-show; cancel that booking first',
        },
      };
    }
  }

  /** Loads the reservation, checks venue access, runs `change` and audits it, all in one transaction. */
  private async venueAction(
    em: EntityManager,
    principal: Principal,
    reservationId: string,
    action: string,
    change: (
      tx: EntityManager,
      reservation: AdminReservationView,
      events: EventSink,
    ) => Promise<{ code: VenueActionErrorCode; message: string } | undefined>,
  ): Promise<VenueActionResult> {
    const found = await this.repository.findById(em, reservationId);
    if (!found) throw notFound('Reservation');
    await requireVenueAccess(em, principal, found.venueId, 'Reservation');
    return this.events.transaction(em, async (tx, events) => {
      await this.reservations.lockForVenueAction(tx, reservationId);
      const before = (await this.repository.findById(tx, reservationId))!;
      const refused = await change(tx, before, events);
      const after = (await this.repository.findById(tx, reservationId))!;
      if (refused) return { ok: false, reservation: after, error: refused };
      await this.audit.record(tx, principal, {
        siteId: before.siteId,
        action,
        targetType: 'reservation',
        targetId: reservationId,
        before: { status: before.status, checkedInAt: before.checkedInAt, vaccination: before.vaccination },
        after: { status: after.status, checkedInAt: after.checkedInAt, vaccination: after.vaccination },
      });
      return { ok: true, reservation: after };
    });
  }
}
