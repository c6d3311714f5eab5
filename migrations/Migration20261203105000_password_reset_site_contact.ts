import { Migration } from '@mikro-orm/migrations';

/**
 * A recipient who forgot their password sets a new one: by a single-use mail link (only its SHA-256 is
 * kept, it expires), by a second fact the site chooses, or through the site's contact, which the booking
 * pages show (phone, hours, mail).
 */
export class Migration20261203105000_password_reset_site_contact extends Migration {
  override name = 'Migration20261203105000_password_reset_site_contact';

  override up(): void {
    this.addSql(`alter table site add column contact_phone text`);
    this.addSql(`alter table site add column contact_hours text`);
    this.addSql(`alter table site add column contact_email text`);
    this.addSql(
      `alter table site add column password_reset_fact text not null default 'PHONE'
         check (password_reset_fact in ('PHONE', 'EMPLOYEE_ID', 'NONE'))`,
    );
    this.addSql(`
      create table password_reset (
        token_hash text primary key,
        ticket_id uuid not null references ticket (id) on delete cascade,
        site_id uuid not null references site (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      )`);
    this.addSql(`create index password_reset_ticket on password_reset (ticket_id, created_at)`);
  }
}
