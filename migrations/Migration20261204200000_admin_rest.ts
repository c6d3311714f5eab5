import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14, the rest: when an admin last mailed a ticket its login information (one mail per ticket per
 * 10 minutes, claimed by one statement), and the indexes behind the admin lists' server-side filters and
 * the roster's booking filters (figures in bench/README.md, `npm run bench:roster`).
 */
export class Migration20261204200000_admin_rest extends Migration {
  override name = 'Migration20261204200000_admin_rest';

  override up(): void {
    this.addSql(`
      create table login_info_resend (
        ticket_id uuid primary key references ticket (id) on delete cascade,
        sent_at timestamptz not null
      )`);
    // The reservation list in (slot start, id) order: a site's slots by start (slot_site_time), then each
    // slot's reservations of every status by id, so a page stops early instead of sorting the site.
    this.addSql(`create index reservation_slot_order on reservation (slot_id, id)`);
    // The list's rarer filters (made by, dose) within a site, without reading other sites' reservations.
    this.addSql(`create index reservation_site_made_by_dose on reservation (site_id, made_by, dose)`);
    // The roster's COMPLETE / VACCINATED filters: tickets with a final dose booked or given (roster.repository.ts).
    this.addSql(
      `create index reservation_final_dose on reservation (site_id, status, dose, ticket_id)
        where status in ('BOOKED', 'VACCINATED')`,
    );
    // The audit log's filters, newest first within a site.
    this.addSql(`create index audit_log_site_action on audit_log (site_id, action, id desc)`);
    this.addSql(`create index audit_log_site_role on audit_log (site_id, actor_role, id desc)`);
    this.addSql(
      `create index audit_log_site_admin_user on audit_log (site_id, actor_admin_user_id, id desc)
        where actor_admin_user_id is not null`,
    );
    this.addSql(
      `create index audit_log_site_api_key on audit_log (site_id, actor_api_key_id, id desc)
        where actor_api_key_id is not null`,
    );
    this.addSql(`create index audit_log_site_time on audit_log (site_id, created_at)`);
  }

  override down(): void {
    for (const index of [
      'audit_log_site_time',
      'audit_log_site_api_key',
      'audit_log_site_admin_user',
      'audit_log_site_role',
      'audit_log_site_action',
      'reservation_final_dose',
      'reservation_site_made_by_dose',
      'reservation_slot_order',
    ])
      this.addSql(`drop index ${index}`);
    this.addSql(`drop table login_info_resend`);
  }
}
