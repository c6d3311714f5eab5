import { Migration } from '@mikro-orm/migrations';

/**
 * A booking's conditional UPDATE of one slot as a function. When the places do not fit it raises its own
 * SQLSTATE (VR001) with the slot id in DETAIL: the error aborts the booking's one-message implicit
 * transaction (both doses of a set or neither, every booking of a shared commit or none), and the caller
 * reads the refusal from those two fields, not from a message.
 */
export class Migration20261203030000_raise_slot_places extends Migration {
  override name = 'Migration20261203030000_raise_slot_places';

  override up(): void {
    this.addSql(`
create function raise_slot_places(places int, slot_id uuid) returns int language plpgsql as $$
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

  override down(): void {
    this.addSql(`drop function raise_slot_places(int, uuid)`);
  }
}
