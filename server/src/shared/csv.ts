import iconv from 'iconv-lite';

/**
 * CSV as Japanese offices make it: Excel writes Shift_JIS (CP932) by default, or UTF-8 with a BOM.
 * Imports detect the encoding; exports open in Excel (UTF-8 with BOM, CRLF) and are safe against
 * formula injection.
 */

export type CsvSourceEncoding = 'UTF-8' | 'CP932';
export type CsvExportEncoding = 'UTF8_BOM' | 'CP932';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise CP932 (Shift_JIS as Windows writes it). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvSourceEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 3).equals(UTF8_BOM)) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  }
  try {
    return { text: strictUtf8.decode(buffer), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(buffer, 'cp932'), encoding: 'CP932' };
  }
}

export interface CsvRecord {
  /** 1-based line number in the file where the record starts, as Excel and editors count. */
  line: number;
  cells: string[];
}

// Kept over csv-parse: bench/README.md "Plumbing" (csv-parse tokenises at 0.08–0.17× the rows/s, and refuses Excel's stray quotes).
/**
 * RFC 4180 with CRLF or LF line ends; quoted cells may hold commas, quotes ("") and line breaks.
 * Stops once `maxRecords` records are read, so an oversized file costs no more than the cap.
 */
export function parseCsv(text: string, maxRecords = Infinity): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let position = 0;
  let line = 1;
  while (position < length && records.length < maxRecords) {
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(position) === 34 /* " */) {
        let value = '';
        position++;
        for (;;) {
          const quote = text.indexOf('"', position);
          if (quote === -1) {
            value += text.slice(position);
            position = length;
            break;
          }
          value += text.slice(position, quote);
          position = quote + 1;
          if (text.charCodeAt(position) === 34) {
            value += '"';
            position++;
            continue;
          }
          break;
        }
        for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 10) line++;
        // Anything between the closing quote and the next separator is kept, as Excel does.
        let end = position;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10 || c === 13) break;
          end++;
        }
        cell = value + text.slice(position, end);
        position = end;
      } else {
        let end = position;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10 || c === 13) break;
          end++;
        }
        cell = text.slice(position, end);
        position = end;
      }
      cells.push(cell);
      const c = text.charCodeAt(position);
      if (c === 44) {
        position++;
        continue;
      }
      if (c === 13) position++;
      if (text.charCodeAt(position) === 10) position++;
      line++;
      break;
    }
    // Excel leaves lines of only commas after a deleted block; they are not records.
    if (!(cells.length === 1 && cells[0] === '') && !cells.every((cell) => cell.trim() === '')) {
      records.push({ line: startLine, cells });
    }
  }
  return records;
}

/**
 * Counts the records of a CSV file from its bytes as they arrive, with the same quoting rules as
 * `parseCsv` (blank lines and lines of only commas are not records). Works on UTF-8 and CP932 alike:
 * the second byte of a CP932 character is never a quote, comma, CR or LF.
 */
export class CsvRecordCounter {
  records = 0;
  private inQuotes = false;
  private justClosedQuote = false;
  private atCellStart = true;
  private hasContent = false;
  private afterCr = false;

  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.inQuotes) {
        if (b === 0x22) {
          this.inQuotes = false;
          this.justClosedQuote = true;
        } else if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) this.hasContent = true;
        continue;
      }
      if (b === 0x22 && (this.atCellStart || this.justClosedQuote)) {
        // An opening quote, or the second of an escaped pair ("") inside a quoted cell.
        this.inQuotes = true;
        if (this.justClosedQuote) this.hasContent = true;
        this.justClosedQuote = false;
        this.atCellStart = false;
        this.afterCr = false;
        continue;
      }
      this.justClosedQuote = false;
      if (b === 0x0a && this.afterCr) {
        this.afterCr = false;
        continue;
      }
      this.afterCr = b === 0x0d;
      if (b === 0x0a || b === 0x0d) {
        this.endRecord();
      } else if (b === 0x2c) {
        this.atCellStart = true;
      } else {
        this.atCellStart = false;
        if (b !== 0x20 && b !== 0x09) this.hasContent = true;
      }
    }
  }

  /** The count once the last byte is in (a last line without a line end counts too). */
  finish(): number {
    if (this.hasContent) this.records++;
    this.hasContent = false;
    return this.records;
  }

  private endRecord(): void {
    if (this.hasContent) this.records++;
    this.hasContent = false;
    this.atCellStart = true;
  }
}

const SIGNATURES: { kind: string; bytes: number[] }[] = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'an Excel workbook (.xlsx) or another ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'an old Excel workbook (.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'UTF-16 text', bytes: [0xff, 0xfe] },
  { kind: 'UTF-16 text', bytes: [0xfe, 0xff] },
];

/** Longest signature `binaryKind` looks at. */
export const SIGNATURE_BYTES = 8;

/**
 * What a file that cannot be CSV looks like ("a PNG image", "an Excel workbook…"), from its first bytes
 * and whether a chunk holds a NUL byte (no CSV in UTF-8 or CP932 has one); null when it may be CSV.
 */
export function binaryKind(head: Uint8Array, chunk: Uint8Array = head): string | null {
  for (const { kind, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return kind;
  }
  return chunk.indexOf(0) === -1 ? null : 'a binary file (it holds NUL bytes)';
}

/** Cells that a spreadsheet would run as a formula get a leading apostrophe, which Excel shows as text. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoteCell(value: string): string {
  const safe = neutraliseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV bytes: CRLF line ends, every cell neutralised; UTF-8 with BOM unless CP932 is asked for. */
export function encodeCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  encoding: CsvExportEncoding,
): Buffer {
  const text =
    rows.map((row) => row.map((cell) => quoteCell(cell == null ? '' : String(cell))).join(',')).join('\r\n') +
    '\r\n';
  if (encoding === 'CP932') return iconv.encode(text, 'cp932');
  return Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]);
}

/** Header cells compared after NFKC, case folding and removal of spaces and underscores. */
export function headerKey(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-・]/g, '');
}

/**
 * Maps a header row to column indexes by alias (Japanese or English). Returns the index per canonical
 * column name, and the canonical names that appear twice.
 */
export function mapHeader<K extends string>(
  header: readonly string[],
  aliases: Record<K, readonly string[]>,
): { index: Partial<Record<K, number>>; duplicated: K[] } {
  const lookup = new Map<string, K>();
  for (const [key, names] of Object.entries(aliases) as [K, readonly string[]][]) {
    for (const name of names) lookup.set(headerKey(name), key);
  }
  const index: Partial<Record<K, number>> = {};
  const duplicated: K[] = [];
  header.forEach((cell, position) => {
    const key = lookup.get(headerKey(cell));
    if (!key) return;
    if (index[key] !== undefined) duplicated.push(key);
    else index[key] = position;
  });
  return { index, duplicated };
}

/** `YYYY/MM/DD`, `YYYY-MM-DD`, `YYYY.M.D` or `YYYY年M月D日`, full-width digits included → `YYYY-MM-DD`, or null. */
export function parseCsvDate(value: string): string | null {
  const match = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/.exec(value.normalize('NFKC').trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A local date and time (`YYYY/MM/DD HH:MM`, seconds optional; `T` also allowed) → date + minutes, or null. */
export function parseCsvLocalDateTime(value: string): { date: string; minutes: number } | null {
  const match = /^(\S+?)(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.normalize('NFKC').trim());
  if (!match) return null;
  const date = parseCsvDate(match[1]!);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (!date || hours > 23 || minutes > 59) return null;
  return { date, minutes: hours * 60 + minutes };
}

/**
 * Rows to CSV bytes for a machine (the national record export): CRLF, cells quoted only where CSV needs
 * it and otherwise unaltered; no formula guard, because what it would guard is refused where it is entered.
 */
export function encodeCsvUnaltered(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  encoding: CsvExportEncoding,
): Buffer {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text =
    rows.map((row) => row.map((value) => cell(value == null ? '' : String(value))).join(',')).join('\r\n') +
    '\r\n';
  if (encoding === 'CP932') return iconv.encode(text, 'cp932');
  return Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]);
}
