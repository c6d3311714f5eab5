import { Migration } from '@mikro-orm/migrations';

/**
 * Roster sync and the roster query (issue 13/14): a ticket's department (free text from an HR system), its
 * external id unique per site when given, and the indexes the roster's pages and searches use
 * (`reports/roster.repository.ts`; figures in bench/README.md, `npm run bench:roster`).
 */
export class Migration20261203101000_roster extends Migration {
  override name = 'Migration20261203101000_roster';

  override up(): void {
    this.addSql(`alter table ticket add column department text check (length(department) <= 200)`);
    // Imports never checked external ids; stop with a clear message rather than guess which ticket keeps one.
    this.addSql(`
do $$
declare duplicate record;
begin
  select site_id, external_id into duplicate from ticket
   where external_id is not null group by site_id, external_id having count(*) > 1 limit 1;
  if found then
    raise exception 'external id % is on several tickets of site %: make them unique before this migration',
      duplicate.external_id, duplicate.site_id;
  end if;
end $$`);
    // Unique per site when given; text_pattern_ops also serves the roster's external id prefix search.
    this.addSql(
      `create unique index ticket_external_id_per_site on ticket (site_id, external_id text_pattern_ops)
        where external_id is not null`,
    );
    // The roster's order and keyset (number, id), and a number prefix as a range of it.
    this.addSql(`create index ticket_roster_order on ticket (site_id, number, id)`);
    // A kana name prefix (family then given name, spaces ignored), as the roster searches it.
    this.addSql(
      `create index recipient_kana_prefix on recipient
        ((replace(family_name_kana || given_name_kana, ' ', '')) text_pattern_ops)`,
    );
    // Revoking a ticket ends its sessions.
    this.addSql(`create index session_ticket on session (ticket_id) where ticket_id is not null`);
  }

  override down(): void {
    this.addSql(`drop index session_ticket`);
    this.addSql(`drop index recipient_kana_prefix`);
    this.addSql(`drop index ticket_roster_order`);
    this.addSql(`drop index ticket_external_id_per_site`);
    this.addSql(`alter table ticket drop column department`);
  }
}
