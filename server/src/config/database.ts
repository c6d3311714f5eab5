import { MikroORM, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Site } from '../modules/sites/site.entity.js';
import { Vaccine } from '../modules/vaccines/vaccine.entity.js';
import { Venue, VenueVaccine } from '../modules/venues/venue.entity.js';
import { Slot } from '../modules/slots/slot.entity.js';
import { Ticket } from '../modules/tickets/ticket.entity.js';
import { Recipient } from '../modules/recipients/recipient.entity.js';
import { Reservation } from '../modules/reservations/reservation.entity.js';
import { AdminUser, Session } from '../modules/auth/auth.entity.js';
import { AuditLog } from '../modules/audit/audit.entity.js';
import { AdminUserVenue } from '../modules/staff/staff.entity.js';
import { VaccinationRecord } from '../modules/records/records.entity.js';
import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { countSqlStatement } from '../shared/request-scope.js';
import { connectionSetup } from '../shared/sql.js';
import { migrationsList } from '../../../migrations/index.js';

export const entities = [
  Site,
  Vaccine,
  Venue,
  VenueVaccine,
  Slot,
  Ticket,
  Recipient,
  Reservation,
  AdminUser,
  Session,
  AuditLog,
  AdminUserVenue,
  VaccinationRecord,
  ApiKey,
];

/** The part of a pooled connection MikroORM hands to `onCreateConnection` (Kysely's). */
interface NewConnection {
  executeQuery(query: { sql: string; parameters: readonly unknown[] }): Promise<unknown>;
}

export function ormConfig(clientUrl: string, poolMax = 20, options: { prepareStatements?: boolean } = {}) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, silent: true, snapshot: false },
    // Connections stay open once made (min = max; by default pg closes idle ones after 10 s). Opening one
    // costs a TCP handshake, SCRAM authentication and preparing the statements: after a quiet spell that
    // would land on the first wave of an opening-time rush (measured: successful bookings' p99 3× longer).
    pool: { min: poolMax, max: poolMax },
    // Every statement is counted for the request that issued it (tests prove there is no N+1).
    onQuery: (sql) => {
      countSqlStatement();
      return sql;
    },
    // The hot statements are prepared on each connection as it opens (see PreparedStatement).
    onCreateConnection:
      options.prepareStatements === false
        ? undefined
        : async (connection: unknown) => {
            await (connection as NewConnection).executeQuery({ sql: connectionSetup(), parameters: [] });
          },
    debug: false,
  });
}

/**
 * Brings the schema up to date, then connects. Migrations run on a connection of their own first: the
 * serving connections prepare statements on tables the migrations create. Migrations are append-only once
 * landed.
 */
export async function openDatabase(clientUrl: string, poolMax?: number): Promise<MikroORM> {
  const migrating = await MikroORM.init(ormConfig(clientUrl, 1, { prepareStatements: false }));
  try {
    await migrating.migrator.up();
  } finally {
    await migrating.close();
  }
  return MikroORM.init(ormConfig(clientUrl, poolMax));
}
