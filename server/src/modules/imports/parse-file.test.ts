import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readImportFile,
  readImportFileOffThread,
  stopParsingWorkers,
  WORKER_MIN_BYTES,
} from './parse-file.js';

afterAll(() => stopParsingWorkers());

describe('reading an import file', () => {
  it('a large file parsed in a worker thread gives the same records as parsing it in place', async () => {
    const lines = ['接種券番号,生年月日,備考'];
    for (let i = 0; i < 8000; i++) {
      lines.push(`${String(i).padStart(10, '0')},1980/01/01,"引用 ""符"", 改行\r\nあり"`);
    }
    const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932');
    expect(bytes.length).toBeGreaterThanOrEqual(WORKER_MIN_BYTES);
    const inWorker = await readImportFileOffThread(bytes, Infinity);
    expect(inWorker.encoding).toBe('CP932');
    expect(inWorker.records.length).toBe(lines.length - 1);
    expect(inWorker).toEqual(readImportFile(bytes));
  });

  it('parsing threads are reused: three files at once, two threads, the same records as in place', async () => {
    const bytes = Buffer.from(['number', ...Array.from({ length: 40_000 }, (_, i) => String(i))].join('\n'));
    const files = await Promise.all([1, 2, 3].map(() => readImportFileOffThread(bytes, Infinity)));
    for (const file of files) expect(file).toEqual(readImportFile(bytes));
  });

  it('reads one record past the row cap and no further', async () => {
    const bytes = Buffer.from(
      ['number', ...Array.from({ length: 40_000 }, (_, i) => String(i).padStart(10, '0'))].join('\n'),
    );
    expect(bytes.length).toBeGreaterThanOrEqual(WORKER_MIN_BYTES);
    const file = await readImportFileOffThread(bytes, 100);
    expect(file.records.length).toBe(101);
    expect(file.records[100]).toEqual({ line: 102, cells: ['0000000100'] });
    expect(readImportFile(bytes, 100)).toEqual(file);
  });
});
