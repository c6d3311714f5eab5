import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: each instance keeps sites' public settings by code (`site(code)`, the first request of every
 * visitor). Whoever changes the site table (API, imports, scripts), the database itself announces it at
 * commit: one NOTIFY per transaction, and every instance forgets the sites it kept.
 */
export class Migration20261207000000_site_changed_notify extends Migration {
  override name = 'Migration20261207000000_site_changed_notify';

  override up(): void {
    this.addSql(`create function notify_site_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('site_changed', '{"m":{}}');
        return null;
      end $$`);
    this.addSql(`create trigger site_changed
      after insert or update or delete or truncate on site
      for each statement execute function notify_site_changed()`);
  }
}
