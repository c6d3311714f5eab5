import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15, server side. A provisional ticket can carry the person's real ticket (number and municipality
 * code from the 18-digit line printed on it), unique per site; a municipal ticket can carry the resident's
 * address number (個別宛名番号) for the national record export. A vaccination record keeps the manufacturer,
 * the time, the venue and desk it was recorded at (the desk remembers its last manufacturer and lot) and the
 * doctor from the venue's list. Lengths the national record layout allows are checked here too.
 */
export class Migration20261203108000_real_tickets_venue_day extends Migration {
  override name = 'Migration20261203108000_real_tickets_venue_day';

  override up(): void {
    this.addSql(`
      alter table ticket
        add column real_number text check (real_number ~ '^[0-9]{10}$'),
        add column real_municipality_code text check (real_municipality_code ~ '^[0-9]{6}$'),
        add column real_linked_at timestamptz,
        add column address_number text check (address_number ~ '^[0-9]{1,15}$'),
        add constraint ticket_real_link_whole check (
          (real_number is null) = (real_municipality_code is null) and (real_number is null) = (real_linked_at is null))`);
    this.addSql(
      `create unique index ticket_real_number_per_site on ticket (site_id, real_municipality_code, real_number)
         where real_number is not null`,
    );
    this.addSql(`alter table import_batch drop constraint import_batch_kind_check`);
    this.addSql(
      `alter table import_batch add constraint import_batch_kind_check
         check (kind in ('VALID_TICKETS', 'BULK_BOOKING', 'ISSUANCE', 'REAL_TICKET_LINKS'))`,
    );
    this.addSql(`
      create table venue_doctor (
        id uuid primary key default gen_random_uuid(),
        venue_id uuid not null references venue (id) on delete cascade,
        name text not null check (length(name) between 1 and 20 and name !~ '^[=+@-]'),
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create unique index venue_doctor_name on venue_doctor (venue_id, name)`);
    this.addSql(`
      alter table vaccination_record
        add column manufacturer text check (length(manufacturer) between 1 and 20),
        add column vaccinated_at timestamptz,
        add column venue_id uuid references venue (id) on delete set null,
        add column desk_id text check (length(desk_id) between 1 and 50),
        add column doctor_id uuid references venue_doctor (id) on delete set null`);
    this.addSql(
      `create index vaccination_record_desk on vaccination_record (venue_id, desk_id, recorded_at desc)
         where desk_id is not null`,
    );
  }

  override down(): void {
    this.addSql(`drop index vaccination_record_desk`);
    this.addSql(`
      alter table vaccination_record drop column doctor_id, drop column desk_id, drop column venue_id,
        drop column vaccinated_at, drop column manufacturer`);
    this.addSql(`drop table venue_doctor`);
    this.addSql(`delete from import_batch where kind = 'REAL_TICKET_LINKS'`);
    this.addSql(`alter table import_batch drop constraint import_batch_kind_check`);
    this.addSql(
      `alter table import_batch add constraint import_batch_kind_check
         check (kind in ('VALID_TICKETS', 'BULK_BOOKING', 'ISSUANCE'))`,
    );
    this.addSql(`drop index ticket_real_number_per_site`);
    this.addSql(`
      alter table ticket drop constraint ticket_real_link_whole, drop column address_number,
        drop column real_linked_at, drop column real_municipality_code, drop column real_number`);
  }
}
