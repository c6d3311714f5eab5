import { Migration } from '@mikro-orm/migrations';

/**
 * A booking confirmation can be queued by plain SQL inside the booking's one-message write: the row names
 * its reservations and the worker writes subject and body just before delivery.
 */
export class Migration20261125070000_outbox_render_at_delivery extends Migration {
  override name = 'Migration20261125070000_outbox_render_at_delivery';

  override up(): void {
    this.addSql(`alter table mail_outbox alter column subject drop not null`);
    this.addSql(`alter table mail_outbox add column render jsonb`);
    this.addSql(
      `alter table mail_outbox add constraint mail_outbox_subject_or_render check (subject is not null or render is not null)`,
    );
  }
}
