import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventSink } from '../../shared/domain-events.js';
import type { Principal } from '../auth/principal.js';
import { mapHeader, type CsvRecord } from '../../shared/csv.js';
import type { ParsedFile } from './parse-file.js';
import type { Plan } from '../sites/site.service.js';
import type { BookingErrorCode } from '../reservations/reservation.types.js';

export type { ParsedFile } from './parse-file.js';

export const ImportRowErrorCode = {
  EMPTY_FILE: 'EMPTY_FILE',
  MISSING_COLUMN: 'MISSING_COLUMN',
  INVALID_VALUE: 'INVALID_VALUE',
  DUPLICATE_IN_FILE: 'DUPLICATE_IN_FILE',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  UNKNOWN_TICKET: 'UNKNOWN_TICKET',
  UNKNOWN_VENUE: 'UNKNOWN_VENUE',
  UNKNOWN_SLOT: 'UNKNOWN_SLOT',
  AMBIGUOUS: 'AMBIGUOUS',
  SLOT_FULL: 'SLOT_FULL',
  BOOKING_REFUSED: 'BOOKING_REFUSED',
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
} as const;
export type ImportRowErrorCode = (typeof ImportRowErrorCode)[keyof typeof ImportRowErrorCode];

export interface RowError {
  line: number;
  column: string | null;
  code: ImportRowErrorCode;
  message: string;
  bookingCode?: BookingErrorCode | null;
  /** The named cell as written in the file (set by the import service, not by the kinds). */
  value?: string | null;
}

export interface ImportSite {
  id: string;
  code: string;
  plan: Plan;
  timeZone: string;
}

export interface ColumnSpec {
  /** How the column is named in error messages when the file lacks it. */
  label: string;
  aliases: readonly string[];
  required: boolean;
}

/** Finds the columns of a kind in the header row; cells are read trimmed and NFKC-normalised. */
export class Columns<K extends string> {
  readonly index: Partial<Record<K, number>>;
  readonly errors: RowError[] = [];

  constructor(
    private readonly file: ParsedFile,
    private readonly spec: Record<K, ColumnSpec>,
  ) {
    if (!file.header) {
      this.index = {};
      this.errors.push({ line: 1, column: null, code: 'EMPTY_FILE', message: 'The file has no header row' });
      return;
    }
    const aliases = Object.fromEntries(
      Object.entries(spec).map(([key, value]) => [key, (value as ColumnSpec).aliases]),
    ) as Record<K, readonly string[]>;
    const { index, duplicated } = mapHeader(file.header.cells, aliases);
    this.index = index;
    for (const key of duplicated) {
      this.errors.push({
        line: file.header.line,
        column: spec[key].label,
        code: 'INVALID_VALUE',
        message: `The column ${spec[key].label} appears twice in the header`,
      });
    }
    for (const [key, value] of Object.entries(spec) as [K, ColumnSpec][]) {
      if (value.required && index[key] === undefined) {
        this.errors.push({
          line: file.header.line,
          column: value.label,
          code: 'MISSING_COLUMN',
          message: `The header has no ${value.label} column (${value.aliases.join(' / ')})`,
        });
      }
    }
  }

  has(key: K): boolean {
    return this.index[key] !== undefined;
  }

  /** The cell, trimmed and NFKC-normalised (full-width digits become ASCII); '' when empty or absent. */
  get(record: CsvRecord, key: K): string {
    const position = this.index[key];
    if (position === undefined) return '';
    return (record.cells[position] ?? '').normalize('NFKC').trim();
  }

  /** The column's name as written in the file, for error messages. */
  label(key: K): string {
    const position = this.index[key];
    return position === undefined
      ? this.spec[key].label
      : (this.file.header?.cells[position]?.trim() ?? this.spec[key].label);
  }
}

/** What a kind's check of a whole file found; `commit` writes it in the caller's unit of work, recording its events. */
export interface ImportAnalysis {
  rowCount: number;
  errors: RowError[];
  /** Rows that a commit would write. */
  toWrite: number;
  /** Rows already in place (a re-import), which a commit leaves alone. */
  unchanged: number;
  commit(tx: EntityManager, events: EventSink): Promise<CommitOutcome>;
}

export type CommitOutcome =
  | { ok: true; created: number; unchanged: number; resultFile?: Buffer }
  /** Something changed since the check (a place was taken meanwhile): roll back and check again. */
  | { ok: false };

export interface ImportKindHandler {
  /** Rows one file may hold for this kind. */
  readonly maxRows: number;
  analyze(
    em: EntityManager,
    site: ImportSite,
    file: ParsedFile,
    context: { principal: Principal; importId: string | null },
  ): Promise<ImportAnalysis>;
}

/**
 * The items one by one, giving the event loop a turn every `every` items: checking a file of 200,000 rows
 * takes seconds of CPU, and other requests (bookings) must not wait for all of it.
 */
export async function* paced<T>(items: readonly T[], every = 1000): AsyncGenerator<T> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % every === 0) await new Promise((resolve) => setImmediate(resolve));
    yield items[i]!;
  }
}

/**
 * Slices of at most `size` items, for statements over a whole file: each parameter is escaped into the SQL
 * text on the event loop, and one array of 200,000 values held it for about a second.
 */
export function inChunks<T>(items: readonly T[], size = 5000): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
