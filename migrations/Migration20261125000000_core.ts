import { Migration } from '@mikro-orm/migrations';

/**
 * The booking core. Capacity and "one active reservation per ticket and dose" are guarded here, in the
 * database, so that no code path (API, bulk import, admin proxy booking) can overbook.
 */
export class Migration20261125000000_core extends Migration {
  override name = 'Migration20261125000000_core';

  override up(): void {
    this.addSql(`create sequence site_code_seq start 1`);
    this.addSql(`
      create table site (
        id uuid primary key default gen_random_uuid(),
        code text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$'),
        name text not null check (length(name) between 1 and 200),
        plan text not null check (plan in ('MUNICIPAL', 'WORKPLACE', 'CLINIC')),
        booking_mode text not null default 'SEPARATE' check (booking_mode in ('SEPARATE', 'SET')),
        cancellation_cutoff_hours integer not null default 24 check (cancellation_cutoff_hours between 0 and 720),
        booking_opens_at timestamptz,
        gender_field text not null default 'HIDDEN' check (gender_field in ('HIDDEN', 'OPTIONAL', 'REQUIRED')),
        phone_field text not null default 'OPTIONAL' check (phone_field in ('HIDDEN', 'OPTIONAL', 'REQUIRED')),
        email_field text not null default 'OPTIONAL' check (email_field in ('HIDDEN', 'OPTIONAL', 'REQUIRED')),
        terms_of_use text not null default '',
        mail_enabled boolean not null default true,
        time_zone text not null default 'Asia/Tokyo',
        created_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table vaccine (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        manufacturer text not null check (length(manufacturer) between 1 and 20),
        doses integer not null check (doses between 1 and 3),
        dose_interval_days integer not null default 0 check (dose_interval_days between 0 and 365),
        interval_window_days integer not null default 0 check (interval_window_days between 0 and 365),
        created_at timestamptz not null default now(),
        unique (site_id, name)
      )`);
    this.addSql(`
      create table venue (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id) on delete cascade,
        name text not null check (length(name) between 1 and 30),
        address text not null default '',
        created_at timestamptz not null default now(),
        unique (site_id, name)
      )`);
    this.addSql(`
      create table venue_vaccine (
        venue_id uuid not null references venue (id) on delete cascade,
        vaccine_id uuid not null references vaccine (id) on delete cascade,
        primary key (venue_id, vaccine_id)
      )`);
    this.addSql(`
      create table slot (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id) on delete cascade,
        venue_id uuid not null references venue (id) on delete cascade,
        vaccine_id uuid not null references vaccine (id),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        capacity integer not null check (capacity between 0 and 100000),
        reserved integer not null default 0,
        status text not null default 'OPEN' check (status in ('OPEN', 'CANCELLED')),
        created_at timestamptz not null default now(),
        constraint slot_time_order check (ends_at > starts_at),
        constraint slot_reserved_within_capacity check (reserved >= 0 and reserved <= capacity),
        unique (venue_id, vaccine_id, starts_at)
      )`);
    this.addSql(`create index slot_venue_vaccine_time on slot (venue_id, vaccine_id, starts_at)`);
    this.addSql(`
      create table ticket (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id) on delete cascade,
        number text not null check (number ~ '^[0-9]{10}$'),
        birth_date date not null,
        municipality_code text check (municipality_code ~ '^[0-9]{6}$'),
        kind text not null check (kind in ('REAL', 'PROVISIONAL', 'SELF_REGISTERED')),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'REVOKED')),
        initial_password_hash text,
        created_at timestamptz not null default now()
      )`);
    // A number is unique within its municipality; tickets without a code share one namespace per site.
    this.addSql(
      `create unique index ticket_number_per_site on ticket (site_id, number, coalesce(municipality_code, ''))`,
    );
    this.addSql(`
      create table recipient (
        ticket_id uuid primary key references ticket (id) on delete cascade,
        family_name_kana text not null,
        given_name_kana text not null,
        gender text check (gender in ('FEMALE', 'MALE', 'OTHER')),
        phone text,
        email text,
        reminder_opt_in boolean not null default false,
        password_hash text not null,
        terms_accepted_at timestamptz not null,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table reservation (
        id uuid primary key default gen_random_uuid(),
        site_id uuid not null references site (id) on delete cascade,
        ticket_id uuid not null references ticket (id) on delete cascade,
        slot_id uuid not null references slot (id),
        dose integer not null check (dose between 1 and 3),
        status text not null default 'BOOKED' check (status in ('BOOKED', 'CANCELLED', 'VACCINATED', 'NO_SHOW')),
        pair_id uuid,
        made_by text not null check (made_by in ('SELF', 'ADMIN', 'BULK', 'API')),
        created_at timestamptz not null default now(),
        cancelled_at timestamptz,
        cancel_reason text
      )`);
    this.addSql(
      `create unique index reservation_one_active_per_dose on reservation (ticket_id, dose) where status in ('BOOKED', 'VACCINATED')`,
    );
    this.addSql(
      `create index reservation_slot on reservation (slot_id) where status in ('BOOKED', 'VACCINATED')`,
    );
    this.addSql(`create index reservation_pair on reservation (pair_id) where pair_id is not null`);
    this.addSql(`create index reservation_ticket on reservation (ticket_id)`);
    this.addSql(`
      create table admin_user (
        id uuid primary key default gen_random_uuid(),
        email text not null unique,
        display_name text not null,
        password_hash text not null,
        role text not null check (role in ('OPERATOR', 'SITE_ADMIN', 'VENUE_STAFF')),
        site_id uuid references site (id) on delete cascade,
        created_at timestamptz not null default now(),
        constraint admin_user_site_scope check ((role = 'OPERATOR') = (site_id is null))
      )`);
    this.addSql(`
      create table session (
        id uuid primary key default gen_random_uuid(),
        token_hash text not null unique,
        kind text not null check (kind in ('ADMIN', 'RECIPIENT')),
        admin_user_id uuid references admin_user (id) on delete cascade,
        ticket_id uuid references ticket (id) on delete cascade,
        site_id uuid references site (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        constraint session_subject check ((kind = 'ADMIN') = (admin_user_id is not null) and (kind = 'RECIPIENT') = (ticket_id is not null))
      )`);
    this.addSql(`
      create table login_throttle (
        key text primary key,
        failures integer not null default 0,
        locked_until timestamptz,
        last_failure_at timestamptz not null default now()
      )`);
  }
}
