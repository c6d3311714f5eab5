import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, sql, sqlOne } from '../../shared/sql.js';

export interface EndpointRow {
  id: string;
  siteId: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  enabled: boolean;
  disabledReason: 'FAILURES' | 'ADMIN' | null;
  consecutiveFailures: number;
  /** Until when the secret a rotation replaced still signs deliveries beside the current one; null: none. */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface DeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  /** created_at to the microsecond, for the log's cursor. */
  createdKey: string;
}

/** A delivery claimed by a worker: what to send, where, and with which secret. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
  attempts: number;
  url: string;
  /** The current secret, then the previous one while a rotation's overlap lasts. */
  secrets: string[];
}

const ENDPOINT_COLUMNS = `id, site_id, url, event_types, description, enabled, disabled_reason,
  consecutive_failures, created_at, updated_at,
  case when previous_secret_expires_at > now() then previous_secret_expires_at end as previous_secret_expires_at`;

/** The previous secret while its overlap lasts (null after it, even before the clean-up job clears it). */
const PREVIOUS_SECRET_IN_FORCE = `case when previous_secret_expires_at > now() then previous_secret end`;

interface EndpointSqlRow {
  id: string;
  site_id: string;
  url: string;
  event_types: string[] | string;
  description: string | null;
  enabled: boolean;
  disabled_reason: 'FAILURES' | 'ADMIN' | null;
  consecutive_failures: number;
  previous_secret_expires_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

/** text[] arrives as an array from pg, or as its literal when a driver leaves it as text. */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((v) => v.replace(/^"|"$/g, ''));
}

const toEndpoint = (row: EndpointSqlRow): EndpointRow => ({
  id: row.id,
  siteId: row.site_id,
  url: row.url,
  eventTypes: textArray(row.event_types),
  description: row.description,
  enabled: row.enabled,
  disabledReason: row.disabled_reason,
  consecutiveFailures: row.consecutive_failures,
  previousSecretExpiresAt:
    row.previous_secret_expires_at === null ? null : new Date(row.previous_secret_expires_at),
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

const DELIVERY_COLUMNS = `id, endpoint_id, event_id, event_type, status, attempts, next_attempt_at,
  last_attempt_at, last_status_code, last_error, delivered_at, created_at, created_at::text as created_key`;

interface DeliverySqlRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date | string | null;
  last_attempt_at: Date | string | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | string | null;
  created_at: Date | string;
  created_key: string;
}

const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

const toDelivery = (row: DeliverySqlRow): DeliveryRow => ({
  id: row.id,
  endpointId: row.endpoint_id,
  eventId: row.event_id,
  eventType: row.event_type,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'PENDING' ? dateOrNull(row.next_attempt_at) : null,
  lastAttemptAt: dateOrNull(row.last_attempt_at),
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  deliveredAt: dateOrNull(row.delivered_at),
  createdAt: new Date(row.created_at),
  createdKey: row.created_key,
});

/** The webhooks module's tables: endpoints, deliveries and the dispatcher's cursor in the event log. */
export class WebhookRepository {
  async insertEndpoint(
    em: EntityManager,
    endpoint: {
      siteId: string;
      url: string;
      eventTypes: string[];
      description: string | null;
      secret: string;
    },
  ): Promise<EndpointRow> {
    const row = await sqlOne<EndpointSqlRow>(
      em,
      `insert into webhook_endpoint (site_id, url, event_types, description, secret)
       values (?, ?, ?::text[], ?, ?) returning ${ENDPOINT_COLUMNS}`,
      [endpoint.siteId, endpoint.url, pgArray(endpoint.eventTypes), endpoint.description, endpoint.secret],
    );
    return toEndpoint(row!);
  }

  async countOfSite(em: EntityManager, siteId: string): Promise<number> {
    const row = await sqlOne<{ n: number }>(
      em,
      `select count(*)::int as n from webhook_endpoint where site_id = ?`,
      [siteId],
    );
    return row!.n;
  }

  async endpoint(em: EntityManager, id: string): Promise<EndpointRow | undefined> {
    const row = await sqlOne<EndpointSqlRow>(
      em,
      `select ${ENDPOINT_COLUMNS} from webhook_endpoint where id = ?`,
      [id],
    );
    return row && toEndpoint(row);
  }

  /** The secrets that sign a message to the endpoint now: the current one, and the previous one in its overlap. */
  async signingSecrets(em: EntityManager, id: string): Promise<string[] | undefined> {
    const row = await sqlOne<{ secret: string; previous_secret: string | null }>(
      em,
      `select secret, ${PREVIOUS_SECRET_IN_FORCE} as previous_secret from webhook_endpoint where id = ?`,
      [id],
    );
    return row && [row.secret, ...(row.previous_secret ? [row.previous_secret] : [])];
  }

  /**
   * A new current secret; the one it replaces signs beside it for `previousValidHours` (none for 0). A secret
   * replaced earlier whose overlap still ran is dropped: at most two secrets sign at once.
   */
  async rotateSecret(
    em: EntityManager,
    id: string,
    rotation: { secret: string; previousValidHours: number },
  ): Promise<EndpointRow | undefined> {
    const row = await sqlOne<EndpointSqlRow>(
      em,
      `update webhook_endpoint set
         previous_secret = case when ?::int > 0 then secret end,
         previous_secret_expires_at = case when ?::int > 0 then now() + make_interval(hours => ?::int) end,
         secret = ?,
         updated_at = now()
       where id = ? returning ${ENDPOINT_COLUMNS}`,
      [
        rotation.previousValidHours,
        rotation.previousValidHours,
        rotation.previousValidHours,
        rotation.secret,
        id,
      ],
    );
    return row && toEndpoint(row);
  }

  /** Forgets previous secrets whose overlap is over (they already sign nothing). */
  async clearExpiredPreviousSecrets(em: EntityManager): Promise<number> {
    const rows = await sql(
      em,
      `update webhook_endpoint set previous_secret = null, previous_secret_expires_at = null
        where previous_secret_expires_at <= now() returning id`,
    );
    return rows.length;
  }

  async endpointsOfSite(em: EntityManager, siteId: string): Promise<EndpointRow[]> {
    const rows = await sql<EndpointSqlRow>(
      em,
      `select ${ENDPOINT_COLUMNS} from webhook_endpoint where site_id = ? order by created_at, id`,
      [siteId],
    );
    return rows.map(toEndpoint);
  }

  /** Changes the given fields; enabling clears the failure run and the reason it was disabled. */
  async updateEndpoint(
    em: EntityManager,
    id: string,
    change: { url?: string; eventTypes?: string[]; description?: string | null; enabled?: boolean },
  ): Promise<EndpointRow | undefined> {
    const row = await sqlOne<EndpointSqlRow>(
      em,
      `update webhook_endpoint set
         url = coalesce(?, url),
         event_types = coalesce(?::text[], event_types),
         description = case when ? then ? else description end,
         enabled = coalesce(?, enabled),
         disabled_reason = case when ? is null then disabled_reason when ? then null else 'ADMIN' end,
         consecutive_failures = case when ? then 0 else consecutive_failures end,
         updated_at = now()
       where id = ? returning ${ENDPOINT_COLUMNS}`,
      [
        change.url ?? null,
        change.eventTypes ? pgArray(change.eventTypes) : null,
        change.description !== undefined,
        change.description ?? null,
        change.enabled ?? null,
        change.enabled ?? null,
        change.enabled ?? null,
        change.enabled === true,
        id,
      ],
    );
    return row && toEndpoint(row);
  }

  async deleteEndpoint(em: EntityManager, id: string): Promise<boolean> {
    const rows = await sql(em, `delete from webhook_endpoint where id = ? returning id`, [id]);
    return rows.length > 0;
  }

  /** The dispatcher's place in the log, locked; undefined when another instance holds it (it is dispatching). */
  async lockCursor(em: EntityManager): Promise<{ tx: string; position: string } | undefined> {
    return sqlOne<{ tx: string; position: string }>(
      em,
      `select tx::text as tx, position::text as position from webhook_cursor
        where name = 'dispatcher' for update skip locked`,
    );
  }

  /** How far the dispatcher has turned the log into deliveries (read without waiting for its lock). */
  async dispatchedUpTo(em: EntityManager): Promise<{ tx: string; position: string }> {
    const row = await sqlOne<{ tx: string; position: string }>(
      em,
      `select tx::text as tx, position::text as position from webhook_cursor where name = 'dispatcher'`,
    );
    return row ?? { tx: '0', position: '0' };
  }

  /**
   * Turns the next page of settled events after the dispatcher's cursor into deliveries and moves the cursor
   * to the page's last event, in ONE statement; the caller holds the cursor's lock (`lockCursor`) in the same
   * transaction. One delivery per (enabled endpoint of the event's site that wants its type and existed when
   * it was recorded, event); a delivery that exists already is left alone. The payloads stay in the database:
   * under a rush the log grows by thousands of events a second, nearly all of them wanted by no endpoint.
   * Returns how many events the page held.
   */
  async dispatchPage(
    em: EntityManager,
    after: { tx: string; position: string },
    limit: number,
  ): Promise<number> {
    const row = await sqlOne<{ scanned: number }>(
      em,
      `with page as (
         select tx, position, event_id, site_id, type, payload, recorded_at
           from settled_event_view
          where (tx, position) > (?::xid8, ?::bigint)
          order by tx, position
          limit ?
       ), created as (
         insert into webhook_delivery (endpoint_id, event_id, event_type, payload, occurred_at)
         select w.id, p.event_id, p.type, p.payload,
                case when jsonb_typeof(p.payload -> 'at') = 'string' then (p.payload ->> 'at')::timestamptz
                     else p.recorded_at end
           from page p
           -- An endpoint gets the events recorded since it was created, not the history before it.
           join webhook_endpoint w on w.site_id = p.site_id and w.enabled and p.type = any (w.event_types)
                                  and p.recorded_at >= date_trunc('milliseconds', w.created_at)
          order by p.tx, p.position, w.id
         on conflict (endpoint_id, event_id) do nothing
       ), moved as (
         update webhook_cursor c set tx = last.tx, position = last.position
           from (select tx, position from page order by tx desc, position desc limit 1) last
          where c.name = 'dispatcher'
       )
       select count(*)::int as scanned from page`,
      [after.tx, after.position, limit],
    );
    return row?.scanned ?? 0;
  }

  /**
   * Claims due deliveries of enabled endpoints under a lease (SKIP LOCKED: two workers never hold the same
   * one) and counts the attempt. A worker that dies mid-send leaves the lease to expire; the delivery is
   * then sent again with the same webhook-id.
   */
  async claim(em: EntityManager, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const rows = await sql<{
      id: string;
      endpoint_id: string;
      event_id: string;
      event_type: string;
      payload: Record<string, unknown>;
      occurred_at: Date | string;
      attempts: number;
      url: string;
      secret: string;
      previous_secret: string | null;
    }>(
      em,
      `update webhook_delivery d
          set locked_until = now() + make_interval(secs => ?::float8 / 1000), attempts = d.attempts + 1
         from webhook_endpoint w
        where w.id = d.endpoint_id
          and d.id in (
            select d2.id from webhook_delivery d2 join webhook_endpoint w2 on w2.id = d2.endpoint_id
             where d2.status = 'PENDING' and d2.next_attempt_at <= now()
               and (d2.locked_until is null or d2.locked_until < now()) and w2.enabled
             order by d2.next_attempt_at
             limit ?
             for update of d2 skip locked)
       returning d.id, d.endpoint_id, d.event_id, d.event_type, d.payload, d.occurred_at, d.attempts, w.url,
                 w.secret, case when w.previous_secret_expires_at > now() then w.previous_secret end
                 as previous_secret`,
      [leaseMs, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      endpointId: row.endpoint_id,
      eventId: row.event_id,
      eventType: row.event_type,
      payload: row.payload,
      occurredAt: new Date(row.occurred_at),
      attempts: row.attempts,
      url: row.url,
      secrets: [row.secret, ...(row.previous_secret ? [row.previous_secret] : [])],
    }));
  }

  /** The endpoint answered 2xx: delivered, and its run of failures is over. */
  async markDelivered(em: EntityManager, delivery: ClaimedDelivery, statusCode: number): Promise<void> {
    await sql(
      em,
      `with done as (
         update webhook_delivery set status = 'DELIVERED', delivered_at = now(), last_attempt_at = now(),
                last_status_code = ?, last_error = null, locked_until = null
          where id = ? returning endpoint_id)
       update webhook_endpoint set consecutive_failures = 0 where id in (select endpoint_id from done)`,
      [statusCode, delivery.id],
    );
  }

  /**
   * A failed attempt: retried after `retryInMs`, or FAILED when none is left (null). The endpoint's run of
   * failures grows; at `disableAfter` in a row it is disabled until an admin enables it.
   */
  async markFailed(
    em: EntityManager,
    delivery: ClaimedDelivery,
    outcome: { statusCode: number | null; error: string; retryInMs: number | null; disableAfter: number },
  ): Promise<{ disabled: boolean }> {
    const row = await sqlOne<{ disabled: boolean }>(
      em,
      `with failed as (
         update webhook_delivery set
                status = case when ?::float8 is null then 'FAILED' else 'PENDING' end,
                next_attempt_at = now() + make_interval(secs => coalesce(?::float8, 0) / 1000),
                last_attempt_at = now(), last_status_code = ?, last_error = ?, locked_until = null
          where id = ? returning endpoint_id)
       update webhook_endpoint set consecutive_failures = consecutive_failures + 1,
              enabled = enabled and consecutive_failures + 1 < ?,
              disabled_reason = case when enabled and consecutive_failures + 1 >= ? then 'FAILURES'
                                     else disabled_reason end
        where id in (select endpoint_id from failed)
       returning (not enabled and disabled_reason = 'FAILURES') as disabled`,
      [
        outcome.retryInMs,
        outcome.retryInMs,
        outcome.statusCode,
        outcome.error.slice(0, 500),
        delivery.id,
        outcome.disableAfter,
        outcome.disableAfter,
      ],
    );
    return { disabled: row?.disabled ?? false };
  }

  /** A test ping's outcome, kept in the delivery log (never retried). */
  async recordPing(
    em: EntityManager,
    ping: { endpointId: string; eventId: string; payload: Record<string, unknown>; occurredAt: Date },
    outcome: { statusCode: number | null; error: string | null },
  ): Promise<DeliveryRow> {
    const row = await sqlOne<DeliverySqlRow>(
      em,
      `insert into webhook_delivery (endpoint_id, event_id, event_type, payload, occurred_at, status, attempts,
                                     last_attempt_at, last_status_code, last_error, delivered_at)
       values (?, ?, 'webhook.ping', ?::jsonb, ?, ?, 1, now(), ?, ?, case when ? then now() end)
       returning ${DELIVERY_COLUMNS}`,
      [
        ping.endpointId,
        ping.eventId,
        JSON.stringify(ping.payload),
        ping.occurredAt,
        outcome.error ? 'FAILED' : 'DELIVERED',
        outcome.statusCode,
        outcome.error,
        !outcome.error,
      ],
    );
    return toDelivery(row!);
  }

  async delivery(em: EntityManager, id: string): Promise<(DeliveryRow & { siteId: string }) | undefined> {
    const row = await sqlOne<DeliverySqlRow & { site_id: string }>(
      em,
      `select d.id, d.endpoint_id, d.event_id, d.event_type, d.status, d.attempts, d.next_attempt_at,
              d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.created_at,
              d.created_at::text as created_key, w.site_id
         from webhook_delivery d join webhook_endpoint w on w.id = d.endpoint_id
        where d.id = ?`,
      [id],
    );
    return row && { ...toDelivery(row), siteId: row.site_id };
  }

  /** Sends it again from now on, with a fresh set of attempts (same webhook-id: receivers drop duplicates). */
  async redeliver(em: EntityManager, id: string): Promise<DeliveryRow | undefined> {
    const row = await sqlOne<DeliverySqlRow>(
      em,
      `update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), locked_until = null
        where id = ? and event_type <> 'webhook.ping'
        returning ${DELIVERY_COLUMNS}`,
      [id],
    );
    return row && toDelivery(row);
  }

  /**
   * Deletes up to `limit` deliveries that were DELIVERED or FAILED (never PENDING) and last touched before
   * `before`; how many it deleted.
   */
  async deleteFinishedBefore(em: EntityManager, before: Date, limit: number): Promise<number> {
    const rows = await sql(
      em,
      `delete from webhook_delivery where id in (
         select id from webhook_delivery
          where status in ('DELIVERED', 'FAILED')
            and coalesce(delivered_at, last_attempt_at, created_at) < ?
          limit ?)
       returning id`,
      [before, limit],
    );
    return rows.length;
  }

  /** An endpoint's deliveries, newest first, after a (created_at, id) position. */
  async deliveries(
    em: EntityManager,
    endpointId: string,
    args: { limit: number; after: { createdAt: string; id: string } | null; status: DeliveryStatus | null },
  ): Promise<DeliveryRow[]> {
    const rows = await sql<DeliverySqlRow>(
      em,
      `select ${DELIVERY_COLUMNS} from webhook_delivery
        where endpoint_id = ?
          and (?::text is null or status = ?)
          and (?::timestamptz is null or (created_at, id) < (?::timestamptz, ?::uuid))
        order by created_at desc, id desc
        limit ?`,
      [
        endpointId,
        args.status,
        args.status,
        args.after?.createdAt ?? null,
        args.after?.createdAt ?? null,
        args.after?.id ?? null,
        args.limit,
      ],
    );
    return rows.map(toDelivery);
  }
}
