import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import type { Clock } from './shared/clock.js';
import { NotificationService } from './modules/notifications/notification.service.js';
import { LocalBus, type Bus } from './shared/bus.js';
import { DomainEvents } from './shared/domain-events.js';
import { AdminUserService } from './modules/auth/admin-user.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ExportService } from './modules/reports/export.service.js';
import { ImportService } from './modules/imports/import.service.js';
import { RecordsService } from './modules/records/records.service.js';
import { IssuanceService } from './modules/issuance/issuance.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { RecipientService } from './modules/recipients/recipient.service.js';
import { ReservationService } from './modules/reservations/reservation.service.js';
import { SiteService } from './modules/sites/site.service.js';
import { AvailabilityHub } from './modules/slots/slot.events.js';
import { SlotService } from './modules/slots/slot.service.js';
import { StaffService } from './modules/staff/staff.service.js';
import { TicketService } from './modules/tickets/ticket.service.js';
import { VaccineService } from './modules/vaccines/vaccine.service.js';
import { VenueService } from './modules/venues/venue.service.js';
import { Passwords, passwordCostOf } from './shared/password.js';

/** Every use case of the system, wired once per process. Services are stateless but for the hub. */
export function createServices(
  orm: MikroORM,
  config: AppConfig,
  logger: Logger,
  clock: Clock,
  bus: Bus = new LocalBus(),
) {
  const availability = new AvailabilityHub(orm, config.availabilityCoalesceMs, logger, bus);
  // Subscribers of what committed transactions did; one line per subscriber.
  const events = new DomainEvents(logger);
  events.subscribe(availability.onEvents);
  const notifications = new NotificationService(config, clock);
  const audit = new AuditService();
  const reservations = new ReservationService(events, [notifications], {
    bookingsInFlightPerSlot: config.bookingsInFlightPerSlot,
  });
  // Issued tickets queue their login mails in the same transaction that issues them.
  const issuance = new IssuanceService(config, [notifications]);
  const records = new RecordsService(reservations, audit, events);
  const passwords = new Passwords(passwordCostOf(config));
  const auth = new AuthService(config, passwords, audit, bus);
  const sites = new SiteService(audit);
  return {
    notifications,
    availability,
    events,
    bus,
    passwords,
    auth,
    adminUsers: new AdminUserService(passwords, (em, siteId) => sites.siteAdminsCreateSiteAdmins(em, siteId)),
    sites,
    vaccines: new VaccineService(),
    venues: new VenueService(),
    slots: new SlotService(),
    tickets: new TicketService(auth),
    recipients: new RecipientService(passwords),
    reservations,
    audit,
    staff: new StaffService(audit),
    issuance,
    imports: new ImportService(reservations, issuance, audit, config, events),
    records,
    exports: new ExportService(records.repository),
  };
}

export type Services = ReturnType<typeof createServices>;
