/**
 * npm run bench:import — 100,000 valid tickets from a Shift_JIS file through the API (upload, preview,
 * commit), next to PostgreSQL COPY of the same rows into the same table in the same run. Goal: the API
 * path reaches at least 25% of COPY's rows per second.
 */
import iconv from 'iconv-lite';
import { sql } from '../server/src/shared/sql.js';
import { Bench, fmt, machine, writeReport } from './harness.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const GOAL = 0.25;

function rows(offset: number): { number: string; birthDate: string; code: string }[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    return {
      number: String(offset + i).padStart(10, '0'),
      birthDate: `${1940 + (i % 60)}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`,
      code: '131016',
    };
  });
}

const bench = await Bench.start();
try {
  const data = rows(1_000_000_000);
  const japanese = [
    '接種券番号,生年月日,市町村コード',
    ...data.map((r) => `${r.number},${r.birthDate},${r.code}`),
  ].join('\r\n');
  const sjis = iconv.encode(`${japanese}\r\n`, 'cp932');

  // Warm-up: JIT, pool connections, plan caches.
  const warm = await bench.createSite('warm-up');
  await bench.importFile(
    warm.id,
    'VALID_TICKETS',
    iconv.encode(japanese.split('\r\n').slice(0, 2001).join('\r\n'), 'cp932'),
  );

  const apiSite = await bench.createSite('api import');
  const api = await bench.importFile(apiSite.id, 'VALID_TICKETS', sjis);
  if (api.created !== ROWS) throw new Error(`created ${api.created} of ${ROWS}`);

  // COPY of the same rows into the same table (same indexes), from a file the server reads itself:
  // no client transfer, no parsing in Node — the fastest load PostgreSQL offers.
  const copySite = await bench.createSite('copy');
  const copyFile = await bench.serverReadableFile(
    'copy.csv',
    data
      .map((r) => `${copySite.id},REAL,${r.number},${r.birthDate.replace(/\//g, '-')},${r.code}`)
      .join('\n') + '\n',
  );
  const em = bench.app.orm.em.fork();
  const c0 = performance.now();
  await sql(
    em,
    `copy ticket (site_id, kind, number, birth_date, municipality_code) from '${copyFile}' with (format csv)`,
  );
  const copyMs = performance.now() - c0;
  const [copied] = await sql<{ n: number }>(em, `select count(*)::int as n from ticket where site_id = ?`, [
    copySite.id,
  ]);
  if (copied!.n !== ROWS) throw new Error(`COPY loaded ${copied!.n}`);

  const apiRate = ROWS / (api.totalMs / 1000);
  const copyRate = ROWS / (copyMs / 1000);
  const ratio = apiRate / copyRate;
  const lines = [
    `# Valid-ticket import: ${fmt(ROWS)} rows, Shift_JIS, Japanese headers`,
    '',
    `Run ${new Date().toISOString()} on ${machine()}.`,
    '',
    '| path | ms | rows/s |',
    '| --- | ---: | ---: |',
    `| API: POST /uploads | ${fmt(api.uploadMs)} | |`,
    `| API: previewImport (decode, parse, check every row, look up existing tickets) | ${fmt(api.previewMs)} | |`,
    `| API: commitImport (check again, insert in one transaction) | ${fmt(api.commitMs)} | |`,
    `| **API total** | **${fmt(api.totalMs)}** | **${fmt(apiRate)}** |`,
    `| PostgreSQL COPY of the same rows (server-side file, same table) | ${fmt(copyMs)} | ${fmt(copyRate)} |`,
    '',
    `API / COPY = **${fmt(ratio * 100, 1)}%** (goal ≥ ${GOAL * 100}%: ${ratio >= GOAL ? 'met' : 'NOT met'}).`,
    '',
  ];
  const report = await writeReport('import-tickets', lines.join('\n'));
  console.log(lines.join('\n'));
  console.log(`Report: ${report}`);
} finally {
  await bench.close();
}
