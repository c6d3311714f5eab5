import { Migration } from '@mikro-orm/migrations';

/**
 * A changed booking (予約変更) is told in a mail of its own kind, naming the old and the new appointment.
 * The check keeps every kind the earlier migrations allowed.
 */
export class Migration20261203106000_booking_change_mail extends Migration {
  override name = 'Migration20261203106000_booking_change_mail';

  override up(): void {
    this.addSql(`alter table mail_outbox drop constraint mail_outbox_kind_check`);
    this.addSql(
      `alter table mail_outbox add constraint mail_outbox_kind_check
         check (kind in ('LOGIN_INFO', 'BOOKING_CONFIRMATION', 'CANCELLATION', 'REMINDER', 'BOOKING_CHANGE'))`,
    );
  }

  override down(): void {
    this.addSql(`alter table mail_outbox drop constraint mail_outbox_kind_check`);
    this.addSql(
      `alter table mail_outbox add constraint mail_outbox_kind_check
         check (kind in ('LOGIN_INFO', 'BOOKING_CONFIRMATION', 'CANCELLATION', 'REMINDER'))`,
    );
  }
}
