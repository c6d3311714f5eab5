import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { RecipientResolver } from '../modules/recipients/recipient.resolver.js';
import { ReservationResolver } from '../modules/reservations/reservation.resolver.js';
import { SiteResolver } from '../modules/sites/site.resolver.js';
import { SlotResolver } from '../modules/slots/slot.resolver.js';
import { TicketResolver } from '../modules/tickets/ticket.resolver.js';
import { VaccineResolver } from '../modules/vaccines/vaccine.resolver.js';
import { VenueResolver } from '../modules/venues/venue.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { auditMiddleware } from './audit-middleware.js';
import { ImportResolver } from '../modules/imports/import.resolver.js';
import { ExportResolver } from '../modules/reports/export.resolver.js';
import { RecordsResolver } from '../modules/records/records.resolver.js';
import { StaffResolver } from '../modules/staff/staff.resolver.js';
import { authChecker } from './auth-checker.js';

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process (type-graphql keeps global metadata). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      AuthResolver,
      SiteResolver,
      VaccineResolver,
      VenueResolver,
      SlotResolver,
      TicketResolver,
      RecipientResolver,
      ReservationResolver,
      AuditResolver,
      StaffResolver,
      ImportResolver,
      RecordsResolver,
      ExportResolver,
      NotificationResolver,
    ],
    globalMiddlewares: [auditMiddleware],
    authChecker,
    authMode: 'error',
    // Subscriptions bring their own `subscribe` (slot.events.ts); type-graphql still insists on a pub/sub.
    pubSub: {
      publish: () => {
        throw new Error('publish through the feature hubs, not type-graphql');
      },
      subscribe: () => {
        throw new Error('every @Subscription here declares its own subscribe');
      },
    },
    // Validation errors name the field and the rule, never the submitted object or value (passwords…).
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  return built;
}

/** The committed contract: sorted SDL, so diffs show real changes only. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
