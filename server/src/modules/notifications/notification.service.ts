import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config/config.js';
import type { Principal } from '../auth/principal.js';
import type { Clock } from '../../shared/clock.js';
import { pgTimestamp, type Statement } from '../../shared/sql.js';
import { bookingNumberOf } from '../../shared/booking-number.js';
import { addDays, fromLocal, toLocal } from '../../shared/time.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { requireAdmin } from '../auth/access.js';
import type {
  CancelledBy,
  ReservationListener,
  ReservationMove,
  ReservationView,
} from '../reservations/reservation.events.js';
import { ReportsRepository, type AppointmentRow } from '../reports/reports.repository.js';
import { siteMailSettings, siteReminderTimes } from '../sites/site.service.js';
import { MailOutbox, type ClaimedMail, type NewMail, type OutboxMail } from './mail-outbox.repository.js';
import { renderMail, type DoseAppointment, type MailContent, type SiteInfo } from './mail.templates.js';
import type { Language } from '../recipients/recipient.service.js';

/** A mail about appointments, before the appointments are filled in. */
type AppointmentMail =
  | { kind: 'BOOKING_CONFIRMATION' }
  | { kind: 'CANCELLATION'; by: CancelledBy; reason: string | null }
  | { kind: 'REMINDER' };

/** A provisional ticket that was just issued, with the one copy of its initial password. */
export interface IssuedTicket {
  siteId: string;
  ticketNumber: string;
  email: string | null;
  initialPassword: string;
}

/**
 * Decides which mails a change causes and writes them to the outbox in the caller's transaction:
 * booking confirmations (both doses of a set in one mail), cancellations, login information for issued
 * tickets, and the day-before reminders. Sites with mail switched off get none.
 */
export class NotificationService implements ReservationListener {
  readonly outbox = new MailOutbox();
  private readonly reports = new ReportsRepository();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Mails of a site that the caller's transaction has queued so far (an import's commit reports them). */
  queuedInThisTransaction(tx: EntityManager, siteId: string): Promise<number> {
    return this.outbox.queuedInThisTransaction(tx, siteId);
  }

  async booked(tx: EntityManager, reservations: ReservationView[]): Promise<void> {
    await this.enqueueForReservations(tx, reservations, { kind: 'BOOKING_CONFIRMATION' });
  }

  /**
   * The confirmations (one per ticket) as one SQL statement, so a booking stays one round trip (see ReservationRepository.book):
   * the row names the reservations, and the worker writes subject and body just before delivery.
   */
  bookedStatements(reservations: ReservationView[]): Statement[] {
    const byTicket = new Map<string, string[]>();
    for (const r of reservations) {
      const ids = byTicket.get(r.ticketId);
      if (ids) ids.push(r.id);
      else byTicket.set(r.ticketId, [r.id]);
    }
    return byTicket.size > 0 ? [this.outbox.queueBookingConfirmations(byTicket)] : [];
  }

  /** Writes a confirmation queued by `bookedStatements`; undefined when its reservations are gone. */
  async renderQueued(em: EntityManager, mail: ClaimedMail): Promise<ClaimedMail | undefined> {
    if (mail.subject !== null || !mail.render) return mail;
    const rows = await this.reports.appointmentsByDose(em, mail.render.reservationIds);
    if (rows.length === 0) return undefined;
    const composed = this.compose(rows, { kind: 'BOOKING_CONFIRMATION' });
    await this.outbox.saveRendered(em, mail.id, composed);
    return { ...mail, subject: composed.subject, text: composed.text, html: composed.html };
  }

  async cancelled(
    tx: EntityManager,
    reservations: ReservationView[],
    by: CancelledBy,
    reason: string | null,
  ): Promise<void> {
    await this.enqueueForReservations(tx, reservations, { kind: 'CANCELLATION', by, reason });
  }

  /** One mail per ticket naming each moved dose's old and new appointment. */
  async changed(tx: EntityManager, moves: ReservationMove[]): Promise<void> {
    if (moves.length === 0) return;
    const rows = await this.reports.appointmentsByTicket(
      tx,
      moves.map((m) => m.reservation.id),
    );
    const first = rows[0];
    if (!first?.mail_enabled || !first.email) return;
    const before = new Map(
      (
        await this.reports.slotAppointments(
          tx,
          moves.map((m) => m.fromSlotId),
        )
      ).map((s) => [s.slot_id, s]),
    );
    const fromOf = new Map(moves.map((m) => [m.reservation.id, m.fromSlotId]));
    const changes = rows.map((row) => {
      const old = before.get(fromOf.get(row.reservation_id)!)!;
      return {
        before: {
          dose: row.dose,
          startsAt: pgTimestamp(old.starts_at),
          venueName: old.venue_name,
          vaccineName: old.vaccine_name,
        },
        after: {
          dose: row.dose,
          startsAt: pgTimestamp(row.starts_at),
          venueName: row.venue_name,
          vaccineName: row.vaccine_name,
        },
      };
    });
    const site: SiteInfo = { name: first.site_name, code: first.site_code, timeZone: first.time_zone };
    const rendered = renderMail(
      { kind: 'BOOKING_CHANGE', changes },
      site,
      first.language ?? 'JA',
      this.config.publicUrl,
    );
    await this.outbox.enqueue(tx, [
      {
        siteId: first.site_id,
        kind: 'BOOKING_CHANGE',
        to: first.email,
        reservationId: rows.length === 1 ? first.reservation_id : null,
        ...rendered,
      },
    ]);
  }

  /** One login-information mail per issued ticket that has an address. */
  async ticketsIssued(tx: EntityManager, tickets: IssuedTicket[]): Promise<void> {
    const withAddress = tickets.filter((t) => t.email);
    if (withAddress.length === 0) return;
    const sites = await this.sites(tx, [...new Set(withAddress.map((t) => t.siteId))]);
    const mails: NewMail[] = [];
    for (const ticket of withAddress) {
      const site = sites.get(ticket.siteId);
      if (!site?.mailEnabled) continue;
      const rendered = renderMail(
        { kind: 'LOGIN_INFO', ticketNumber: ticket.ticketNumber, initialPassword: ticket.initialPassword },
        site,
        'JA',
        this.config.publicUrl,
      );
      mails.push({ siteId: ticket.siteId, kind: 'LOGIN_INFO', to: ticket.email!, ...rendered });
    }
    await this.outbox.enqueue(tx, mails);
  }

  /**
   * The mail with a password-reset link. Queued as LOGIN_INFO: like an initial password, its body is a
   * secret and is dropped once a real mail server accepted it. Nothing when the site sends no mail.
   */
  async passwordResetLink(
    tx: EntityManager,
    mail: { siteId: string; to: string; language: Language; link: string; expiresInMinutes: number },
  ): Promise<boolean> {
    return this.queueLoginInfo(tx, mail, {
      kind: 'PASSWORD_RESET',
      link: mail.link,
      expiresInMinutes: mail.expiresInMinutes,
    });
  }

  /**
   * Login information an admin sends again (no password in it). Queued as LOGIN_INFO: with a reset link its
   * body is a secret, dropped once a real mail server accepted it. False when the site sends no mail.
   */
  async loginReminder(
    tx: EntityManager,
    mail: {
      siteId: string;
      to: string;
      language: Language;
      ticketNumber: string;
      method: 'BIRTH_DATE' | 'INITIAL_PASSWORD' | 'PASSWORD';
      resetLink: string | null;
      expiresInMinutes: number;
    },
  ): Promise<boolean> {
    return this.queueLoginInfo(tx, mail, {
      kind: 'LOGIN_REMINDER',
      ticketNumber: mail.ticketNumber,
      method: mail.method,
      resetLink: mail.resetLink,
      expiresInMinutes: mail.expiresInMinutes,
    });
  }

  /** One LOGIN_INFO mail (its body a secret, dropped once delivered); false when the site sends no mail. */
  private async queueLoginInfo(
    tx: EntityManager,
    mail: { siteId: string; to: string; language: Language },
    content: MailContent,
  ): Promise<boolean> {
    const site = (await this.sites(tx, [mail.siteId])).get(mail.siteId);
    if (!site?.mailEnabled) return false;
    const rendered = renderMail(content, site, mail.language, this.config.publicUrl);
    return (
      (await this.outbox.enqueue(tx, [
        { siteId: mail.siteId, kind: 'LOGIN_INFO', to: mail.to, ...rendered },
      ])) > 0
    );
  }

  /**
   * Enqueues tomorrow's reminders for every site whose reminder time has come today (site time zone).
   * Safe to run any number of times: one reminder per reservation, ever.
   */
  async sweepReminders(em: EntityManager): Promise<number> {
    const now = this.clock.now();
    const sites = await siteReminderTimes(em);
    let enqueued = 0;
    for (const site of sites) {
      const local = toLocal(now, site.timeZone);
      const [h, m] = site.reminderTime.split(':').map(Number) as [number, number];
      if (local.minutes < h * 60 + m) continue;
      const tomorrow = addDays(local.date, 1);
      const rows = await this.reports.remindersDue(
        em,
        site.id,
        fromLocal(tomorrow, 0, site.timeZone),
        fromLocal(addDays(tomorrow, 1), 0, site.timeZone),
      );
      const mails = rows.map((row) => ({
        ...this.compose([row], { kind: 'REMINDER' }),
        reservationId: row.reservation_id,
        dedupeKey: `reminder:${row.reservation_id}`,
      }));
      enqueued += await this.outbox.enqueue(em, mails);
    }
    return enqueued;
  }

  /** The development mailbox: what the system sent (or would send), newest first. */
  async mailbox(
    em: EntityManager,
    principal: Principal,
    siteId: string | null,
    first: number,
    before: Date | null,
  ): Promise<OutboxMail[]> {
    const admin = requireAdmin(principal);
    if (siteId && !isUuid(siteId)) throw badInput('Not a site id', 'siteId');
    if (admin.role !== 'OPERATOR') {
      if (admin.role !== 'SITE_ADMIN') throw forbidden('You see only your own site’s mail');
      // Another site's id answers like an unknown one.
      if (siteId && siteId !== admin.siteId) throw notFound('Site');
      siteId = admin.siteId;
    }
    return this.outbox.list(em, { siteId, limit: Math.min(Math.max(first, 1), 200), before });
  }

  private async enqueueForReservations(
    tx: EntityManager,
    reservations: ReservationView[],
    mail: AppointmentMail,
  ): Promise<void> {
    if (reservations.length === 0) return;
    const rows = await this.reports.appointmentsByTicket(
      tx,
      reservations.map((r) => r.id),
    );
    const byTicket = new Map<string, AppointmentRow[]>();
    for (const row of rows) byTicket.set(row.ticket_id, [...(byTicket.get(row.ticket_id) ?? []), row]);
    const mails: NewMail[] = [];
    for (const group of byTicket.values()) {
      if (!group[0]!.mail_enabled || !group[0]!.email) continue;
      mails.push(this.compose(group, mail));
    }
    await this.outbox.enqueue(tx, mails);
  }

  private compose(group: AppointmentRow[], mail: AppointmentMail): NewMail {
    const first = group[0]!;
    const site: SiteInfo = { name: first.site_name, code: first.site_code, timeZone: first.time_zone };
    const appointments: DoseAppointment[] = group.map((row) => ({
      dose: row.dose,
      startsAt: pgTimestamp(row.starts_at),
      venueName: row.venue_name,
      vaccineName: row.vaccine_name,
      bookingNumber: bookingNumberOf(row.reservation_id),
      venueAddress: row.venue_address,
    }));
    const content: MailContent = { ...mail, appointments };
    const rendered = renderMail(content, site, first.language ?? 'JA', this.config.publicUrl);
    return {
      siteId: first.site_id,
      kind: mail.kind,
      to: first.email!,
      reservationId: group.length === 1 ? first.reservation_id : null,
      ...rendered,
    };
  }

  private async sites(
    em: EntityManager,
    ids: string[],
  ): Promise<Map<string, SiteInfo & { mailEnabled: boolean }>> {
    const rows = await siteMailSettings(em, ids);
    return new Map(
      rows.map((r) => [
        r.id,
        { name: r.name, code: r.code, timeZone: r.timeZone, mailEnabled: r.mailEnabled },
      ]),
    );
  }
}
