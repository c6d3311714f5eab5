import { Migration } from '@mikro-orm/migrations';

/**
 * What each owning module publishes to the others (issue 12, "One owner per table"): a view exposes the
 * columns of ONE owner's table that other modules read, a function is the only way another module writes
 * it. A reader joins several owners' views in its own single statement, so hot paths (a booking's facts,
 * every request's sessions, venue access) stay one round trip; the views are plain projections, which
 * PostgreSQL inlines, so the plan is the one the tables gave. `scripts/check-table-ownership.ts` maps each
 * name to its owner (PUBLISHED_READ_MODELS, PUBLISHED_FUNCTIONS) and checks it exists here.
 *
 * The functions' parameters are named apart from every column: PL/pgSQL refuses an ambiguous name.
 */
export class Migration20261205100000_published_read_models extends Migration {
  override name = 'Migration20261205100000_published_read_models';

  override up(): void {
    // tickets: a ticket's site and status (sessions, booking contexts, confirmations) ...
    this.addSql(`create view ticket_status_view as select id, site_id, status from ticket`);
    // ... and what a recipient login matches and proves (auth).
    this.addSql(`
create view ticket_login_view as
select id, site_id, number, status, municipality_code, birth_date, initial_password_hash, email, external_id
  from ticket`);
    this.addSql(`
create function set_ticket_initial_password_hash(for_ticket uuid, new_hash text) returns void
language sql as $$ update ticket set initial_password_hash = new_hash where id = for_ticket $$`);

    // recipients: whether a ticket registered and where its mail goes ...
    this.addSql(`create view recipient_contact_view as select ticket_id, email from recipient`);
    // ... and a login's password and contact (auth).
    this.addSql(`
create view recipient_login_view as select ticket_id, password_hash, email, phone, language from recipient`);
    this.addSql(`
create function set_recipient_password_hash(for_ticket uuid, new_hash text) returns void
language sql as $$ update recipient set password_hash = new_hash where ticket_id = for_ticket $$`);

    // sites: the settings bookings, venues, venue access and mail follow.
    this.addSql(`
create view site_settings_view as
select id, time_zone, booking_mode, booking_opens_at, mail_enabled from site`);

    // vaccines: a vaccine's name and dose rules.
    this.addSql(`
create view vaccine_rules_view as
select id, name, doses, dose_interval_days, interval_window_days from vaccine`);

    // venues: a venue's site and name.
    this.addSql(`create view venue_site_view as select id, site_id, name from venue`);

    // slots: a slot as bookings read it. Its places are changed only through the functions below
    // (raise_slot_places, migration 20261203030000, is the one-message booking's).
    this.addSql(`
create view slot_booking_view as
select id, site_id, venue_id, vaccine_id, starts_at, ends_at, capacity, reserved, status from slot`);
    this.addSql(`
create function lock_slots(slot_ids uuid[]) returns setof uuid language plpgsql as $$
begin
  -- id order: the order every booking locks slots in, so two bookings cannot deadlock.
  return query select id from slot where id = any(slot_ids) order by id for update;
end $$`);
    this.addSql(`
create function lock_venue_slots(of_venue uuid, from_time timestamptz, to_time timestamptz)
returns setof uuid language plpgsql as $$
begin
  return query select id from slot
   where venue_id = of_venue and starts_at >= from_time and starts_at < to_time order by id for update;
end $$`);
    // A bulk file's places: raises the slots where they fit and returns those; the caller rolls back
    // when one is missing (it names the full ones).
    this.addSql(`
create function raise_slots_with_room(slot_ids uuid[], places int[]) returns setof uuid language plpgsql as $$
begin
  return query
  update slot set reserved = reserved + c.n
    from unnest(slot_ids, places) as c (id, n)
   where slot.id = c.id and slot.status = 'OPEN' and slot.reserved + c.n <= slot.capacity
     and slot.starts_at > now()
  returning slot.id;
end $$`);
    this.addSql(`
create function release_slot_places(places int, slot_id uuid) returns void language plpgsql as $$
begin
  update slot set reserved = reserved - places where id = slot_id;
end $$`);
    this.addSql(`
create function close_open_slots(slot_ids uuid[]) returns setof uuid language plpgsql as $$
begin
  return query update slot set status = 'CANCELLED' where id = any(slot_ids) and status = 'OPEN' returning id;
end $$`);
  }

  override down(): void {
    this.addSql(`drop function close_open_slots(uuid[])`);
    this.addSql(`drop function release_slot_places(int, uuid)`);
    this.addSql(`drop function raise_slots_with_room(uuid[], int[])`);
    this.addSql(`drop function lock_venue_slots(uuid, timestamptz, timestamptz)`);
    this.addSql(`drop function lock_slots(uuid[])`);
    this.addSql(`drop view slot_booking_view`);
    this.addSql(`drop view venue_site_view`);
    this.addSql(`drop view vaccine_rules_view`);
    this.addSql(`drop view site_settings_view`);
    this.addSql(`drop function set_recipient_password_hash(uuid, text)`);
    this.addSql(`drop view recipient_login_view`);
    this.addSql(`drop view recipient_contact_view`);
    this.addSql(`drop function set_ticket_initial_password_hash(uuid, text)`);
    this.addSql(`drop view ticket_login_view`);
    this.addSql(`drop view ticket_status_view`);
  }
}
