import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: each instance keeps a site's venue list with the vaccines each offers (`venues(siteCode)`, read by
 * every booking page). Whoever changes a venue, a venue's vaccines or a vaccine (API, imports, scripts), the
 * database itself announces it at commit: one NOTIFY per transaction, and every instance forgets the lists.
 */
export class Migration20261208000000_venues_changed_notify extends Migration {
  override name = 'Migration20261208000000_venues_changed_notify';

  override up(): void {
    this.addSql(`create function notify_venues_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('venues_changed', '{"m":{}}');
        return null;
      end $$`);
    for (const table of ['venue', 'venue_vaccine', 'vaccine'])
      this.addSql(`create trigger ${table}_venues_changed
        after insert or update or delete or truncate on ${table}
        for each statement execute function notify_venues_changed()`);
  }
}
