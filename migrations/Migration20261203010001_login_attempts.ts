import { Migration } from '@mikro-orm/migrations';

/**
 * Login throttling counts attempts before the secret is checked, per kind of bucket (a ticket, an admin
 * email, a recipient address per site, an admin address), and each row says what it throttles so an admin
 * can list and clear the locks of their site. Throttle rows live an hour or a day, so the old ones are dropped.
 */
export class Migration20261203010001_login_attempts extends Migration {
  override name = 'Migration20261203010001_login_attempts';

  override up(): void {
    this.addSql(`delete from login_throttle`);
    this.addSql(`alter table login_throttle rename column failures to attempts`);
    this.addSql(`alter table login_throttle rename column last_failure_at to last_attempt_at`);
    this.addSql(
      `alter table login_throttle add column kind text not null
         check (kind in ('TICKET', 'ADMIN_ACCOUNT', 'RECIPIENT_ADDRESS', 'ADMIN_ADDRESS'))`,
    );
    this.addSql(`alter table login_throttle add column site_id uuid`);
    this.addSql(`alter table login_throttle add column subject text not null`);
    // Whether the latest attempt found the key locked (and was refused unchecked): read back by the upsert.
    this.addSql(`alter table login_throttle add column last_refused boolean not null default false`);
    this.addSql(
      `create index login_throttle_locks on login_throttle (site_id, key) where locked_until is not null`,
    );
    this.addSql(`create index login_throttle_last_attempt on login_throttle (last_attempt_at)`);
  }
}
