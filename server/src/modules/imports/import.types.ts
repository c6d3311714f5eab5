import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import { BookingErrorCode } from '../reservations/reservation.types.js';
import { ImportRowErrorCode } from './import-file.js';

export const ImportKind = {
  VALID_TICKETS: 'VALID_TICKETS',
  BULK_BOOKING: 'BULK_BOOKING',
  ISSUANCE: 'ISSUANCE',
  REAL_TICKET_LINKS: 'REAL_TICKET_LINKS',
} as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description:
    'VALID_TICKETS 有効接種券登録, BULK_BOOKING 一括予約, ISSUANCE 仮接種券発行, ' +
    'REAL_TICKET_LINKS 本接種券の紐付け (provisional number, 18-digit ticket line)',
});

export const ImportStatus = { PREVIEWED: 'PREVIEWED', COMMITTED: 'COMMITTED' } as const;
export type ImportStatus = (typeof ImportStatus)[keyof typeof ImportStatus];
registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'Whether an import was written' });

registerEnumType(ImportRowErrorCode, {
  name: 'ImportRowErrorCode',
  description: 'Why a row (or the header) of an import file is refused',
  valuesConfig: {
    EMPTY_FILE: { description: 'The file has no header row' },
    MISSING_COLUMN: { description: 'A required column is not in the header' },
    INVALID_VALUE: { description: 'A cell is malformed (digits, date, check digit, email…)' },
    DUPLICATE_IN_FILE: { description: 'The same ticket (and dose) appears on an earlier line' },
    ALREADY_EXISTS: { description: 'The ticket is already registered with other data' },
    UNKNOWN_TICKET: { description: 'The ticket is not registered on this site' },
    UNKNOWN_VENUE: { description: 'No venue of this site has that name' },
    UNKNOWN_SLOT: { description: 'No slot starts at that venue and time (or no such slot id)' },
    AMBIGUOUS: { description: 'The row matches several tickets or slots; add a column to tell them apart' },
    SLOT_FULL: { description: 'The slot has fewer places than the rows booking it: this row overflows' },
    BOOKING_REFUSED: { description: 'A booking rule refuses the row; see bookingCode' },
    TOO_MANY_ROWS: { description: 'The file asks for more than one import may hold' },
  },
});

@ObjectType({ description: 'One problem in an import file' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file (1 is the header), as a text editor counts' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The column, as named in the file’s header' })
  column!: string | null;

  @Field(() => ImportRowErrorCode, { description: 'Machine-readable reason' })
  code!: ImportRowErrorCode;

  @Field(() => String, { description: 'Human-readable reason' })
  message!: string;

  @Field(() => BookingErrorCode, {
    nullable: true,
    description: 'Bulk booking: the booking rule that refused',
  })
  bookingCode?: BookingErrorCode | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The content of the named cell as written in the file ("" when empty); null when the problem names no cell (a header problem, a row cap)',
  })
  value?: string | null;
}

@ObjectType({ description: 'A problem of an import file and its cursor' })
export class ImportRowErrorEdge {
  @Field(() => String, { description: 'Cursor' })
  cursor!: string;

  @Field(() => ImportRowError, { description: 'The problem' })
  node!: ImportRowError;
}

@ObjectType({ description: 'A page of an import’s problems, by line' })
export class ImportRowErrorConnection {
  @Field(() => Int, { description: 'Problems of the whole file (all pages)' })
  totalCount!: number;

  @Field(() => [ImportRowErrorEdge], { description: 'Problems of this page' })
  edges!: ImportRowErrorEdge[];

  @Field(() => PageInfo, { description: 'Paging: pass endCursor to importErrors for the next page' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Checks an uploaded file (POST /uploads) for one kind of import; writes nothing' })
export class PreviewImportInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => ID, { description: 'The uploadId returned by POST /uploads' })
  @IsUUID()
  uploadId!: string;

  @Field(() => ImportKind, { description: 'What the file holds' })
  kind!: ImportKind;
}

@ObjectType({ description: 'An import: what the check of its file found, and whether it was committed' })
export class ImportPreview {
  @Field(() => ID, { description: 'Import id, for commitImport' })
  importId!: string;

  @Field(() => ImportKind, { description: 'Kind' })
  kind!: ImportKind;

  @Field(() => ImportStatus, { description: 'PREVIEWED until committed' })
  status!: ImportStatus;

  @Field(() => String, { description: 'Detected encoding of the file: UTF-8 or CP932' })
  encoding!: string;

  @Field(() => Int, { description: 'Data rows in the file (the header not counted)' })
  rowCount!: number;

  @Field(() => Int, { description: 'Rows a commit would write (tickets to issue, for ISSUANCE)' })
  writableCount!: number;

  @Field(() => Int, { description: 'Rows already in place, which a commit leaves alone' })
  unchangedCount!: number;

  @Field(() => Int, { description: 'Number of problems; a file with any cannot be committed' })
  errorCount!: number;

  @Field(() => [ImportRowError], {
    description: 'Every problem, by line',
    deprecationReason:
      'A large file has up to 200,000 problems in one answer; read errorPage here and the rest with importErrors',
  })
  errors!: ImportRowError[];

  @Field(() => Boolean, {
    description:
      'True when this very file was committed for this site and kind before: committing changes nothing',
  })
  alreadyImported!: boolean;
}

@InputType({ description: 'Writes a previewed import: every row in one transaction, or nothing' })
export class CommitImportInput {
  @Field(() => ID, { description: 'Import id from previewImport' })
  @IsUUID()
  importId!: string;
}

export const CommitImportErrorCode = { INVALID_ROWS: 'INVALID_ROWS' } as const;
export type CommitImportErrorCode = (typeof CommitImportErrorCode)[keyof typeof CommitImportErrorCode];
registerEnumType(CommitImportErrorCode, {
  name: 'CommitImportErrorCode',
  description: 'INVALID_ROWS: the file (checked again at commit) has problems; nothing was written',
});

@ObjectType({ description: 'Why nothing was committed' })
export class CommitImportError {
  @Field(() => CommitImportErrorCode, { description: 'Machine-readable reason' })
  code!: CommitImportErrorCode;

  @Field(() => String, { description: 'Human-readable reason' })
  message!: string;
}

@ObjectType({ description: 'Outcome of commitImport' })
export class CommitImportResult {
  @Field(() => Boolean, { description: 'True when the import is committed (now or before)' })
  ok!: boolean;

  @Field(() => ID, { description: 'Import id' })
  importId!: string;

  @Field(() => Int, { description: 'Rows written by this call (0 when already imported)' })
  createdCount!: number;

  @Field(() => Int, { description: 'Rows that were already in place' })
  unchangedCount!: number;

  @Field(() => Boolean, { description: 'True when the file had been committed before and nothing changed' })
  alreadyImported!: boolean;

  @Field(() => [ImportRowError], { description: 'Problems found at commit; empty when ok' })
  errors!: ImportRowError[];

  @Field(() => CommitImportError, { nullable: true, description: 'Why nothing was written' })
  error?: CommitImportError | null;
}

export const ImportActorKind = { ADMIN_USER: 'ADMIN_USER', API_KEY: 'API_KEY' } as const;
export type ImportActorKind = (typeof ImportActorKind)[keyof typeof ImportActorKind];
registerEnumType(ImportActorKind, {
  name: 'ImportActorKind',
  description: 'ADMIN_USER an admin user logged in; API_KEY an HR system with a site’s API key',
});

@ObjectType({ description: 'Who uploaded or committed an import' })
export class ImportActor {
  @Field(() => ImportActorKind, { description: 'An admin user or an API key' })
  kind!: ImportActorKind;

  @Field(() => ID, { description: 'The admin user’s or the API key’s id' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The admin user’s display name or the API key’s name; null once deleted',
  })
  name!: string | null;
}

@ObjectType({ description: 'An import of a site, for the history list' })
export class ImportSummary {
  @Field(() => ID, { description: 'Import id' })
  id!: string;

  @Field(() => ImportKind, { description: 'Kind' })
  kind!: ImportKind;

  @Field(() => ImportStatus, { description: 'Status' })
  status!: ImportStatus;

  @Field(() => String, { description: 'Uploaded file name' })
  filename!: string;

  @Field(() => Int, { description: 'Data rows' })
  rowCount!: number;

  @Field(() => Int, { description: 'Problems found at preview' })
  errorCount!: number;

  @Field(() => Int, { description: 'Rows written at commit' })
  createdCount!: number;

  @Field(() => DateTime, { description: 'When it was previewed' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was committed' })
  committedAt!: Date | null;

  @Field(() => ImportActor, { description: 'Who uploaded the file and asked for the preview' })
  uploadedBy!: ImportActor;

  @Field(() => ImportActor, { nullable: true, description: 'Who committed it; null while PREVIEWED' })
  committedBy!: ImportActor | null;

  @Field(() => Int, { description: 'Rows already in place at commit, which it left alone' })
  unchangedCount!: number;

  @Field(() => Int, {
    description:
      'Mails the commit queued (booking confirmations of a bulk booking, login information of an issuance); 0 while PREVIEWED',
  })
  mailsQueuedCount!: number;
}

@ObjectType({ description: 'An import and its cursor' })
export class ImportEdge {
  @Field(() => String, { description: 'Cursor' })
  cursor!: string;

  @Field(() => ImportSummary, { description: 'The import' })
  node!: ImportSummary;
}

@ObjectType({ description: 'A page of a site’s imports, newest first' })
export class ImportConnection {
  @Field(() => [ImportEdge], { description: 'Imports' })
  edges!: ImportEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}
