// A worker thread that decodes and parses one uploaded CSV file (parse-file.ts). Plain JavaScript so that
// Node loads it without a TypeScript loader; tsx's API then loads the parser's TypeScript source.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { packFile } = await tsImport('./parse-file.ts', import.meta.url);
const packed = packFile(workerData.bytes, workerData.maxRows);
parentPort.postMessage(packed, [
  packed.cellLengths.buffer,
  packed.cellsPerRecord.buffer,
  packed.lines.buffer,
]);
