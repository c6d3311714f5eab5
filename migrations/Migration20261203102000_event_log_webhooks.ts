import { Migration } from '@mikro-orm/migrations';

/**
 * The durable event log (transactional outbox of domain events) and the webhooks that are fed from it.
 * `event_log` rows are written by the transaction that made the change; `tx` is that transaction's id, so a
 * reader can tell which rows can no longer be joined by an older, still running transaction (see
 * `modules/events/event-log.repository.ts`). No foreign keys on the log: an append must not lock the site row.
 */
export class Migration20261203102000_event_log_webhooks extends Migration {
  override name = 'Migration20261203102000_event_log_webhooks';

  override up(): void {
    this.addSql(`
create table event_log (
  position bigserial primary key,
  tx xid8 not null default pg_current_xact_id(),
  event_id uuid not null default gen_random_uuid(),
  site_id uuid not null,
  type text not null,
  ticket_id uuid,
  reservation_id uuid,
  slot_id uuid,
  payload jsonb not null,
  recorded_at timestamptz not null default now()
)`);
    this.addSql(`create index event_log_site_order on event_log (site_id, tx, position)`);
    this.addSql(`create index event_log_order on event_log (tx, position)`);

    this.addSql(`
create table webhook_endpoint (
  id uuid primary key default gen_random_uuid(),
  site_id uuid not null references site (id),
  url text not null,
  event_types text[] not null,
  secret text not null,
  description text,
  enabled boolean not null default true,
  disabled_reason text check (disabled_reason in ('FAILURES', 'ADMIN')),
  consecutive_failures int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
)`);
    this.addSql(`create index webhook_endpoint_site on webhook_endpoint (site_id, created_at)`);

    this.addSql(`
create table webhook_delivery (
  id uuid primary key default gen_random_uuid(),
  endpoint_id uuid not null references webhook_endpoint (id) on delete cascade,
  event_id uuid not null,
  event_type text not null,
  payload jsonb not null,
  occurred_at timestamptz not null,
  status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz,
  last_attempt_at timestamptz,
  last_status_code int,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null default now(),
  unique (endpoint_id, event_id)
)`);
    this.addSql(
      `create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING'`,
    );
    this.addSql(
      `create index webhook_delivery_log on webhook_delivery (endpoint_id, created_at desc, id desc)`,
    );

    // The dispatcher's place in the event log: (tx, position) of the last event it turned into deliveries.
    this.addSql(`
create table webhook_cursor (
  name text primary key,
  tx xid8 not null default '0',
  position bigint not null default 0
)`);
    this.addSql(`insert into webhook_cursor (name) values ('dispatcher')`);
  }

  override down(): void {
    this.addSql(`drop table webhook_cursor`);
    this.addSql(`drop table webhook_delivery`);
    this.addSql(`drop table webhook_endpoint`);
    this.addSql(`drop table event_log`);
  }
}
