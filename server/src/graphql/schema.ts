import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema, type ValidatorFn } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { PasswordResetResolver } from '../modules/auth/password-reset.resolver.js';
import { LoginInformationResolver } from '../modules/auth/login-information.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { RecipientResolver } from '../modules/recipients/recipient.resolver.js';
import {
  ChangeReservationResultResolver,
  ReservationResolver,
} from '../modules/reservations/reservation.resolver.js';
import { SiteResolver } from '../modules/sites/site.resolver.js';
import { SlotResolver } from '../modules/slots/slot.resolver.js';
import { TicketResolver } from '../modules/tickets/ticket.resolver.js';
import { RosterResolver } from '../modules/tickets/roster.resolver.js';
import { VaccineResolver } from '../modules/vaccines/vaccine.resolver.js';
import { VenueResolver } from '../modules/venues/venue.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ImportPreviewResolver, ImportResolver } from '../modules/imports/import.resolver.js';
import { ExportResolver } from '../modules/reports/export.resolver.js';
import { RecordsResolver } from '../modules/records/records.resolver.js';
import { StaffResolver } from '../modules/staff/staff.resolver.js';
import { FaqResolver } from '../modules/faq/faq.resolver.js';
import { authChecker } from './auth-checker.js';
import { describeApiKeyScopes } from './api-key-scopes.js';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver.js';
import { guardRootFields } from './root-guards.js';
import { ChangeFeedResolver } from '../modules/events/change-feed.resolver.js';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { RealTicketResolver } from '../modules/tickets/real-ticket.resolver.js';
import { UnlinkedTicketsResolver } from '../modules/reports/unlinked-tickets.resolver.js';
import { VenueDoctorResolver } from '../modules/venues/venue-doctor.resolver.js';
import { VenueBoardAttendanceResolver, VenueDayResolver } from '../modules/records/venue-day.resolver.js';

let built: Promise<GraphQLSchema> | undefined;

// Validation errors name the field and the rule, never the submitted object or value (passwords…).
const VALIDATION: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: true,
  validationError: { target: false, value: false },
};

/**
 * type-graphql's own validation of input objects, with class-validator imported once: type-graphql's
 * `validate` option runs `await import('class-validator')` for every argument of every call, which through
 * the tsx loader was 3.6% of the server's busy time in a profiled rush (bench/README.md "Issue 12 A/B", follow-up).
 */
const validateArgument: ValidatorFn = async (value: unknown) => {
  if (value === null || typeof value !== 'object') return;
  try {
    if (Array.isArray(value)) {
      const objects = (value as unknown[]).filter(
        (item): item is object => item !== null && typeof item === 'object',
      );
      await Promise.all(objects.map((item) => validateOrReject(item, VALIDATION)));
    } else {
      await validateOrReject(value, VALIDATION);
    }
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};

/** The schema is built once per process (type-graphql keeps global metadata). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      AuthResolver,
      PasswordResetResolver,
      LoginInformationResolver,
      SiteResolver,
      VaccineResolver,
      VenueResolver,
      SlotResolver,
      TicketResolver,
      RosterResolver,
      RecipientResolver,
      ReservationResolver,
      ChangeReservationResultResolver,
      AuditResolver,
      StaffResolver,
      ImportResolver,
      ImportPreviewResolver,
      RecordsResolver,
      ExportResolver,
      NotificationResolver,
      ApiKeyResolver,
      ChangeFeedResolver,
      WebhookResolver,
      RealTicketResolver,
      UnlinkedTicketsResolver,
      VenueDoctorResolver,
      VenueDayResolver,
      VenueBoardAttendanceResolver,
      FaqResolver,
    ],
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
    validateFn: validateArgument,
  })
    .then(guardRootFields)
    .then(describeApiKeyScopes);
  return built;
}

/** The committed contract: sorted SDL, so diffs show real changes only. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
