/**
 * Tokenising only: the hand-written `parseCsv` vs csv-parse (sync, the options closest to its rules) on the
 * same 100,000-row text, after decoding; rows/s, best of 5 rounds each. Then which of csv.test.ts's edge
 * cases csv-parse answers differently, and the same with the CP932 decoding in front (the import path). `npx tsx bench/plumbing/csv-tokenise.ts` (BENCH_ROWS changes the rows).
 */
import { parse, type Options } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { decodeCsv, parseCsv } from '../../server/src/shared/csv.js';

const rowCount = Number(process.env.BENCH_ROWS ?? 100_000);
const rows = ['接種券番号,生年月日,市町村コード,社員番号,メールアドレス'];
for (let i = 0; i < rowCount; i++) {
  const n = String(5_700_000_000 + i);
  // One row in ten has a quoted cell, as exports from HR systems often quote names.
  const id = i % 10 === 0 ? `"EMP, ${n}"` : `EMPLOYEE-${n}`;
  rows.push(`${n},1980/01/01,131016,${id},someone.with.a.long.name.${n}@example.co.jp`);
}
const text = `${rows.join('\r\n')}\r\n`;

const options: Options = {
  relax_quotes: true,
  relax_column_count: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  skip_empty_lines: true,
  info: true,
};

function library(source: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  const parsed = parse(source, options) as unknown as { record: string[]; info: { lines: number } }[];
  for (const { record, info } of parsed) {
    if (record.every((cell) => cell.trim() === '')) continue;
    out.push({ line: info.lines, cells: record });
  }
  return out;
}

function bestRowsPerSecond(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return (rowCount + 1) / (best / 1000);
}

const handWritten = bestRowsPerSecond(() => parseCsv(text));
const csvParse = bestRowsPerSecond(() => library(text));
const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
console.log(`${rowCount + 1} rows, ${mb} MB, best of 5:`);
console.log(`  hand-written parseCsv: ${Math.round(handWritten).toLocaleString('en')} rows/s`);
console.log(`  csv-parse (sync):      ${Math.round(csvParse).toLocaleString('en')} rows/s`);
console.log(`  csv-parse ÷ hand-written: ${(csvParse / handWritten).toFixed(2)}`);

// The import path's share: the same rows as an Excel CP932 file, decoded (iconv-lite) and then tokenised.
const cp932 = iconv.encode(text, 'cp932');
const handWrittenPath = bestRowsPerSecond(() => parseCsv(decodeCsv(cp932).text));
const csvParsePath = bestRowsPerSecond(() => library(decodeCsv(cp932).text));
console.log(`CP932 decode + tokenise:`);
console.log(`  hand-written: ${Math.round(handWrittenPath).toLocaleString('en')} rows/s`);
console.log(`  csv-parse:    ${Math.round(csvParsePath).toLocaleString('en')} rows/s`);
console.log(`  csv-parse ÷ hand-written: ${(csvParsePath / handWrittenPath).toFixed(2)}`);

const edgeCases = [
  'a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n,,\nlast,1',
  'a,"unclosed\nrest',
  '"ab"cd,e\r\n"x"y\rz',
  'a\rb\n,x\n  ,\t\n"",y',
];
for (const sample of edgeCases) {
  let answer: string;
  try {
    const same = JSON.stringify(library(sample)) === JSON.stringify(parseCsv(sample));
    answer = same ? 'same' : `differs: ${JSON.stringify(library(sample))}`;
  } catch (error) {
    answer = `throws ${(error as { code?: string }).code ?? (error as Error).message}`;
  }
  console.log(`  ${JSON.stringify(sample)}: ${answer}`);
}
