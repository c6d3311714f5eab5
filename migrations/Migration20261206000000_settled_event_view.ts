import { Migration } from '@mikro-orm/migrations';

/**
 * The events module publishes its log's settled rows (`settled_event_view`): the rows no transaction still
 * running can ever join below, the rule of the reader that never misses (modules/events/event-log.repository.ts).
 * The change feed pages it, and the webhook dispatcher joins it with the endpoints in ONE statement, so a
 * page of events becomes deliveries without its payloads travelling to Node and back (under a rush, thousands
 * of events a second that mostly no endpoint wants).
 */
export class Migration20261206000000_settled_event_view extends Migration {
  override name = 'Migration20261206000000_settled_event_view';

  override up(): void {
    this.addSql(`
create view settled_event_view as
select position, tx, event_id, site_id, type, payload, recorded_at
  from event_log
 where tx < pg_snapshot_xmin(pg_current_snapshot())`);
  }

  override down(): void {
    this.addSql(`drop view settled_event_view`);
  }
}
