import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import type { Principal } from '../../graphql/principal.js';
import type { DomainEvents } from '../../shared/domain-events.js';
import { isUuid } from '../../shared/ids.js';
import { PgError, pgErrorCode, pgTimestamp, sql, sqlOne } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import type { AuditService } from '../audit/audit.service.js';
import { IssuanceImport } from '../issuance/issuance.import.js';
import type { IssuanceService } from '../issuance/issuance.service.js';
import type { ReservationService } from '../reservations/reservation.service.js';
import type { Plan } from '../sites/site.entity.js';
import { BulkBookingImport } from './bulk-booking.import.js';
import { type CommitOutcome, type ImportKindHandler, type ImportSite, type RowError } from './import-file.js';
import type {
  CommitImportInput,
  CommitImportResult,
  ImportConnection,
  ImportKind,
  ImportPreview,
  ImportStatus,
  PreviewImportInput,
} from './import.types.js';
import { readImportFileOffThread, type ParsedFile } from './parse-file.js';
import { ValidTicketsImport } from './valid-tickets.import.js';

/** How long uploaded content and issued-ticket files are kept (AppConfig). */
export interface ImportRetention {
  uploadRetentionHours: number;
  issuedFileRetentionDays: number;
}

interface BatchRow {
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

/** Rolls the commit transaction back when the data changed since the check; the file is checked again. */
class ChangedMeanwhile extends Error {}

/**
 * One mechanism for every kind of CSV import: upload the bytes (POST /uploads), preview (the whole file is
 * checked and every problem reported, nothing written), commit (checked again and written in one
 * transaction, all or nothing). The same file committed twice for a site and kind changes nothing.
 */
export class ImportService {
  private readonly handlers: Record<ImportKind, ImportKindHandler>;

  constructor(
    reservations: ReservationService,
    issuance: IssuanceService,
    private readonly audit: AuditService,
    private readonly retention: ImportRetention,
    private readonly events: DomainEvents,
  ) {
    this.handlers = {
      VALID_TICKETS: new ValidTicketsImport(),
      BULK_BOOKING: new BulkBookingImport(reservations),
      ISSUANCE: new IssuanceImport(issuance),
    };
  }

  async preview(em: EntityManager, principal: Principal, input: PreviewImportInput): Promise<ImportPreview> {
    const admin = requireSiteAdmin(principal, input.siteId);
    const site = await this.site(em, input.siteId);
    const upload = await sqlOne<{ content: Buffer | null; sha256: string; admin_user_id: string }>(
      em,
      `select content, sha256, admin_user_id from upload where id = ?`,
      [input.uploadId],
    );
    // An upload is its uploader's until imported: another admin cannot even learn that it exists.
    if (!upload || upload.admin_user_id !== admin.adminUserId) throw notFound('Upload');
    const handler = this.handlers[input.kind];
    const file = await this.read(upload.content, handler);
    let errors: RowError[];
    let writable = 0;
    let unchanged = 0;
    const overCap = tooManyRows(file, handler);
    if (overCap) {
      errors = [overCap];
    } else {
      const analysis = await handler.analyze(em, site, file, { principal, importId: null });
      errors = analysis.errors;
      writable = analysis.toWrite;
      unchanged = analysis.unchanged;
    }
    const before = await this.committedBefore(em, site.id, input.kind, upload.sha256);
    const batch = await sqlOne<{ id: string }>(
      em,
      `insert into import_batch (site_id, upload_id, kind, sha256, row_count, error_count, created_by)
       values (?, ?, ?, ?, ?, ?, ?) returning id`,
      [
        site.id,
        input.uploadId,
        input.kind,
        upload.sha256,
        file.records.length,
        errors.length,
        admin.adminUserId,
      ],
    );
    return {
      importId: batch!.id,
      kind: input.kind,
      status: 'PREVIEWED',
      encoding: file.encoding,
      rowCount: file.records.length,
      writableCount: before ? 0 : writable,
      unchangedCount: before ? file.records.length : unchanged,
      errorCount: errors.length,
      errors,
      alreadyImported: before,
    };
  }

  async commit(
    em: EntityManager,
    principal: Principal,
    input: CommitImportInput,
  ): Promise<CommitImportResult> {
    const first = await this.batch(em, input.importId);
    requireSiteAdmin(principal, first.site_id, 'Import');
    const already = (batch: BatchRow): CommitImportResult => ({
      ok: true,
      importId: batch.id,
      createdCount: 0,
      unchangedCount: batch.row_count,
      alreadyImported: true,
      errors: [],
    });
    if (first.status === 'COMMITTED') return already(first);
    const site = await this.site(em, first.site_id);

    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await this.events.transaction(em, async (tx, events) => {
          const batch = (await sqlOne<BatchRow>(tx, `select * from import_batch where id = ? for update`, [
            input.importId,
          ]))!;
          if (
            batch.status === 'COMMITTED' ||
            (await this.committedBefore(tx, site.id, batch.kind, batch.sha256))
          )
            return { already: true as const, batch };
          const upload = await sqlOne<{ content: Buffer | null }>(
            tx,
            `select content from upload where id = ?`,
            [batch.upload_id],
          );
          const handler = this.handlers[batch.kind];
          const file = await this.read(upload!.content, handler);
          const overCap = tooManyRows(file, handler);
          if (overCap) return { already: false as const, errors: [overCap] };
          const analysis = await handler.analyze(tx, site, file, { principal, importId: batch.id });
          if (analysis.errors.length > 0) return { already: false as const, errors: analysis.errors };
          // Claim the file first: a concurrent commit of the same file waits here, then finds it committed.
          await sql(tx, `update import_batch set status = 'COMMITTED', committed_at = now() where id = ?`, [
            batch.id,
          ]);
          const written: CommitOutcome = await analysis.commit(tx, events);
          if (!written.ok) throw new ChangedMeanwhile();
          await sql(
            tx,
            `update import_batch set created_count = ?, unchanged_count = ?, result_file = ?, error_count = 0 where id = ?`,
            [written.created, written.unchanged, written.resultFile ?? null, batch.id],
          );
          // Personal data that stays no longer than it must: the content goes with the commit; the
          // upload keeps its size, hash, record count, uploader and time.
          await sql(
            tx,
            `update upload set content = null, content_deleted_at = now() where id = ? and content is not null`,
            [batch.upload_id],
          );
          await this.audit.record(tx, principal, {
            siteId: site.id,
            action: 'commitImport',
            targetType: 'import',
            targetId: batch.id,
            before: null,
            after: {
              kind: batch.kind,
              rows: file.records.length,
              created: written.created,
              unchanged: written.unchanged,
            },
          });
          events.record({
            type: 'import.committed',
            importId: batch.id,
            siteId: site.id,
            kind: batch.kind,
            created: written.created,
            unchanged: written.unchanged,
            at: new Date().toISOString(),
          });
          return { already: false as const, written, batch };
        });
        if (outcome.already) return already(outcome.batch);
        if ('errors' in outcome) {
          return {
            ok: false,
            importId: input.importId,
            createdCount: 0,
            unchangedCount: 0,
            alreadyImported: false,
            errors: outcome.errors ?? [],
            error: { code: 'INVALID_ROWS', message: 'The file has problems; nothing was written' },
          };
        }
        return {
          ok: true,
          importId: input.importId,
          createdCount: outcome.written.created,
          unchangedCount: outcome.written.unchanged,
          alreadyImported: false,
          errors: [],
        };
      } catch (error) {
        if (pgErrorCode(error) === PgError.UNIQUE_VIOLATION && attempt < 3) continue;
        if (error instanceof ChangedMeanwhile && attempt < 3) continue;
        throw error;
      }
    }
  }

  async list(
    em: EntityManager,
    principal: Principal,
    args: { siteId: string; kind: ImportKind | null; first: number; after: string | null },
  ): Promise<ImportConnection> {
    requireSiteAdmin(principal, args.siteId);
    if (!isUuid(args.siteId)) throw notFound('Site');
    checkPageSize(args.first, 200);
    const [afterAt, afterId] = args.after ? decodeCursor('import', args.after, 2) : [null, null];
    if (afterId !== null && (!isUuid(afterId) || Number.isNaN(Date.parse(afterAt!))))
      throw notFound('Cursor');
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
      [args.siteId, args.kind, args.kind, afterAt, afterAt, afterId, args.first + 1],
    );
    const page = rows.slice(0, args.first).map((row) => ({
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
    const cursor = (node: (typeof page)[number]) =>
      encodeCursor('import', [node.createdAt.toISOString(), node.id]);
    return {
      edges: page.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: {
        hasNextPage: rows.length > args.first,
        endCursor: page.length ? cursor(page[page.length - 1]!) : null,
      },
    };
  }

  /**
   * The scheduled clean-up (upload-cleanup.job.ts): deletes the content of uploads not committed within
   * `uploadRetentionHours`, and issued-ticket files (they hold initial passwords) older than
   * `issuedFileRetentionDays` (0 keeps them). Returns what it deleted.
   */
  async deleteExpiredContent(em: EntityManager): Promise<{ uploads: number; issuedFiles: number }> {
    const uploads = await sql<{ id: string }>(
      em,
      `update upload set content = null, content_deleted_at = now()
        where content is not null and created_at < now() - make_interval(hours => ?)
        returning id`,
      [this.retention.uploadRetentionHours],
    );
    const issuedFiles =
      this.retention.issuedFileRetentionDays > 0
        ? await sql<{ id: string }>(
            em,
            `update import_batch set result_file = null
              where result_file is not null and committed_at < now() - make_interval(days => ?)
              returning id`,
            [this.retention.issuedFileRetentionDays],
          )
        : [];
    return { uploads: uploads.length, issuedFiles: issuedFiles.length };
  }

  private async read(content: Buffer | null, handler: ImportKindHandler): Promise<ParsedFile> {
    if (!content) {
      throw new AppError(
        ErrorCode.NOT_FOUND,
        `The uploaded file's content is deleted once it is imported, or ${this.retention.uploadRetentionHours} hours after the upload; upload the file again`,
      );
    }
    return readImportFileOffThread(content, handler.maxRows);
  }

  private async batch(em: EntityManager, importId: string): Promise<BatchRow> {
    const batch = await sqlOne<BatchRow>(em, `select * from import_batch where id = ?`, [importId]);
    if (!batch) throw notFound('Import');
    return batch;
  }

  private async site(em: EntityManager, siteId: string): Promise<ImportSite> {
    const row = await sqlOne<{ id: string; code: string; plan: Plan; time_zone: string }>(
      em,
      `select id, code, plan, time_zone from site where id = ?`,
      [siteId],
    );
    if (!row) throw notFound('Site');
    return { id: row.id, code: row.code, plan: row.plan, timeZone: row.time_zone };
  }

  private async committedBefore(
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
}

/** The row cap's error, at the first record over it, or null. The file was read only that far. */
function tooManyRows(file: ParsedFile, handler: ImportKindHandler): RowError | null {
  const over = file.records[handler.maxRows];
  if (!over) return null;
  return {
    line: over.line,
    column: null,
    code: 'TOO_MANY_ROWS',
    message: `One file holds at most ${handler.maxRows} rows; split it`,
  };
}
