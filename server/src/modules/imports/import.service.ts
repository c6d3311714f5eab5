import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPageSize, connectionOf, decodeCursor } from '../../shared/cursor.js';
import type { DomainEvents } from '../../shared/domain-events.js';
import { NotFound, notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { isUuid } from '../../shared/ids.js';
import { PgError, pgErrorCode } from '../../shared/sql.js';
import { requireSiteAdmin } from '../auth/access.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import type { AuditService } from '../audit/audit.service.js';
import { IssuanceImport } from '../issuance/issuance.import.js';
import type { IssuanceService } from '../issuance/issuance.service.js';
import type { ReservationService } from '../reservations/reservation.service.js';
import { importSiteOf } from '../sites/site.service.js';
import { BulkBookingImport } from './bulk-booking.import.js';
import { type CommitOutcome, type ImportKindHandler, type ImportSite, type RowError } from './import-file.js';
import {
  ImportRepository,
  type BatchRow,
  type ImportListItem,
  type StoredRowError,
} from './import.repository.js';
import type {
  CommitImportInput,
  CommitImportResult,
  ImportActor,
  ImportConnection,
  ImportKind,
  ImportPreview,
  ImportRowErrorConnection,
  ImportSummary,
  PreviewImportInput,
} from './import.types.js';
import { readImportFileOffThread, type ParsedFile } from './parse-file.js';
import { ValidTicketsImport } from './valid-tickets.import.js';
import { RealTicketLinksImport } from './real-ticket-links.import.js';

/** How long uploaded content and issued-ticket files are kept (AppConfig). */
export interface ImportRetention {
  uploadRetentionHours: number;
  issuedFileRetentionDays: number;
}

/** The mails a commit queued: asked of the notifications module inside the commit's transaction. */
export interface QueuedMails {
  queuedInThisTransaction(tx: EntityManager, siteId: string): Promise<number>;
}

/** A preview as previewImport answers it: the problems stay in memory for its first page (errorPage). */
export type PreviewWithErrors = ImportPreview & { errors: RowError[] };

/** Problems on one page of importErrors, at most. */
export const MAX_ERROR_PAGE = 500;

/** Rolls the commit transaction back when the data changed since the check; the file is checked again. */
class ChangedMeanwhile extends Error {}

/**
 * One mechanism for every kind of CSV import: upload the bytes (POST /uploads), preview (the whole file is
 * checked and every problem reported, nothing written), commit (checked again and written in one
 * transaction, all or nothing). The same file committed twice for a site and kind changes nothing.
 */
export class ImportService {
  private readonly handlers: Record<ImportKind, ImportKindHandler>;
  readonly repository = new ImportRepository();
  private readonly reports = new ReportsRepository();

  constructor(
    reservations: ReservationService,
    issuance: IssuanceService,
    private readonly audit: AuditService,
    private readonly retention: ImportRetention,
    private readonly events: DomainEvents,
    private readonly mails: QueuedMails,
  ) {
    this.handlers = {
      VALID_TICKETS: new ValidTicketsImport(),
      BULK_BOOKING: new BulkBookingImport(reservations),
      ISSUANCE: new IssuanceImport(issuance),
      REAL_TICKET_LINKS: new RealTicketLinksImport(),
    };
  }

  /** Keeps an uploaded file's bytes until its import is committed (or the cleanup job drops them). */
  storeUpload(em: EntityManager, upload: Parameters<ImportRepository['insertUpload']>[1]): Promise<string> {
    return this.repository.insertUpload(em, upload);
  }

  /**
   * Checks the file and stores its problems by position, in one transaction with the import; answers the
   * counts, and the problems in memory for the first page (the rest are read with `errors`).
   */
  async preview(
    em: EntityManager,
    principal: Principal,
    input: PreviewImportInput,
  ): Promise<PreviewWithErrors> {
    const admin = requireSiteAdmin(principal, input.siteId);
    const site = await this.site(em, input.siteId);
    const upload = await this.repository.findUpload(em, input.uploadId);
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
    errors = withCellValues(errors, file);
    const before = await this.repository.committedBefore(em, site.id, input.kind, upload.sha256);
    const importId = await em.transactional(async (tx) => {
      const id = await this.repository.insertPreview(tx, {
        siteId: site.id,
        uploadId: input.uploadId,
        kind: input.kind,
        sha256: upload.sha256,
        rowCount: file.records.length,
        errorCount: errors.length,
        createdBy: admin.adminUserId,
      });
      await this.repository.insertErrors(tx, id, errors);
      return id;
    });
    return {
      importId,
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

  /** The first `first` problems of a preview just made, as the connection `errors` continues. */
  firstErrors(preview: PreviewWithErrors, first: number): ImportRowErrorConnection {
    checkPageSize(first, MAX_ERROR_PAGE);
    const rows = preview.errors.slice(0, first + 1).map((error, position) => ({ ...error, position }));
    return {
      totalCount: preview.errors.length,
      ...connectionOf(rows, first, 'importError', (node) => [preview.importId, String(node.position)]),
    };
  }

  /**
   * A page of an import's problems, by line. Only the admin who previewed it reads them (they quote the
   * file's cells); they are kept as long as the upload's content, and a commit leaves none.
   */
  async errors(
    em: EntityManager,
    principal: Principal,
    args: { importId: string; first: number; after: string | null },
  ): Promise<ImportRowErrorConnection> {
    checkPageSize(args.first, MAX_ERROR_PAGE);
    if (!isUuid(args.importId)) throw notFound('Import');
    const batch = await this.batch(em, args.importId);
    const admin = requireSiteAdmin(principal, batch.site_id, 'Import');
    if (batch.created_by !== admin.adminUserId) throw notFound('Import');
    let after = -1;
    if (args.after) {
      const [importId, position] = decodeCursor('importError', args.after, 2);
      if (importId !== args.importId || !/^[0-9]{1,9}$/.test(position!)) throw notFound('Cursor');
      after = Number(position);
    }
    const rows: StoredRowError[] = await this.repository.errorPage(em, args.importId, after, args.first + 1);
    return {
      // A commit leaves no problems; the clean-up deletes them with the file's content.
      totalCount: rows.length === 0 && after < 0 ? 0 : batch.error_count,
      ...connectionOf(rows, args.first, 'importError', (node) => [args.importId, String(node.position)]),
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
          const batch = (await this.repository.lockBatch(tx, input.importId))!;
          if (
            batch.status === 'COMMITTED' ||
            (await this.repository.committedBefore(tx, site.id, batch.kind, batch.sha256))
          )
            return { already: true as const, batch };
          const upload = await this.repository.uploadContent(tx, batch.upload_id);
          const handler = this.handlers[batch.kind];
          const file = await this.read(upload!.content, handler);
          const overCap = tooManyRows(file, handler);
          if (overCap) return { already: false as const, errors: [overCap] };
          const analysis = await handler.analyze(tx, site, file, { principal, importId: batch.id });
          if (analysis.errors.length > 0) return { already: false as const, errors: analysis.errors };
          // Claim the file first: a concurrent commit of the same file waits here, then finds it committed.
          await this.repository.markCommitted(tx, batch.id, {
            adminUserId: principal.kind === 'admin' ? principal.adminUserId : null,
            apiKeyId: principal.kind === 'apiKey' ? principal.apiKeyId : null,
          });
          const written: CommitOutcome = await analysis.commit(tx, events);
          if (!written.ok) throw new ChangedMeanwhile();
          const mailsQueued = await this.mails.queuedInThisTransaction(tx, site.id);
          await this.repository.saveOutcome(tx, batch.id, {
            created: written.created,
            unchanged: written.unchanged,
            resultFile: written.resultFile ?? null,
            mailsQueued,
          });
          // The content goes with the commit (personal data kept no longer than it must).
          await this.repository.dropUploadContent(tx, batch.upload_id);
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
              mailsQueued,
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
    const rows = await this.repository.page(
      em,
      args.siteId,
      args.kind,
      args.first + 1,
      afterId === null ? null : { createdAt: afterAt!, id: afterId },
    );
    const page = connectionOf(rows, args.first, 'import', (node) => [node.createdAt.toISOString(), node.id]);
    const names = await this.reports.actorNames(em, {
      adminUserIds: [
        ...new Set(page.edges.flatMap((e) => [e.node.uploadedBy, e.node.committedBy ?? []].flat())),
      ],
      apiKeyIds: [...new Set(page.edges.flatMap((e) => e.node.committedByApiKey ?? []))],
    });
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: summaryOf(edge.node, names) })),
    };
  }

  /**
   * The scheduled clean-up (upload-cleanup.job.ts): deletes the content of uploads not committed within
   * `uploadRetentionHours`, and issued-ticket files (they hold initial passwords) older than
   * `issuedFileRetentionDays` (0 keeps them). Returns what it deleted.
   */
  async deleteExpiredContent(em: EntityManager): Promise<{ uploads: number; issuedFiles: number }> {
    const uploads = await this.repository.deleteExpiredUploads(em, this.retention.uploadRetentionHours);
    const issuedFiles =
      this.retention.issuedFileRetentionDays > 0
        ? await this.repository.deleteExpiredIssuedFiles(em, this.retention.issuedFileRetentionDays)
        : [];
    return { uploads: uploads.length, issuedFiles: issuedFiles.length };
  }

  private async read(content: Buffer | null, handler: ImportKindHandler): Promise<ParsedFile> {
    if (!content) {
      throw new NotFound(
        `The uploaded file's content is deleted once it is imported, or ${this.retention.uploadRetentionHours} hours after the upload; upload the file again`,
      );
    }
    return readImportFileOffThread(content, handler.maxRows);
  }

  private async batch(em: EntityManager, importId: string): Promise<BatchRow> {
    const batch = await this.repository.findBatch(em, importId);
    if (!batch) throw notFound('Import');
    return batch;
  }

  private async site(em: EntityManager, siteId: string): Promise<ImportSite> {
    const row = await importSiteOf(em, siteId);
    if (!row) throw notFound('Site');
    return row;
  }
}

function summaryOf(item: ImportListItem, names: Map<string, string>): ImportSummary {
  const admin = (id: string): ImportActor => ({ kind: 'ADMIN_USER', id, name: names.get(id) ?? null });
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    filename: item.filename,
    rowCount: item.rowCount,
    errorCount: item.errorCount,
    createdCount: item.createdCount,
    unchangedCount: item.unchangedCount,
    createdAt: item.createdAt,
    committedAt: item.committedAt,
    uploadedBy: admin(item.uploadedBy),
    committedBy: item.committedBy
      ? admin(item.committedBy)
      : item.committedByApiKey
        ? { kind: 'API_KEY', id: item.committedByApiKey, name: names.get(item.committedByApiKey) ?? null }
        : null,
    mailsQueuedCount: item.mailsQueued,
  };
}

/**
 * The problems with the content of the cell each names, as written in the file: the screen shows what is
 * wrong without reading the file again. Header problems and the row cap name no cell.
 */
function withCellValues(errors: RowError[], file: ParsedFile): RowError[] {
  const header = file.header?.cells.map((cell) => cell.replace(/^\uFEFF/, '').trim()) ?? [];
  const records = file.records;
  for (const error of errors) {
    const index = error.column === null ? -1 : header.indexOf(error.column);
    // Records are in line order: a binary search, not a map of 100,000 lines.
    let low = 0;
    let high = records.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (records[middle]!.line < error.line) low = middle + 1;
      else high = middle;
    }
    const record = records[low]?.line === error.line ? records[low] : undefined;
    error.value = record && index >= 0 ? (record.cells[index] ?? '') : null;
  }
  return errors;
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
