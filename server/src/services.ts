import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import type { Clock } from './shared/clock.js';
import { NotificationService } from './modules/notifications/notification.service.js';
import { LocalBus, PostgresBus, type Bus, type BusChannel } from './shared/bus.js';
import { KeptReads } from './shared/kept-reads.js';
import { DomainEvents } from './shared/domain-events.js';
import { AdminUserService } from './modules/auth/admin-user.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ExportService } from './modules/reports/export.service.js';
import { ImportService } from './modules/imports/import.service.js';
import { RecordsService } from './modules/records/records.service.js';
import { IssuanceService } from './modules/issuance/issuance.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { LoginInformationService } from './modules/auth/login-information.service.js';
import { PasswordResetService } from './modules/auth/password-reset.service.js';
import { RecipientService } from './modules/recipients/recipient.service.js';
import { ReservationService } from './modules/reservations/reservation.service.js';
import { SiteService, type PublicSite } from './modules/sites/site.service.js';
import { AvailabilityHub, freePlacesChangedBy } from './modules/slots/slot.events.js';
import { SlotService } from './modules/slots/slot.service.js';
import { AvailabilityView } from './modules/slots/availability-view.js';
import { MonthViewCache } from './modules/slots/month-view-cache.js';
import { StaffService } from './modules/staff/staff.service.js';
import { TicketService } from './modules/tickets/ticket.service.js';
import { RosterService } from './modules/tickets/roster.service.js';
import { VaccineService } from './modules/vaccines/vaccine.service.js';
import { VenueService, type ListedVenue } from './modules/venues/venue.service.js';
import { RealTicketService } from './modules/tickets/real-ticket.service.js';
import { UnlinkedTicketsExport } from './modules/reports/unlinked-tickets.export.js';
import { VenueDoctorService } from './modules/venues/venue-doctor.service.js';
import { VenueDayHub } from './modules/records/venue-day.events.js';
import { VenueDayService } from './modules/records/venue-day.service.js';
import { Passwords, passwordCostOf } from './shared/password.js';
import { ApiKeyService } from './modules/api-keys/api-key.service.js';
import { EventLog } from './modules/events/event-log.js';
import { ChangeFeedService } from './modules/events/change-feed.service.js';
import { WebhookService } from './modules/webhooks/webhook.service.js';
import { WebhookWorker } from './modules/webhooks/webhook.worker.js';
import { FaqService } from './modules/faq/faq.service.js';

/** Every use case of the system, wired once per process. Services are stateless but for the hub. */
export function createServices(
  orm: MikroORM,
  config: AppConfig,
  logger: Logger,
  clock: Clock,
  bus: Bus = new LocalBus(),
) {
  // Free places per slot as this instance last heard them (refusals of full slots from memory, issue 17).
  const availabilityView = new AvailabilityView();
  const availability = new AvailabilityHub(orm, config.availabilityCoalesceMs, logger, bus, availabilityView);
  // Every recorded event is appended to the durable log by the transaction that made it (change feed, webhooks).
  const eventLog = new EventLog(orm);
  // Subscribers of what committed transactions did; one line per subscriber.
  const events = new DomainEvents(logger, eventLog);
  events.subscribe(availability.onEvents);
  // The month view per venue (issue 17): kept only with a bus listener, which brings both the other
  // instances' committed changes and the database's notices of changed slots, venues and sites.
  const monthViews = new MonthViewCache(bus instanceof PostgresBus);
  events.subscribe((committed) => {
    for (const change of committed.flatMap(freePlacesChangedBy)) monthViews.venueChanged(change.venueId);
  });
  bus.on('availability_changed', (message) => {
    const venues = (message as { venues?: unknown }).venues;
    if (venues && typeof venues === 'object')
      for (const venueId of Object.keys(venues)) monthViews.venueChanged(venueId);
  });
  bus.on('availability_structure', () => {
    monthViews.clear();
    availabilityView.forgetAll();
  });
  bus.onConnection((connected) => monthViews.connection(connected));
  // Reads kept like the month view until the database NOTIFYs `channel` (a trigger on their tables).
  const keptUntil = <Value>(channel: BusChannel) => {
    const kept = new KeptReads<Value>(bus instanceof PostgresBus, 1_000);
    bus.on(channel, () => kept.clear());
    bus.onConnection((connected) => kept.connection(connected));
    return kept;
  };
  // Sites' public settings by code; sites' venue lists with their vaccines (every booking page).
  const publicSites = keptUntil<PublicSite | null>('site_changed');
  const listedVenues = keptUntil<ListedVenue[]>('venues_changed');
  // Webhooks are sent from the durable log; a commit here only wakes the worker (others poll).
  const webhookWorker = config.webhookWorker ? new WebhookWorker(orm, config, logger) : undefined;
  if (webhookWorker) events.subscribe(webhookWorker.onEvents);
  const venueDayHub = new VenueDayHub(orm, logger, bus);
  events.subscribe(venueDayHub.onEvents);
  const notifications = new NotificationService(config, clock);
  const audit = new AuditService();
  const reservations = new ReservationService(events, [notifications], {
    bookingsInFlightPerSlot: config.bookingsInFlightPerSlot,
    audit,
    availabilityView,
  });
  // Issued tickets queue their login mails in the same transaction that issues them.
  // Issued-ticket files hold initial passwords: each download is audited.
  const issuance = new IssuanceService(config, [notifications], audit);
  const records = new RecordsService(reservations, audit, events);
  const passwords = new Passwords(passwordCostOf(config));
  // Bearer tokens that are API keys become their principal through here (issue 13).
  const apiKeys = new ApiKeyService(audit);
  const sites = new SiteService(audit, publicSites);
  const auth = new AuthService(config, passwords, audit, bus, apiKeys, (em, code) =>
    sites.idByCode(em, code),
  );
  const recipients = new RecipientService(passwords, events);
  const passwordResets = new PasswordResetService(config, auth, recipients, notifications, audit, passwords);
  return {
    notifications,
    availability,
    availabilityView,
    events,
    bus,
    passwords,
    auth,
    adminUsers: new AdminUserService(passwords, (em, siteId) => sites.siteAdminsCreateSiteAdmins(em, siteId)),
    sites,
    vaccines: new VaccineService(),
    venues: new VenueService(listedVenues),
    slots: new SlotService(events, monthViews),
    monthViews,
    publicSites,
    listedVenues,
    tickets: new TicketService(auth, events),
    roster: new RosterService(events, reservations, auth, audit),
    recipients,
    passwordResets,
    loginInformation: new LoginInformationService(passwordResets, notifications, audit),
    reservations,
    audit,
    staff: new StaffService(audit),
    issuance,
    imports: new ImportService(reservations, issuance, audit, config, events, notifications),
    records,
    exports: new ExportService(records.repository),
    apiKeys,
    eventLog,
    changes: new ChangeFeedService(eventLog),
    webhooks: new WebhookService(config, audit, eventLog),
    webhookWorker,
    // issue 15
    realTickets: new RealTicketService(),
    unlinkedTickets: new UnlinkedTicketsExport(),
    venueDoctors: new VenueDoctorService(audit),
    venueDayHub,
    venueDay: new VenueDayService(records.repository, venueDayHub),
    faq: new FaqService(reservations, clock, { unansweredRetentionDays: config.faqUnansweredRetentionDays }),
  };
}

export type Services = ReturnType<typeof createServices>;
