import type { EntityManager } from '@mikro-orm/postgresql';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { pgTimestamp, sql, sqlOne } from '../../shared/sql.js';
import type { RowError } from './import-file.js';
import type { ImportKind, ImportStatus } from './import.types.js';

export interface BatchRow {
  id: string;
  site_id: string;
  upload_id: string;
  kind: ImportKind;
  status: ImportStatus;
  sha256: string;
  row_count: number;
  error_count: number;
  created_count: number;
  unchanged_count: number;
  created_by: string | null;
}

/** A stored problem of a preview, with its place in the preview's list (0 first). */
export interface StoredRowError extends RowError {
  position: number;
}

export interface ImportListItem {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  filename: string;
  rowCount: number;
  errorCount: number;
  createdCount: number;
  unchangedCount: number;
  createdAt: Date;
  committedAt: Date | null;
  uploadedBy: string;
  committedBy: string | null;
  committedByApiKey: string | null;
  mailsQueued: number;
}

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** Problems per stored slice; a page of importErrors (at most 500) reads one or two. */
const ERRORS_PER_SLICE = 1000;

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

  async markCommitted(
    em: EntityManager,
    importId: string,
    by: { adminUserId: string | null; apiKeyId: string | null },
  ): Promise<void> {
    await sql(
      em,
      `update import_batch set status = 'COMMITTED', committed_at = now(), committed_by = ?, committed_by_api_key = ?
        where id = ?`,
      [by.adminUserId, by.apiKeyId, importId],
    );
  }

  async saveOutcome(
    em: EntityManager,
    importId: string,
    outcome: { created: number; unchanged: number; resultFile: Buffer | null; mailsQueued: number },
  ): Promise<void> {
    await sql(
      em,
      `update import_batch set created_count = ?, unchanged_count = ?, result_file = ?, mails_queued = ?, error_count = 0
        where id = ?`,
      [outcome.created, outcome.unchanged, outcome.resultFile, outcome.mailsQueued, importId],
    );
    await sql(em, `delete from import_error where import_id = ?`, [importId]);
  }

  /**
   * A preview's problems in list order, as gzipped JSON slices of ERRORS_PER_SLICE: 100,000 rows one by
   * one took 3.6–7.3 s to insert (each value escaped into the SQL text), 100 slices 0.26 s (bench/README.md).
   */
  async insertErrors(em: EntityManager, importId: string, errors: readonly RowError[]): Promise<void> {
    const texts: string[] = [];
    for (let from = 0; from < errors.length; from += ERRORS_PER_SLICE)
      texts.push(JSON.stringify(errors.slice(from, from + ERRORS_PER_SLICE)));
    // Compressed on libuv's thread pool, several at once; the event loop only hands them over.
    const slices = await Promise.all(texts.map((text) => gzipped(text, { level: 1 })));
    for (let from = 0; from < slices.length; from += 50) {
      const batch = slices.slice(from, from + 50);
      await sql(
        em,
        `insert into import_error (import_id, slice, errors) values ${batch.map(() => '(?, ?, ?)').join(', ')}`,
        batch.flatMap((bytes, i) => [importId, from + i, bytes]),
      );
    }
  }

  /** `first` stored problems of an import after position `after` (-1: from the start). */
  async errorPage(
    em: EntityManager,
    importId: string,
    after: number,
    first: number,
  ): Promise<StoredRowError[]> {
    const from = after + 1;
    const rows = await sql<{ slice: number; errors: Buffer }>(
      em,
      `select slice, errors from import_error where import_id = ? and slice between ? and ? order by slice`,
      [importId, Math.floor(from / ERRORS_PER_SLICE), Math.floor((from + first - 1) / ERRORS_PER_SLICE)],
    );
    const page: StoredRowError[] = [];
    for (const row of rows) {
      const errors = JSON.parse((await gunzipped(row.errors)).toString('utf8')) as RowError[];
      errors.forEach((error, i) => {
        const position = row.slice * ERRORS_PER_SLICE + i;
        if (position >= from && position < from + first) page.push({ ...error, position });
      });
    }
    return page;
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
      unchanged_count: number;
      created_at: string;
      committed_at: string | null;
      uploaded_by: string;
      committed_by: string | null;
      committed_by_api_key: string | null;
      mails_queued: number;
    }>(
      em,
      `select b.id, b.kind, b.status, u.filename, b.row_count, b.error_count, b.created_count, b.unchanged_count, b.created_at, b.committed_at,
              u.admin_user_id as uploaded_by, b.committed_by, b.committed_by_api_key, b.mails_queued
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
      unchangedCount: row.unchanged_count,
      createdAt: pgTimestamp(row.created_at),
      committedAt: row.committed_at ? pgTimestamp(row.committed_at) : null,
      uploadedBy: row.uploaded_by,
      committedBy: row.committed_by,
      committedByApiKey: row.committed_by_api_key,
      mailsQueued: row.mails_queued,
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
  async deleteExpiredUploads(em: EntityManager, hours: number): Promise<{ id: string }[]> {
    // A preview's problems quote the file's cells: they go with its content.
    await sql(
      em,
      `delete from import_error where import_id in (
         select b.id from import_batch b join upload u on u.id = b.upload_id
          where u.content is not null and u.created_at < now() - make_interval(hours => ?))`,
      [hours],
    );
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
