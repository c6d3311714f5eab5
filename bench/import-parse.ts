/**
 * How long parsing a 19 MB upload holds the event loop: in place (`readImportFile`) vs. in a worker thread
 * (`readImportFileOffThread`, what previews and commits use). No database; about 10 s.
 * `npm run bench:import-parse` (BENCH_ROWS changes the row count).
 */
import {
  readImportFile,
  readImportFileOffThread,
  stopParsingWorkers,
} from '../server/src/modules/imports/parse-file.js';

const rowCount = Number(process.env.BENCH_ROWS ?? 199_000);
const rows = ['接種券番号,生年月日,市町村コード,社員番号,メールアドレス'];
for (let i = 0; i < rowCount; i++) {
  const n = String(5_700_000_000 + i);
  rows.push(`${n},1980/01/01,131016,EMPLOYEE-${n},someone.with.a.long.name.${n}@example.co.jp`);
}
const bytes = Buffer.from(`${rows.join('\r\n')}\r\n`);

/** Runs `work` while a 5 ms timer measures the longest time the event loop could not run it. */
async function longestStall(work: () => Promise<unknown>): Promise<{ totalMs: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const totalMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  return { totalMs, stallMs: stall };
}

const mb = (bytes.length / 1024 / 1024).toFixed(1);
// The first file pays for starting the parsing thread; the later rounds reuse it (parse-file.ts).
for (let round = 1; round <= 3; round++) {
  const inPlace = await longestStall(async () => readImportFile(bytes, 200_000));
  const worker = await longestStall(() => readImportFileOffThread(bytes, 200_000));
  console.log(
    `round ${round}: ${mb} MB, ${rowCount} rows — in place: ${inPlace.totalMs.toFixed(0)} ms, event loop held ` +
      `${inPlace.stallMs.toFixed(0)} ms; worker: ${worker.totalMs.toFixed(0)} ms, event loop held ${worker.stallMs.toFixed(0)} ms`,
  );
}
stopParsingWorkers();
