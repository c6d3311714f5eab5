import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: each instance caches a venue's month view. Free places change through bookings, whose committed
 * events reach every instance already; what else changes the month (slots added, removed, moved, resized,
 * cancelled; a venue opened, closed or removed; a site's time zone or opening time) is announced here, by
 * the database itself at commit, whoever wrote it (API, admin REST, imports, scripts): one NOTIFY per
 * transaction (identical payloads in one transaction are sent once). Bookings and cancellations only set
 * `slot.reserved`, which fires nothing, so no booking transaction ever notifies (commits stay parallel).
 */
export class Migration20261204600000_availability_structure_notify extends Migration {
  override name = 'Migration20261204600000_availability_structure_notify';

  override up(): void {
    this.addSql(`create function notify_availability_structure() returns trigger language plpgsql as $$
      begin
        perform pg_notify('availability_structure', '{"m":{}}');
        return null;
      end $$`);
    this.addSql(`create trigger slot_availability_structure
      after insert or delete or update of venue_id, vaccine_id, starts_at, ends_at, capacity, status on slot
      for each statement execute function notify_availability_structure()`);
    this.addSql(`create trigger venue_availability_structure
      after insert or delete or update on venue
      for each statement execute function notify_availability_structure()`);
    this.addSql(`create trigger site_availability_structure
      after delete or update of time_zone, booking_opens_at on site
      for each statement execute function notify_availability_structure()`);
  }
}
