import { Migration } from '@mikro-orm/migrations';

/**
 * A client may send a booking with an idempotency key (a retry after a timeout). The key and the answer
 * are stored in the booking's own transaction, so a retry — even one running at the same time — finds the
 * first answer instead of booking again.
 */
export class Migration20261125060000_booking_idempotency extends Migration {
  override name = 'Migration20261125060000_booking_idempotency';

  override up(): void {
    this.addSql(`
      create table booking_idempotency (
        ticket_id uuid not null references ticket (id) on delete cascade,
        idempotency_key text not null check (length(idempotency_key) between 1 and 100),
        request jsonb not null,
        result jsonb,
        created_at timestamptz not null default now(),
        primary key (ticket_id, idempotency_key)
      )`);
  }
}
