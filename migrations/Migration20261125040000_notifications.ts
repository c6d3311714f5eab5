import { Migration } from '@mikro-orm/migrations';

/** The mail outbox: rows are written in the same transaction as the booking, cancellation or issuance. */
export class Migration20261125040000_notifications extends Migration {
  override name = 'Migration20261125040000_notifications';

  override up(): void {
    this.addSql(
      `alter table site add column reminder_time text not null default '18:00' check (reminder_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    );
    this.addSql(
      `alter table recipient add column language text not null default 'JA' check (language in ('JA', 'EN'))`,
    );
    this.addSql(`
      create table mail_outbox (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id) on delete cascade,
        kind text not null check (kind in ('LOGIN_INFO', 'BOOKING_CONFIRMATION', 'CANCELLATION', 'REMINDER')),
        to_address text not null,
        subject text not null,
        body_text text,
        body_html text,
        message_id text not null unique,
        reservation_id uuid references reservation (id) on delete set null,
        dedupe_key text unique,
        status text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'SKIPPED', 'FAILED')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        locked_until timestamptz,
        transport text,
        last_error text,
        created_at timestamptz not null default now(),
        sent_at timestamptz
      )`);
    this.addSql(`create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING'`);
    this.addSql(`create index mail_outbox_site on mail_outbox (site_id, created_at desc)`);
  }
}
