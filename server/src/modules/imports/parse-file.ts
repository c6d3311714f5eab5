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

/**
 * A parsing thread kept for the next file: starting one (and loading the parser's TypeScript into it) cost
 * more than parsing 100,000 rows. tsx's compiler process keeps a thread's process alive, so an idle thread
 * ends after IDLE_MS, and `stopParsingWorkers` ends the idle ones at once.
 */
interface ParsingWorker {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (packed: PackedFile) => void; reject: (error: Error) => void }>;
  idleTimer?: ReturnType<typeof setTimeout>;
}

const IDLE_MS = 5_000;

const idle: ParsingWorker[] = [];
let running = 0;
let nextJob = 0;
const waiting: (() => void)[] = [];

function startWorker(): ParsingWorker {
  // Plain JavaScript, so Node starts it as is under tsx, vitest or neither (it loads the TypeScript itself).
  const worker = new Worker(new URL('./parse.worker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  worker.unref();
  const pending: ParsingWorker['pending'] = new Map();
  let markReady: () => void;
  let failStart: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  // Not yet awaited when it fails: the job that awaits it reports the error.
  ready.catch(() => undefined);
  const fail = (error: Error) => {
    failStart(error);
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    const index = idle.findIndex((w) => w.worker === worker);
    if (index >= 0) clearTimeout(idle.splice(index, 1)[0]!.idleTimer);
  };
  worker.on('message', (message: { ready?: true; id?: number; packed?: PackedFile; error?: string }) => {
    if (message.ready) return markReady();
    const job = pending.get(message.id!);
    pending.delete(message.id!);
    if (message.error !== undefined) job?.reject(new Error(message.error));
    else job?.resolve(message.packed!);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`CSV parsing worker exited with code ${code}`)));
  return { worker, ready, pending };
}

function takeIdle(): ParsingWorker | undefined {
  const parser = idle.pop();
  if (parser) clearTimeout(parser.idleTimer);
  return parser;
}

function putIdle(parser: ParsingWorker): void {
  parser.idleTimer = setTimeout(() => {
    const index = idle.indexOf(parser);
    if (index >= 0) idle.splice(index, 1);
    void parser.worker.terminate();
  }, IDLE_MS);
  parser.idleTimer.unref();
  idle.push(parser);
}

/** Starts a parsing thread before the file it is for has arrived (an upload began), unless one is idle. */
export function warmParsingWorker(): void {
  if (idle.length + running < MAX_PARSING_WORKERS) putIdle(startWorker());
}

/** Ends the idle parsing threads now (the app closes); a busy one ends IDLE_MS after its file. */
export function stopParsingWorkers(): void {
  for (const parser of idle.splice(0)) {
    clearTimeout(parser.idleTimer);
    void parser.worker.terminate();
  }
}

async function parseInWorker(bytes: Uint8Array, maxRows: number): Promise<PackedFile> {
  if (running >= MAX_PARSING_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const parser = takeIdle() ?? startWorker();
  let healthy = true;
  try {
    await parser.ready;
    const id = ++nextJob;
    return await new Promise<PackedFile>((resolve, reject) => {
      parser.pending.set(id, { resolve, reject });
      parser.worker.postMessage({ id, bytes, maxRows });
    });
  } catch (error) {
    healthy = false;
    void parser.worker.terminate();
    throw error;
  } finally {
    if (healthy) putIdle(parser);
    running--;
    waiting.shift()?.();
  }
}

/**
 * Reads a file with at most `maxRows + 1` data records; a large one is decoded and parsed in a worker
 * thread (bench/README.md: a 19 MB file costs the event loop only the rebuilding of its records).
 */
export async function readImportFileOffThread(bytes: Uint8Array, maxRows: number): Promise<ParsedFile> {
  if (bytes.length < WORKER_MIN_BYTES) return readImportFile(bytes, maxRows);
  return unpackFile(await parseInWorker(bytes, maxRows));
}
