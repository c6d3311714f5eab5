import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import { LocalBus, type Bus } from './shared/bus.js';
import { AdminUserService } from './modules/auth/admin-user.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { RecipientService } from './modules/recipients/recipient.service.js';
import { ReservationService } from './modules/reservations/reservation.service.js';
import { SiteService } from './modules/sites/site.service.js';
import { AvailabilityHub } from './modules/slots/slot.events.js';
import { SlotService } from './modules/slots/slot.service.js';
import { TicketService } from './modules/tickets/ticket.service.js';
import { VaccineService } from './modules/vaccines/vaccine.service.js';
import { VenueService } from './modules/venues/venue.service.js';

/** Every use case of the system, wired once per process. Services are stateless but for the hub. */
export function createServices(orm: MikroORM, config: AppConfig, logger: Logger, bus: Bus = new LocalBus()) {
  const availability = new AvailabilityHub(orm, config.availabilityCoalesceMs, logger, bus);
  return {
    availability,
    bus,
    auth: new AuthService(config, bus),
    adminUsers: new AdminUserService(),
    sites: new SiteService(),
    vaccines: new VaccineService(),
    venues: new VenueService(),
    slots: new SlotService(),
    tickets: new TicketService(config),
    recipients: new RecipientService(),
    reservations: new ReservationService(availability, [], {
      bookingsInFlightPerSlot: config.bookingsInFlightPerSlot,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
