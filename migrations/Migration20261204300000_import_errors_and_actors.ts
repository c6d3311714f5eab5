import { Migration } from '@mikro-orm/migrations';

/**
 * Imports (issue 15, part 2): a preview's problems stored in slices so they are read a page at a time,
 * and the history's who and outcome (who committed, mails the commit queued).
 */
export class Migration20261204300000_import_errors_and_actors extends Migration {
  override name = 'Migration20261204300000_import_errors_and_actors';

  override up(): void {
    // The problems in slices of 1,000 (gzipped JSON), numbered from 0: 100,000 of them are 100 rows.
    this.addSql(`create table import_error (
      import_id uuid not null references import_batch (id) on delete cascade,
      slice integer not null,
      errors bytea not null,
      primary key (import_id, slice)
    )`);
    this.addSql(`alter table import_batch
      add column committed_by uuid null references admin_user (id) on delete set null,
      add column committed_by_api_key uuid null references api_key (id) on delete set null,
      add column mails_queued integer not null default 0`);
  }
}
