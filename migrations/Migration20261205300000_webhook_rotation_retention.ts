import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook signing-secret rotation and the event log's retention.
 *
 * - `webhook_endpoint.previous_secret`: the secret a rotation replaced, stored as the current one is; until
 *   `previous_secret_expires_at` every delivery is signed with both, so receivers can switch without a gap.
 * - `event_log_horizon`: per site and event type, the last log position the retention job deleted. A change
 *   feed cursor before it may have missed deleted events and is refused (CURSOR_EXPIRED) instead.
 */
export class Migration20261205300000_webhook_rotation_retention extends Migration {
  override name = 'Migration20261205300000_webhook_rotation_retention';

  override up(): void {
    this.addSql(`alter table webhook_endpoint add column previous_secret text`);
    this.addSql(`alter table webhook_endpoint add column previous_secret_expires_at timestamptz`);
    this.addSql(
      `alter table webhook_endpoint add constraint webhook_endpoint_previous_secret_expires
         check ((previous_secret is null) = (previous_secret_expires_at is null))`,
    );
    this.addSql(`
create table event_log_horizon (
  site_id uuid not null,
  type text not null,
  tx xid8 not null,
  position bigint not null,
  primary key (site_id, type)
)`);
  }

  override down(): void {
    this.addSql(`drop table event_log_horizon`);
    this.addSql(`alter table webhook_endpoint drop constraint webhook_endpoint_previous_secret_expires`);
    this.addSql(`alter table webhook_endpoint drop column previous_secret_expires_at`);
    this.addSql(`alter table webhook_endpoint drop column previous_secret`);
  }
}
