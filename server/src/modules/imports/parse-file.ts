import { Worker } from 'node:worker_threads';
import { decodeCsv, parseCsv, type CsvRecord, type CsvSourceEncoding } from '../../shared/csv.js';

export interface ParsedFile {
  encoding: CsvSourceEncoding;
  header: CsvRecord | undefined;
  /** The data records, at most `maxRows + 1` of them: one more than the cap says the file is over it. */
  records: CsvRecord[];
}

/** Decodes and parses a file here and now, reading at most `maxRows + 1` data records. */
export function readImportFile(bytes: Uint8Array, maxRows = Infinity): ParsedFile {
  const { text, encoding } = decodeCsv(bytes);
  const [header, ...records] = parseCsv(text, maxRows + 2);
  return { encoding, header, records };
}

/** How a worker hands a parsed file back: one string and three arrays, cheap to copy between threads. */
export interface PackedFile {
  encoding: CsvSourceEncoding;
  text: string;
  cellLengths: Uint32Array;
  cellsPerRecord: Uint32Array;
  lines: Uint32Array;
}

export function packFile(bytes: Uint8Array, maxRows: number): PackedFile {
  const { text, encoding } = decodeCsv(bytes);
  const records = parseCsv(text, maxRows + 2);
  const cells: string[] = [];
  const cellsPerRecord = new Uint32Array(records.length);
  const lines = new Uint32Array(records.length);
  records.forEach((record, i) => {
    cellsPerRecord[i] = record.cells.length;
    lines[i] = record.line;
    for (const cell of record.cells) cells.push(cell);
  });
  return {
    encoding,
    text: cells.join(''),
    cellLengths: Uint32Array.from(cells, (cell) => cell.length),
    cellsPerRecord,
    lines,
  };
}

/** Rebuilds the records of a packed file, yielding to the event loop between batches. */
export async function unpackFile(packed: PackedFile): Promise<ParsedFile> {
  const records: CsvRecord[] = [];
  let offset = 0;
  let cell = 0;
  for (let i = 0; i < packed.cellsPerRecord.length; i++) {
    const cells: string[] = new Array<string>(packed.cellsPerRecord[i]!);
    for (let c = 0; c < cells.length; c++) {
      const end = offset + packed.cellLengths[cell++]!;
      cells[c] = packed.text.slice(offset, end);
      offset = end;
    }
    records.push({ line: packed.lines[i]!, cells });
    if (i % 5000 === 4999) await new Promise((resolve) => setImmediate(resolve));
  }
  const [header, ...rest] = records;
  return { encoding: packed.encoding, header, records: rest };
}

/** Files from this size on are parsed in a worker thread, so a large file never holds the event loop. */
export const WORKER_MIN_BYTES = 256 * 1024;
/** Large files parsed at once per process; more wait their turn (each holds a copy of its file). */
const MAX_PARSING_WORKERS = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function inWorkerSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARSING_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function parseInWorker(bytes: Uint8Array, maxRows: number): Promise<PackedFile> {
  return new Promise((resolve, reject) => {
    // Plain JavaScript, so Node starts it as is under tsx, vitest or neither (it loads the TypeScript itself).
    const worker = new Worker(new URL('./parse.worker.js', import.meta.url), {
      workerData: { bytes, maxRows },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    worker.once('message', (packed: PackedFile) => {
      settled = true;
      resolve(packed);
    });
    worker.once('error', (error: Error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`CSV parsing worker exited with code ${code}`));
    });
  });
}

/**
 * Reads a file with at most `maxRows + 1` data records; a large one is decoded and parsed in a worker
 * thread (bench/README.md: a 19 MB file costs the event loop only the rebuilding of its records).
 */
export async function readImportFileOffThread(bytes: Uint8Array, maxRows: number): Promise<ParsedFile> {
  if (bytes.length < WORKER_MIN_BYTES) return readImportFile(bytes, maxRows);
  return unpackFile(await inWorkerSlot(() => parseInWorker(bytes, maxRows)));
}
