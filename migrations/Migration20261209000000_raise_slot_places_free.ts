import { Migration } from '@mikro-orm/migrations';

/**
 * A refused raise also says how many places the slot had left at that moment (HINT, a whole number; 0 for
 * a closed or past slot). A shared commit of several bookings that does not fit then books the ones that
 * do in one more message instead of trying each on its own (reservation.service.ts, the group commit).
 */
export class Migration20261209000000_raise_slot_places_free extends Migration {
  override name = 'Migration20261209000000_raise_slot_places_free';

  override up(): void {
    this.addSql(`
create or replace function raise_slot_places(places int, slot_id uuid) returns int language plpgsql as $$
declare
  free int;
begin
  update slot set reserved = reserved + places
   where id = slot_id and status = 'OPEN' and reserved + places <= capacity and starts_at > now();
  if not found then
    select case when s.status = 'OPEN' and s.starts_at > now() then greatest(s.capacity - s.reserved, 0) else 0 end
      into free from slot s where s.id = slot_id;
    raise exception 'slot % has no room for % places', slot_id, places
      using errcode = 'VR001', detail = slot_id::text, hint = coalesce(free, 0)::text;
  end if;
  return places;
end $$`);
  }

  override down(): void {
    this.addSql(`
create or replace function raise_slot_places(places int, slot_id uuid) returns int language plpgsql as $$
begin
  update slot set reserved = reserved + places
   where id = slot_id and status = 'OPEN' and reserved + places <= capacity and starts_at > now();
  if not found then
    raise exception 'slot % has no room for % places', slot_id, places
      using errcode = 'VR001', detail = slot_id::text;
  end if;
  return places;
end $$`);
  }
}
