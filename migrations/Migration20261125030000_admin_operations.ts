import { Migration } from '@mikro-orm/migrations';

/**
 * Admin operations: venue scoping of venue staff, uploads and imports (valid tickets, bulk booking,
 * issuance), check-in and vaccination records, and the audit log of every admin write.
 */
export class Migration20261125030000_admin_operations extends Migration {
  override name = 'Migration20261125030000_admin_operations';

  override up(): void {
    this.addSql(`
      create table admin_user_venue (
        admin_user_id uuid not null references admin_user (id) on delete cascade,
        venue_id uuid not null references venue (id) on delete cascade,
        primary key (admin_user_id, venue_id)
      )`);
    // Rosters carry an employee id and an email; both optional, both only for the site's own use.
    this.addSql(`alter table ticket add column external_id text check (length(external_id) <= 100)`);
    this.addSql(`alter table ticket add column email text check (length(email) <= 254)`);
    this.addSql(`alter table reservation add column checked_in_at timestamptz`);
    this.addSql(`
      create table upload (
        id uuid primary key default gen_random_uuid(),
        admin_user_id uuid not null references admin_user (id) on delete cascade,
        filename text not null default '' check (length(filename) <= 255),
        size integer not null,
        sha256 text not null,
        content bytea not null,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table import_batch (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id) on delete cascade,
        upload_id uuid not null references upload (id) on delete cascade,
        kind text not null check (kind in ('VALID_TICKETS', 'BULK_BOOKING', 'ISSUANCE')),
        status text not null default 'PREVIEWED' check (status in ('PREVIEWED', 'COMMITTED')),
        sha256 text not null,
        row_count integer not null,
        error_count integer not null,
        created_count integer not null default 0,
        unchanged_count integer not null default 0,
        created_by uuid references admin_user (id) on delete set null,
        created_at timestamptz not null default now(),
        committed_at timestamptz,
        -- Issuance: the uploaded CSV with numbers and initial passwords appended, AES-256-GCM encrypted.
        result_file bytea
      )`);
    // The same file committed twice for the same site and kind changes nothing the second time.
    this.addSql(
      `create unique index import_batch_committed_once on import_batch (site_id, kind, sha256) where status = 'COMMITTED'`,
    );
    this.addSql(`create index import_batch_site on import_batch (site_id, created_at desc)`);
    this.addSql(`
      create table vaccination_record (
        reservation_id uuid primary key references reservation (id) on delete cascade,
        site_id uuid not null references site (id) on delete cascade,
        ticket_id uuid not null references ticket (id) on delete cascade,
        dose integer not null check (dose between 1 and 3),
        vaccinated_on date not null,
        lot_number text not null check (length(lot_number) between 1 and 20),
        doctor_name text not null check (length(doctor_name) between 1 and 20),
        recorded_by uuid references admin_user (id) on delete set null,
        recorded_at timestamptz not null default now()
      )`);
    this.addSql(`create index vaccination_record_site on vaccination_record (site_id, vaccinated_on)`);
    this.addSql(`
      create table audit_log (
        id bigint generated always as identity primary key,
        site_id uuid references site (id) on delete cascade,
        actor_admin_user_id uuid references admin_user (id) on delete set null,
        actor_role text not null,
        action text not null,
        target_type text,
        target_id text,
        before jsonb,
        after jsonb,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create index audit_log_site on audit_log (site_id, id desc)`);
  }
}
