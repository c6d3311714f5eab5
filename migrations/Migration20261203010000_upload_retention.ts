import { Migration } from '@mikro-orm/migrations';

/**
 * Uploaded files are personal data (names, birth dates, addresses): their content is deleted once an
 * import of them is committed, or by the clean-up job when none is within `UPLOAD_RETENTION_HOURS`. The
 * row stays with its size, hash, record count, uploader and time.
 */
export class Migration20261203010000_upload_retention extends Migration {
  override name = 'Migration20261203010000_upload_retention';

  override up(): void {
    this.addSql(`alter table upload alter column content drop not null`);
    this.addSql(`alter table upload add column row_count integer`);
    this.addSql(`alter table upload add column content_deleted_at timestamptz`);
    this.addSql(
      `alter table upload add constraint upload_content_or_deleted check ((content is null) = (content_deleted_at is not null))`,
    );
    // What landed before this migration: content of committed imports goes now.
    this.addSql(
      `update upload set content = null, content_deleted_at = now()
        where id in (select upload_id from import_batch where status = 'COMMITTED')`,
    );
    // The clean-up job looks only at uploads that still hold content.
    this.addSql(`create index upload_content_kept on upload (created_at) where content is not null`);
  }
}
