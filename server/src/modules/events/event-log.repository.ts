import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from '../../shared/domain-events.js';
import { pgArray, PreparedStatement, sql, type Statement } from '../../shared/sql.js';

/** Events per append statement: a bulk file's tens of thousands of events go in a few statements. */
const APPEND_CHUNK = 2000;

/**
 * Appends events in order (position follows the array), with the subject ids pulled out of the payload for
 * the indexes. Prepared: it rides every booking's one-message write. `tx` and `event_id` take their
 * defaults: the writing transaction's id and a fresh uuid.
 */
const APPEND_EVENTS = new PreparedStatement(
  'append_events',
  ['jsonb'],
  `insert into event_log (site_id, type, ticket_id, reservation_id, slot_id, payload)
   select (x.e ->> 'siteId')::uuid, x.e ->> 'type', (x.e ->> 'ticketId')::uuid,
          (x.e ->> 'reservationId')::uuid, (x.e ->> 'slotId')::uuid, x.e
     from jsonb_array_elements(?) with ordinality as x (e, i)
    order by x.i`,
);

/** Where a reader is in the log: the last row it has seen, in (tx, position) order. */
export interface LogPosition {
  tx: string;
  position: string;
}

export const START_OF_LOG: LogPosition = { tx: '0', position: '0' };

export interface LoggedEvent {
  position: string;
  tx: string;
  eventId: string;
  siteId: string;
  type: string;
  payload: Record<string, unknown>;
  recordedAt: Date;
}

interface LoggedEventRow {
  position: string;
  tx: string;
  event_id: string;
  site_id: string;
  type: string;
  payload: Record<string, unknown>;
  recorded_at: Date | string;
}

const toLogged = (row: LoggedEventRow): LoggedEvent => ({
  position: row.position,
  tx: row.tx,
  eventId: row.event_id,
  siteId: row.site_id,
  type: row.type,
  payload: row.payload,
  recordedAt: new Date(row.recorded_at),
});

/**
 * The reader that never misses. A row's `tx` is the id of the transaction that wrote it. Positions come
 * from a sequence, so they are handed out in the order rows are INSERTED, not the order transactions
 * COMMIT: a transaction that took position 10 may commit after one that took 11, and a reader that had
 * already passed 11 would never see 10. So a reader only returns rows with `tx < pg_snapshot_xmin(
 * pg_current_snapshot())`, the rows of the published `settled_event_view` (migration 20261206000000): every
 * transaction with a smaller id has finished (committed or rolled back), and every new transaction gets a
 * larger id, so no row can ever again appear below that line. The rows below
 * it, ordered by (tx, position), are a prefix that only grows at its end: paging through it with the last
 * row's (tx, position) as the cursor returns every row exactly once. The price is a delay, never a gap: a
 * long-running transaction holds the line back until it ends.
 */
// The text casts keep the output names `position` and `tx`: ORDER BY must name the view's columns, or it
// sorts the text ('10' before '9') and a page skips and repeats rows where the digits grow.
const READ_COLUMNS = `position::text, tx::text, event_id, site_id, type, payload, recorded_at`;

export class EventLogRepository {
  /** The statements that append `events` (none for none). */
  appendStatements(events: readonly DomainEvent[]): Statement[] {
    const statements: Statement[] = [];
    for (let i = 0; i < events.length; i += APPEND_CHUNK)
      statements.push(APPEND_EVENTS.call([JSON.stringify(events.slice(i, i + APPEND_CHUNK))]));
    return statements;
  }

  async append(em: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    for (const statement of this.appendStatements(events)) await sql(em, statement.sql, statement.params);
  }

  /** A site's settled events after `after`, in (tx, position) order. */
  async page(
    em: EntityManager,
    args: { siteId: string; after: LogPosition; limit: number; types: readonly string[] | null },
  ): Promise<LoggedEvent[]> {
    const types = args.types ? pgArray(args.types) : null;
    const rows = await sql<LoggedEventRow>(
      em,
      `select ${READ_COLUMNS} from settled_event_view
        where site_id = ? and (tx, position) > (?::xid8, ?::bigint)
          and (?::text[] is null or type = any(?::text[]))
        order by settled_event_view.tx, settled_event_view.position
        limit ?`,
      [args.siteId, args.after.tx, args.after.position, types, types, args.limit],
    );
    return rows.map(toLogged);
  }

  /**
   * Deletes up to `limit` of the oldest rows in log order that were recorded before `before` and lie at or
   * before `upTo` (the webhook dispatcher's cursor: what it has not turned into deliveries stays), and moves
   * each (site, type)'s horizon to the last position deleted, in one statement. Returns how many it deleted.
   */
  async deleteExpired(
    em: EntityManager,
    args: { before: Date; upTo: LogPosition; limit: number },
  ): Promise<number> {
    const rows = await sql<{ deleted: number }>(
      em,
      `with doomed as (
         delete from event_log
          where position in (
                  select position from event_log
                   where (tx, position) <= (?::xid8, ?::bigint)
                   order by tx, position
                   limit ?)
            and recorded_at < ?
          returning site_id, type, tx, position
       ), last_of_each as (
         select distinct on (site_id, type) site_id, type, tx, position
           from doomed
          order by site_id, type, tx desc, position desc
       ), moved as (
         insert into event_log_horizon (site_id, type, tx, position)
         select site_id, type, tx, position from last_of_each
         on conflict (site_id, type) do update set tx = excluded.tx, position = excluded.position
          where (excluded.tx, excluded.position) > (event_log_horizon.tx, event_log_horizon.position)
       )
       select count(*)::int as deleted from doomed`,
      [args.upTo.tx, args.upTo.position, args.limit, args.before],
    );
    return rows[0]!.deleted;
  }

  /**
   * What a reader's cursor `after` is for the site, in one statement. `issued`: it is the position of one of
   * the site's settled events (the only positions the feed hands out), or at or before a position the
   * retention deleted of the site (a cursor the feed gave whose event is gone); a made-up cursor past the
   * newest event, or one of another site, is neither. `expired`: events of the site (of these types, or any)
   * after it were deleted by the retention, so a reader there would miss them.
   */
  async cursorState(
    em: EntityManager,
    args: { siteId: string; after: LogPosition; types: readonly string[] | null },
  ): Promise<{ issued: boolean; expired: boolean }> {
    const types = args.types ? pgArray(args.types) : null;
    const { siteId, after } = args;
    const rows = await sql<{ issued: boolean; expired: boolean }>(
      em,
      `select exists (
                select 1 from settled_event_view
                 where position = ?::bigint and tx = ?::xid8 and site_id = ?)
              or exists (
                select 1 from event_log_horizon
                 where site_id = ? and (tx, position) >= (?::xid8, ?::bigint)) as issued,
              exists (
                select 1 from event_log_horizon
                 where site_id = ? and (?::text[] is null or type = any(?::text[]))
                   and (tx, position) > (?::xid8, ?::bigint)) as expired`,
      [
        after.position,
        after.tx,
        siteId,
        siteId,
        after.tx,
        after.position,
        siteId,
        types,
        types,
        after.tx,
        after.position,
      ],
    );
    return rows[0]!;
  }
}
