import { Migration } from '@mikro-orm/migrations';

/**
 * Admin editing of venues and slots (issue 14). A slot may be CLOSED: it takes no new booking (the booking's
 * conditional UPDATE already requires status = 'OPEN'), keeps its bookings and can be reopened, unlike
 * CANCELLED. A venue may be closed as a whole (its slots are CLOSED with it, and slots added while it is
 * closed start CLOSED), and it gets a free-text access note beside its address.
 */
export class Migration20261203104000_admin_venues_slots extends Migration {
  override name = 'Migration20261203104000_admin_venues_slots';

  override up(): void {
    this.addSql(`alter table slot drop constraint slot_status_check`);
    this.addSql(
      `alter table slot add constraint slot_status_check check (status in ('OPEN', 'CLOSED', 'CANCELLED'))`,
    );
    // The campaign chart sums a site's slots by day.
    this.addSql(`create index slot_site_time on slot (site_id, starts_at)`);
    this.addSql(`alter table venue add column closed boolean not null default false`);
    this.addSql(
      `alter table venue add column access_info text not null default '' check (length(access_info) <= 1000)`,
    );
  }

  override down(): void {
    this.addSql(`alter table venue drop column access_info`);
    this.addSql(`drop index slot_site_time`);
    this.addSql(`alter table venue drop column closed`);
    this.addSql(`update slot set status = 'OPEN' where status = 'CLOSED'`);
    this.addSql(`alter table slot drop constraint slot_status_check`);
    this.addSql(`alter table slot add constraint slot_status_check check (status in ('OPEN', 'CANCELLED'))`);
  }
}
