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
import { countSqlStatement } from '../shared/request-scope.js';
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
];

export function ormConfig(clientUrl: string, poolMax = 20) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, silent: true, snapshot: false },
    pool: { min: 0, max: poolMax },
    // Every statement is counted for the request that issued it (tests prove there is no N+1).
    onQuery: (sql) => {
      countSqlStatement();
      return sql;
    },
    debug: false,
  });
}

/** Connects and brings the schema up to date; migrations are append-only once landed. */
export async function openDatabase(clientUrl: string, poolMax?: number): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(clientUrl, poolMax));
  await orm.migrator.up();
  return orm;
}
