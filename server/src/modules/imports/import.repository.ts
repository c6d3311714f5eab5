import type { EntityManager } from '@mikro-orm/postgresql';
import { pgTimestamp, sql, sqlOne } from '../../shared/sql.js';
import type { ImportKind, ImportStatus } from './import.types.js';

export interface BatchRow {
  id: string;
  site_id: string;
  upload_id: string;
  kind: ImportKind;
  status: ImportStatus;
  sha256: string;
  row_count: number;
  created_count: number;
  unchanged_count: number;
}

export interface ImportListItem {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  filename: string;
  rowCount: number;
  errorCount: number;
  createdCount: number;
  createdAt: Date;
  committedAt: Date | null;
}

/** Uploads and import batches: the bytes an admin sent, and what each preview and commit made of them. */
export class ImportRepository {
  async insertUpload(
    em: EntityManager,
    upload: {
      adminUserId: string;
      filename: string;
      size: number;
      sha256: string;
      rowCount: number;
      content: Buffer;
    },
  ): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      em,
      `insert into upload (admin_user_id, filename, size, sha256, row_count, content) values (?, ?, ?, ?, ?, ?) returning id`,
      [upload.adminUserId, upload.filename, upload.size, upload.sha256, upload.rowCount, upload.content],
    );
    return row!.id;
  }

  findUpload(
    em: EntityManager,
    uploadId: string,
  ): Promise<{ content: Buffer | null; sha256: string; admin_user_id: string } | undefined> {
    return sqlOne<{ content: Buffer | null; sha256: string; admin_user_id: string }>(
      em,
      `select content, sha256, admin_user_id from upload where id = ?`,
      [uploadId],
    );
  }

  uploadContent(em: EntityManager, uploadId: string): Promise<{ content: Buffer | null } | undefined> {
    return sqlOne<{ content: Buffer | null }>(em, `select content from upload where id = ?`, [uploadId]);
  }

  /** Personal data that stays no longer than it must: the upload keeps its size, hash, count, uploader, time. */
  async dropUploadContent(em: EntityManager, uploadId: string): Promise<void> {
    await sql(
      em,
      `update upload set content = null, content_deleted_at = now() where id = ? and content is not null`,
      [uploadId],
    );
  }

  async insertPreview(
    em: EntityManager,
    batch: {
      siteId: string;
      uploadId: string;
      kind: ImportKind;
      sha256: string;
      rowCount: number;
      errorCount: number;
      createdBy: string;
    },
  ): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      em,
      `insert into import_batch (site_id, upload_id, kind, sha256, row_count, error_count, created_by)
       values (?, ?, ?, ?, ?, ?, ?) returning id`,
      [
        batch.siteId,
        batch.uploadId,
        batch.kind,
        batch.sha256,
        batch.rowCount,
        batch.errorCount,
        batch.createdBy,
      ],
    );
    return row!.id;
  }

  findBatch(em: EntityManager, importId: string): Promise<BatchRow | undefined> {
    return sqlOne<BatchRow>(em, `select * from import_batch where id = ?`, [importId]);
  }

  /** Locks the batch until the transaction ends: one commit of a batch at a time. */
  lockBatch(em: EntityManager, importId: string): Promise<BatchRow | undefined> {
    return sqlOne<BatchRow>(em, `select * from import_batch where id = ? for update`, [importId]);
  }

  async markCommitted(em: EntityManager, importId: string): Promise<void> {
    await sql(em, `update import_batch set status = 'COMMITTED', committed_at = now() where id = ?`, [
      importId,
    ]);
  }

  async saveOutcome(
    em: EntityManager,
    importId: string,
    outcome: { created: number; unchanged: number; resultFile: Buffer | null },
  ): Promise<void> {
    await sql(
      em,
      `update import_batch set created_count = ?, unchanged_count = ?, result_file = ?, error_count = 0 where id = ?`,
      [outcome.created, outcome.unchanged, outcome.resultFile, importId],
    );
  }

  async committedBefore(
    em: EntityManager,
    siteId: string,
    kind: ImportKind,
    sha256: string,
  ): Promise<boolean> {
    const row = await sqlOne<{ found: boolean }>(
      em,
      `select exists (select 1 from import_batch where site_id = ? and kind = ? and sha256 = ? and status = 'COMMITTED') as found`,
      [siteId, kind, sha256],
    );
    return row?.found ?? false;
  }

  /** A site's imports, newest first; `first` rows from after the cursor. */
  async page(
    em: EntityManager,
    siteId: string,
    kind: ImportKind | null,
    first: number,
    after: { createdAt: string; id: string } | null,
  ): Promise<ImportListItem[]> {
    const afterAt = after?.createdAt ?? null;
    const afterId = after?.id ?? null;
    const rows = await sql<{
      id: string;
      kind: ImportKind;
      status: ImportStatus;
      filename: string;
      row_count: number;
      error_count: number;
      created_count: number;
      created_at: string;
      committed_at: string | null;
    }>(
      em,
      `select b.id, b.kind, b.status, u.filename, b.row_count, b.error_count, b.created_count, b.created_at, b.committed_at
         from import_batch b join upload u on u.id = b.upload_id
        where b.site_id = ? and (?::text is null or b.kind = ?::text)
          and (?::timestamptz is null or (b.created_at, b.id) < (?::timestamptz, ?::uuid))
        order by b.created_at desc, b.id desc
        limit ?`,
      [siteId, kind, kind, afterAt, afterAt, afterId, first],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      status: row.status,
      filename: row.filename,
      rowCount: row.row_count,
      errorCount: row.error_count,
      createdCount: row.created_count,
      createdAt: pgTimestamp(row.created_at),
      committedAt: row.committed_at ? pgTimestamp(row.committed_at) : null,
    }));
  }

  /** An issuance's stored result file (encrypted), with the uploaded file's name. */
  issuedFile(
    em: EntityManager,
    importId: string,
  ): Promise<{ site_id: string; result_file: Buffer | null; filename: string } | undefined> {
    return sqlOne<{ site_id: string; result_file: Buffer | null; filename: string }>(
      em,
      `select b.site_id, b.result_file, u.filename from import_batch b join upload u on u.id = b.upload_id
        where b.id = ? and b.kind = 'ISSUANCE'`,
      [importId],
    );
  }

  /** Deletes the content of uploads older than `hours`; the ids it emptied. */
  deleteExpiredUploads(em: EntityManager, hours: number): Promise<{ id: string }[]> {
    return sql<{ id: string }>(
      em,
      `update upload set content = null, content_deleted_at = now()
        where content is not null and created_at < now() - make_interval(hours => ?)
        returning id`,
      [hours],
    );
  }

  /** Deletes issued-ticket files committed more than `days` ago; the batches it emptied. */
  deleteExpiredIssuedFiles(em: EntityManager, days: number): Promise<{ id: string }[]> {
    return sql<{ id: string }>(
      em,
      `update import_batch set result_file = null
        where result_file is not null and committed_at < now() - make_interval(days => ?)
        returning id`,
      [days],
    );
  }
}
