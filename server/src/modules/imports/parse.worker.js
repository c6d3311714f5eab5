// A worker thread that decodes and parses uploaded CSV files (parse-file.ts), one message per file, for as
// long as the process runs. Plain JavaScript so that Node loads it without a TypeScript loader; tsx's API
// then loads the parser's TypeScript source once, when the worker starts.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { packFile } = await tsImport('./parse-file.ts', import.meta.url);
parentPort.on('message', ({ id, bytes, maxRows }) => {
  try {
    const packed = packFile(bytes, maxRows);
    parentPort.postMessage({ id, packed }, [
      packed.cellLengths.buffer,
      packed.cellsPerRecord.buffer,
      packed.lines.buffer,
    ]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
