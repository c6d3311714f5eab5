import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import type { DomainEvents } from '../../shared/domain-events.js';
import { badInput, Conflict, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { normalizeDigits } from '../../shared/japanese-ids.js';
import { PgError, pgErrorCode } from '../../shared/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireAdmin, requireSiteAccess } from '../auth/access.js';
import type { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import { RosterRepository, type RosterQuery, type RosterRow } from '../reports/roster.repository.js';
import type { ReservationService } from '../reservations/reservation.service.js';
import { requireSite } from '../sites/site.service.js';
import { TicketRepository, type SyncedFields, type SyncedTicket } from './ticket.repository.js';
import { checkRosterRow, classifySearch, MAX_SYNC_ROWS, type CheckedRow } from './roster.rules.js';
import type {
  RevokeTicketInput,
  RevokeTicketResult,
  RevokeTicketsInput,
  RevokeTicketsResult,
  Ticket,
  TicketConnection,
  TicketFilter,
  UpsertTicketRowResult,
  UpsertTicketsInput,
  UpsertTicketsResult,
} from './roster.types.js';

export { MAX_SYNC_ROWS } from './roster.rules.js';

/** Rows per statement: a few thousand keeps each array literal small and the round trips few. */
const CHUNK = 5000;
const MAX_PAGE = 500;
const DEFAULT_REVOKE_REASON = 'Ticket revoked';

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const keyOf = (t: { number: string; municipalityCode: string | null }) =>
  `${t.municipalityCode ?? ''}:${t.number}`;

/** A new ticket of the site was taken by someone else between the read and the insert: run the sync again. */
class SyncRaced extends Error {}

function toTicket(row: RosterRow): Ticket {
  const series = row.dosesInSeries;
  const state =
    row.dosesBooked === 0 || series === null
      ? 'NOT_BOOKED'
      : row.dosesVaccinated >= series
        ? 'VACCINATED'
        : row.dosesBooked >= series
          ? 'COMPLETE'
          : 'DOSE1_ONLY';
  return {
    id: row.id,
    siteId: row.siteId,
    number: row.number,
    municipalityCode: row.municipalityCode,
    status: row.ticketStatus === 'REVOKED' ? 'REVOKED' : row.registered ? 'REGISTERED' : 'NOT_REGISTERED',
    externalId: row.externalId,
    email: row.email,
    department: row.department,
    familyNameKana: row.familyNameKana,
    givenNameKana: row.givenNameKana,
    booking: {
      state,
      dosesBooked: row.dosesBooked,
      dosesVaccinated: row.dosesVaccinated,
      dosesInSeries: series,
    },
  };
}

/**
 * The roster of a site, shared by HR systems and the admin app: sync (upsertTickets), revocation, and the
 * paged, searchable list. Site admins of the site and operators; venue staff never.
 */
export class RosterService {
  private readonly tickets = new TicketRepository();
  private readonly roster = new RosterRepository();

  constructor(
    private readonly events: DomainEvents,
    private readonly reservations: ReservationService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async list(
    em: EntityManager,
    principal: Principal,
    args: { siteId: string; first: number; after: string | null; filter: TicketFilter | null },
  ): Promise<TicketConnection> {
    requireSiteAccess(principal, args.siteId);
    if (!isUuid(args.siteId)) throw notFound('Site');
    checkPageSize(args.first, MAX_PAGE);
    let after: RosterQuery['after'] = null;
    if (args.after) {
      const [number, id] = decodeCursor('ticket', args.after, 2);
      if (!/^[0-9]{10}$/.test(number!) || !isUuid(id!)) throw badInput('Unknown cursor', 'after');
      after = { number: number!, id: id! };
    }
    const filter = args.filter ?? {};
    const rows = await this.roster.page(em, {
      siteId: args.siteId,
      status: filter.status ?? null,
      booking: filter.booking ?? null,
      externalId: filter.externalId ?? null,
      ticketIds: null,
      ...classifySearch(filter.search),
      after,
      limit: args.first + 1,
    });
    return connectionOf(rows.map(toTicket), args.first, 'ticket', (node) => [node.number, node.id]);
  }

  /**
   * Creates and updates tickets from an HR system's roster in one transaction (all of it, or nothing on an
   * unexpected failure), a few statements per 5,000 rows. Bad rows are reported with their index; the valid
   * ones are written unless `allOrNothing`. The same call twice writes nothing the second time.
   */
  async upsert(
    em: EntityManager,
    principal: Principal,
    input: UpsertTicketsInput,
  ): Promise<UpsertTicketsResult> {
    requireSiteAccess(principal, input.siteId);
    if (input.rows.length > MAX_SYNC_ROWS)
      throw badInput(
        `At most ${MAX_SYNC_ROWS.toLocaleString('en')} rows per call; send the rest in another call`,
        'rows',
      );
    const site = await requireSite(em, input.siteId);
    // As the CSV import: a workplace site's own tickets are provisional, the others' are the municipality's.
    const kind = site.plan === 'WORKPLACE' ? 'PROVISIONAL' : 'REAL';
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.events.transaction(em, (tx, events) =>
          this.sync(tx, principal, input, kind, (ids) =>
            events.record(
              ...ids.map((ticketId) => ({
                type: 'ticket.issued' as const,
                ticketId,
                siteId: input.siteId,
                at: new Date().toISOString(),
              })),
            ),
          ),
        );
      } catch (error) {
        const raced = error instanceof SyncRaced || pgErrorCode(error) === PgError.UNIQUE_VIOLATION;
        if (!raced) throw error;
        if (attempt >= 3)
          throw new Conflict('Another sync of the same tickets ran at the same time; send the call again');
      }
    }
  }

  private async sync(
    tx: EntityManager,
    principal: Principal,
    input: UpsertTicketsInput,
    kind: 'REAL' | 'PROVISIONAL',
    issued: (ticketIds: string[]) => void,
  ): Promise<UpsertTicketsResult> {
    const today = new Date().toISOString().slice(0, 10);
    const results: UpsertTicketRowResult[] = input.rows.map((row, index) => ({
      index,
      ticketNumber: row.ticketNumber,
      ticketId: null,
      outcome: 'ERROR',
      error: null,
    }));
    const fail = (index: number, code: UpsertTicketRowResult['error'] & object) => {
      results[index]!.outcome = 'ERROR';
      results[index]!.error = code;
      results[index]!.ticketId = null;
    };

    // 1. Each row's shape, and the same ticket twice in the call.
    const valid: { index: number; row: CheckedRow }[] = [];
    const firstRowOf = new Map<string, number>();
    for (const [index, raw] of input.rows.entries()) {
      const checked = checkRosterRow(raw, today);
      if (!checked.ok) {
        fail(index, { code: checked.code, message: checked.message });
        continue;
      }
      const key = keyOf(checked.row);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        fail(index, {
          code: 'DUPLICATE_ROW',
          message: `Ticket ${checked.row.number} is already on row ${first}`,
        });
        continue;
      }
      firstRowOf.set(key, index);
      valid.push({ index, row: checked.row });
    }

    // 2. What is stored for those tickets, locked until the commit.
    const stored = new Map<string, SyncedTicket>();
    for (const chunk of chunks(valid)) {
      for (const ticket of await this.tickets.lockByKeys(
        tx,
        input.siteId,
        chunk.map((v) => v.row),
      ))
        stored.set(keyOf(ticket), ticket);
    }

    // 3. What each row would write.
    type Plan = { index: number; existing: SyncedTicket | undefined; fields: SyncedFields; changed: boolean };
    const plans: Plan[] = [];
    for (const { index, row } of valid) {
      const existing = stored.get(keyOf(row));
      if (existing?.status === 'REVOKED') {
        fail(index, { code: 'TICKET_REVOKED', message: `Ticket ${row.number} was revoked` });
        continue;
      }
      const keep = <K extends 'externalId' | 'email' | 'department'>(field: K) =>
        row[field] === undefined ? (existing?.[field] ?? null) : row[field];
      const fields: SyncedFields = {
        number: row.number,
        municipalityCode: row.municipalityCode,
        birthDate: row.birthDate,
        externalId: keep('externalId'),
        email: keep('email'),
        department: keep('department'),
      };
      const changed =
        !existing ||
        existing.birthDate !== fields.birthDate ||
        existing.externalId !== fields.externalId ||
        existing.email !== fields.email ||
        existing.department !== fields.department;
      plans.push({ index, existing, fields, changed });
    }

    // 4. External ids: unique in the site. An id held by another ticket (before this call) or claimed by an
    // earlier row is refused, so no statement below can meet the unique index half-way.
    const claims = plans.filter(
      (p) => p.changed && p.fields.externalId !== null && p.fields.externalId !== p.existing?.externalId,
    );
    const claimSet = new Set(claims);
    const holders = new Map<string, string>();
    for (const chunk of chunks([...new Set(claims.map((p) => p.fields.externalId!))])) {
      for (const holder of await this.tickets.holdersOfExternalIds(tx, input.siteId, chunk))
        holders.set(holder.externalId, holder.id);
    }
    const claimedBy = new Map<string, number>();
    for (const plan of plans) {
      const externalId = plan.fields.externalId;
      if (externalId === null) continue;
      const isClaim = claimSet.has(plan);
      const holder = holders.get(externalId);
      const earlier = claimedBy.get(externalId);
      if (isClaim && holder !== undefined && holder !== plan.existing?.id) {
        fail(plan.index, {
          code: 'DUPLICATE_EXTERNAL_ID',
          message: `External id ${externalId} belongs to another ticket of the site`,
        });
      } else if (earlier !== undefined) {
        fail(plan.index, {
          code: 'DUPLICATE_EXTERNAL_ID',
          message: `External id ${externalId} is already on row ${earlier}`,
        });
      } else {
        claimedBy.set(externalId, plan.index);
      }
    }
    const writable = plans.filter((p) => results[p.index]!.error === null);
    const failed = results.filter((r) => r.error !== null).length;

    // 5. All or nothing: a bad row stops the call; the valid rows say SKIPPED.
    if (input.allOrNothing && failed > 0) {
      for (const plan of writable) {
        results[plan.index]!.outcome = 'SKIPPED';
        results[plan.index]!.ticketId = plan.existing?.id ?? null;
      }
      return { ok: false, applied: false, created: 0, updated: 0, unchanged: 0, failed, rows: results };
    }

    // 6. Write: the new tickets, then the changed ones.
    const toCreate = writable.filter((p) => !p.existing);
    const toUpdate = writable.filter((p) => p.existing && p.changed);
    const createdIds = new Map<string, string>();
    for (const chunk of chunks(toCreate)) {
      const inserted = await this.tickets.insertSynced(
        tx,
        input.siteId,
        kind,
        chunk.map((p) => p.fields),
      );
      if (inserted.length !== chunk.length) throw new SyncRaced();
      for (const row of inserted) createdIds.set(keyOf(row), row.id);
    }
    for (const chunk of chunks(toUpdate)) {
      await this.tickets.updateSynced(
        tx,
        chunk.map((p) => ({ ...p.fields, id: p.existing!.id })),
      );
    }
    for (const plan of writable) {
      const result = results[plan.index]!;
      result.outcome = !plan.existing ? 'CREATED' : plan.changed ? 'UPDATED' : 'UNCHANGED';
      result.ticketId = plan.existing?.id ?? createdIds.get(keyOf(plan.fields))!;
    }
    issued(toCreate.map((p) => createdIds.get(keyOf(p.fields))!));
    const counts = {
      created: toCreate.length,
      updated: toUpdate.length,
      unchanged: writable.length - toCreate.length - toUpdate.length,
      failed,
    };
    // One compact entry (counts), not the rows: a sync of 10,000 people is not copied into the log.
    await this.audit.record(tx, principal, {
      siteId: input.siteId,
      action: 'upsertTickets',
      targetType: 'site',
      targetId: input.siteId,
      before: null,
      after: { rows: input.rows.length, ...counts },
    });
    return { ok: failed === 0, applied: true, ...counts, rows: results };
  }

  async revokeOne(
    em: EntityManager,
    principal: Principal,
    input: RevokeTicketInput,
  ): Promise<RevokeTicketResult> {
    if (principal.kind !== 'apiKey') requireAdmin(principal);
    const siteId = isUuid(input.ticketId) ? await this.tickets.siteOf(em, input.ticketId) : undefined;
    if (!siteId) throw notFound('Ticket');
    requireSiteAccess(principal, siteId, 'Ticket');
    const outcome = await this.revoke(
      em,
      principal,
      siteId,
      'id',
      [input.ticketId],
      input.reason ?? null,
      'revokeTicket',
    );
    const [row] = await this.roster.page(em, {
      siteId,
      status: null,
      booking: null,
      externalId: null,
      ticketIds: [input.ticketId],
      kanaPrefix: null,
      latinPrefix: null,
      numberPrefix: null,
      externalIdPrefix: null,
      after: null,
      limit: 1,
    });
    return {
      revoked: outcome.ticketIds.length === 1,
      cancelledReservations: outcome.cancelledReservations,
      ticket: toTicket(row!),
    };
  }

  async revokeMany(
    em: EntityManager,
    principal: Principal,
    input: RevokeTicketsInput,
  ): Promise<RevokeTicketsResult> {
    requireSiteAccess(principal, input.siteId);
    if (!isUuid(input.siteId)) throw notFound('Site');
    const given = (
      [
        ['id', input.ticketIds, 'ticketIds'],
        ['number', input.ticketNumbers, 'ticketNumbers'],
        ['external_id', input.externalIds, 'externalIds'],
      ] as const
    ).filter(([, values]) => values != null);
    if (given.length !== 1)
      throw badInput(
        'Name the tickets by exactly one of ticketIds, ticketNumbers or externalIds',
        'ticketIds',
      );
    const [by, raw, field] = given[0]!;
    // The field the caller used, so the error points at what they sent.
    if (raw!.length === 0) throw badInput('Name at least one ticket', field);
    if (raw!.length > MAX_SYNC_ROWS)
      throw badInput(`At most ${MAX_SYNC_ROWS.toLocaleString('en')} tickets per call`, field);
    const values = [...new Set(by === 'number' ? raw!.map(normalizeDigits) : raw!.map((v) => v.trim()))];
    // An id that is not a UUID names no ticket (and must not reach the uuid cast).
    const usable = by === 'id' ? values.filter(isUuid) : values;
    const outcome = await this.revoke(
      em,
      principal,
      input.siteId,
      by,
      usable,
      input.reason ?? null,
      'revokeTickets',
    );
    const matched = new Set(
      outcome.found.map((t) => (by === 'id' ? t.id : by === 'number' ? t.number : (t.externalId ?? ''))),
    );
    return {
      revoked: outcome.ticketIds.length,
      alreadyRevoked: outcome.found.length - outcome.ticketIds.length,
      ticketIds: outcome.ticketIds,
      notFound: values.filter((v) => !matched.has(v)),
      cancelledReservations: outcome.cancelledReservations,
    };
  }

  /**
   * Revokes tickets in one unit of work: they can no longer log in (their sessions end) or book; their
   * upcoming BOOKED reservations are cancelled through the booking engine (places freed, holders mailed);
   * reservations already begun, given or missed stay as records. Events `ticket.revoked` after commit.
   */
  private async revoke(
    em: EntityManager,
    principal: Principal,
    siteId: string,
    by: 'id' | 'number' | 'external_id',
    values: string[],
    reason: string | null,
    action: string,
  ): Promise<{
    found: { id: string; number: string; externalId: string | null }[];
    ticketIds: string[];
    cancelledReservations: number;
  }> {
    const outcome = await this.events.transaction(em, async (tx, events) => {
      const found = values.length ? await this.tickets.lockForRevocation(tx, siteId, by, values) : [];
      const ticketIds = await this.tickets.revoke(
        tx,
        found.filter((t) => t.status === 'ACTIVE').map((t) => t.id),
      );
      const reservationIds = await this.reservations.bookedUpcomingOfTickets(tx, ticketIds);
      const cancelled = reservationIds.length
        ? await this.reservations.cancel(tx, events, reservationIds, {
            by: 'ADMIN',
            reason: reason ?? DEFAULT_REVOKE_REASON,
          })
        : [];
      const sessionIds = await this.auth.revokeTicketSessions(tx, ticketIds);
      const at = new Date().toISOString();
      events.record(
        ...ticketIds.map((ticketId) => ({ type: 'ticket.revoked' as const, ticketId, siteId, at })),
      );
      if (ticketIds.length > 0) {
        await this.audit.record(tx, principal, {
          siteId,
          action,
          targetType: 'ticket',
          targetId: ticketIds.length === 1 ? ticketIds[0]! : null,
          before: { status: 'ACTIVE' },
          after: {
            status: 'REVOKED',
            reason,
            tickets: ticketIds,
            cancelledReservations: cancelled.map((r) => r.id),
          },
        });
      }
      return { found, ticketIds, cancelledReservations: cancelled.length, sessionIds };
    });
    // Committed: this instance forgets the sessions at once, the others through the bus.
    this.auth.sessionsRevoked(outcome.sessionIds);
    return outcome;
  }
}
