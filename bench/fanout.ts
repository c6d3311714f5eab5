/**
 * bench:fanout — live counts to many subscribers. A separate process holds N graphql-ws subscriptions to
 * one venue while bookings are made through the same server at a steady rate. For each booking it measures
 * the time from the booking's commit (its HTTP answer) until the LAST subscriber holds the new count, the
 * server's frames per CPU-second, and the bookings' own latency — once with a stock graphql-ws setup (the
 * subscription executed once per subscriber) and once grouped (executed once per group of identical
 * subscriptions), in the same run. A last phase runs two server processes on one database and subscribes on
 * one while booking through the other.
 *
 *   npm run bench:fanout -- [--subscribers 10000] [--rate 10] [--seconds 10] [--cross-subscribers 1000]
 */
import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  ROOT,
  cpuSecondsOf,
  machine,
  round,
  startDatabase,
  startServer,
  summarize,
  table,
  writeReport,
  type ServerProcess,
  serverEnv,
} from './lib/infra.js';
import { BOOK, GraphQLHttp, addressOf, readBookAnswer } from './lib/http.js';
import { resetSite, seedSite, type BenchSite } from './lib/seed.js';
import { loadConfig, type AppConfig } from '../server/src/config/config.js';

/** The server settings that shape a push, as the server process reads them (its env, defaults filled in). */
const RECORDED_SETTINGS = [
  'availabilityCoalesceMs',
  'subscriptionFanout',
  'bus',
  'trustedProxies',
  'databasePoolMax',
  'maxConcurrentRequests',
  'maxQueuedRequests',
  'maxSubscriptionsPerConnection',
  'bookingsInFlightPerSlot',
  'rateLimitPerAddress',
  'rateLimitBurstPerAddress',
  'rateLimitPerSession',
  'rateLimitBurstPerSession',
  'principalCacheTtlMs',
] as const satisfies readonly (keyof AppConfig)[];

const phaseSettings: {
  phase: string;
  env: Record<string, string>;
  settings: Record<string, string | number | boolean | undefined>;
}[] = [];

/** Records what a phase's server runs with: the env this bench passed and the effective values it yields. */
function recordSettings(phase: string, databaseUrl: string, env: Record<string, string>): void {
  // The same env startServer gives the process (bench/lib/infra.ts), read by the server's own parser.
  const config = loadConfig(serverEnv(databaseUrl, env));
  // Lists (trusted proxies) print as one cell.
  const settings = Object.fromEntries(
    RECORDED_SETTINGS.map((key) => {
      const value = config[key];
      return [key, Array.isArray(value) ? value.join(' ') : value];
    }),
  ) as Record<string, string | number | boolean | undefined>;
  phaseSettings.push({ phase, env, settings });
}

const { values: args } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    'cross-subscribers': { type: 'string', default: '1000' },
    modes: { type: 'string', default: 'stock,grouped' },
  },
});
const SUBSCRIBERS = Number(args.subscribers);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const CROSS_SUBSCRIBERS = Number(args['cross-subscribers']);
const MODES = args.modes.split(',').filter(Boolean) as ('stock' | 'grouped')[];
const CAPACITY = 50_000;
const DRAIN_TIMEOUT_MS = 60_000;

// Three kinds of subscriber: the same venue, different selections (so several groups form).
const QUERIES = [
  `subscription Counts($venueId: ID!) { slotAvailabilityChanged(venueId: $venueId) { slotId remaining } }`,
  `subscription CountsAndCapacity($venueId: ID!) {
     slotAvailabilityChanged(venueId: $venueId) { slotId remaining capacity slot { id startsAt status remaining } }
   }`,
  `subscription CountsWithVenue($venueId: ID!) {
     slotAvailabilityChanged(venueId: $venueId) { slotId remaining slot { id venue { id name } } }
   }`,
];

const epochNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** About the size of a grouped count frame (`{"id":"1","type":"next","payload":{"data":…}}`). */
const FLOOR_FRAME = Buffer.alloc(120, 0x20);
const FLOOR_ROUNDS = 5;

/** The subscriber process and a way to wait for its messages. */
class Subscribers {
  private readonly child: ChildProcess;
  private readonly listeners = new Set<(message: Record<string, unknown>) => void>();
  readonly allAt = new Map<number, number>();

  constructor() {
    this.child = fork(path.join(ROOT, 'bench/lib/subscribers.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: Record<string, unknown>) => {
      if (message.event === 'all') this.allAt.set(message.remaining as number, message.at as number);
      for (const listener of this.listeners) listener(message);
    });
  }

  request(command: Record<string, unknown>, event: string, timeoutMs = 300_000) {
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${event} from the subscriber process`));
      }, timeoutMs);
      const listener = (message: Record<string, unknown>) => {
        if (message.event === 'failed') {
          clearTimeout(timer);
          this.listeners.delete(listener);
          reject(new Error(String(message.error)));
        }
        if (message.event !== event) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(message);
      };
      this.listeners.add(listener);
      if (Object.keys(command).length > 0) this.child.send(command);
    });
  }

  /** CPU of the subscriber process: it shares the machine with the server. */
  cpuSeconds(): number {
    return cpuSecondsOf(this.child.pid!);
  }

  async waitAll(remaining: number, timeoutMs: number): Promise<number | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (!this.allAt.has(remaining) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    return this.allAt.get(remaining);
  }

  async close(): Promise<void> {
    await this.request({ cmd: 'close' }, 'closed', 10_000).catch(() => undefined);
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    if (this.child.exitCode === null) await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

interface Floor {
  sockets: number;
  frameBytes: number;
  /** From the first write until the last socket has its frame, per round. */
  pushMs: number[];
  writerCpuUsPerFrame: number;
  readerCpuUsPerFrame: number;
}

/**
 * The floor under any push on this machine: the bench process writes one frame to each of `count` plain
 * loopback TCP sockets held by the subscriber process, with no server, WebSocket or GraphQL in between and
 * nothing else running. A server's push to as many subscribers cannot reach the last one sooner.
 */
async function measureFloor(count: number): Promise<Floor> {
  const accepted: net.Socket[] = [];
  const listener = net.createServer((socket) => {
    socket.setNoDelay(true);
    accepted.push(socket);
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const subscribers = new Subscribers();
  try {
    await subscribers.request({}, 'ready', 30_000);
    const port = (listener.address() as net.AddressInfo).port;
    await subscribers.request(
      { cmd: 'floor-connect', port, count, frameBytes: FLOOR_FRAME.length },
      'floor-connected',
    );
    while (accepted.length < count) await sleep(5);
    await sleep(500);
    const pushMs: number[] = [];
    const writerUs: number[] = [];
    const readerUs: number[] = [];
    for (let r = 0; r < FLOOR_ROUNDS; r++) {
      const readerBefore = subscribers.cpuSeconds();
      const arrived = subscribers.request({}, 'floor-all', 60_000);
      const start = epochNow();
      const cpu = process.cpuUsage();
      for (const socket of accepted) socket.write(FLOOR_FRAME);
      const written = process.cpuUsage(cpu);
      const all = await arrived;
      pushMs.push((all.at as number) - start);
      writerUs.push((written.user + written.system) / count);
      await sleep(300);
      readerUs.push(((subscribers.cpuSeconds() - readerBefore) * 1e6) / count);
    }
    const median = (values: number[]) => summarize(values).p50;
    return {
      sockets: count,
      frameBytes: FLOOR_FRAME.length,
      pushMs,
      writerCpuUsPerFrame: median(writerUs),
      readerCpuUsPerFrame: median(readerUs),
    };
  } finally {
    for (const socket of accepted) socket.destroy();
    listener.close();
    await subscribers.close();
  }
}

interface FanoutResult {
  phase: string;
  subscribers: number;
  bookings: number;
  delivered: number;
  latencyFromCommit: ReturnType<typeof summarize>;
  fromCommitMs: number[];
  /** Each booking's own latency, in booking order (JSON report). */
  bookingMs: number[];
  latencyFromRequest: ReturnType<typeof summarize>;
  booking: ReturnType<typeof summarize>;
  frames: number;
  serverCpuS: number;
  /** CPU of the process holding the subscriptions: it shares the machine with the server. */
  subscriberCpuS: number;
  framesPerCpuS: number;
  groups?: string;
}

async function measure(
  phase: string,
  subscribeTo: ServerProcess,
  bookThrough: ServerProcess,
  site: BenchSite,
  admin: pg.Pool,
  subscriberCount: number,
): Promise<FanoutResult> {
  await resetSite(admin, site.id);
  const slotId = site.firstSlots[0]!.id;
  const subscribers = new Subscribers();
  const http = new GraphQLHttp(bookThrough.url, 4);
  try {
    await subscribers.request({}, 'ready', 30_000);
    const connected = await subscribers.request(
      {
        cmd: 'connect',
        url: subscribeTo.wsUrl,
        count: subscriberCount,
        venueId: site.venueId,
        slotId,
        queries: QUERIES,
        parallel: 100,
      },
      'connected',
    );
    console.log(`  ${phase}: ${String(connected.count)} subscribers connected`);
    let booked = 0;
    const book = async () => {
      const recipient = site.recipients[booked]!;
      const sent = epochNow();
      const answer = readBookAnswer(
        await http.post(
          BOOK,
          { input: { slotId, dose: 1 } },
          { authorization: `Bearer ${recipient.token}`, 'x-forwarded-for': addressOf(booked) },
        ),
      );
      const answered = epochNow();
      if (!answer.ok) throw new Error(`booking failed: ${answer.code}`);
      booked += 1;
      return { sent, answered, remaining: CAPACITY - booked };
    };
    await subscribers.request({ cmd: 'reset', from: CAPACITY }, 'reset');
    // The first booking proves every subscription is live (and warms the path); it is not measured.
    const probe = await book();
    if ((await subscribers.waitAll(probe.remaining, DRAIN_TIMEOUT_MS)) === undefined)
      throw new Error(`${phase}: not every subscriber got the first count`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await subscribers.request({ cmd: 'reset', from: probe.remaining }, 'reset');

    const cpuBefore = subscribeTo.cpuSeconds();
    const subscriberCpuBefore = subscribers.cpuSeconds();
    const bookings: Awaited<ReturnType<typeof book>>[] = [];
    const start = performance.now();
    const total = Math.round(RATE * SECONDS);
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      bookings.push(await book());
    }
    const last = bookings.at(-1)!;
    await subscribers.waitAll(last.remaining, DRAIN_TIMEOUT_MS);
    const serverCpuS = subscribeTo.cpuSeconds() - cpuBefore;
    const stats = await subscribers.request({ cmd: 'stats' }, 'stats');
    const fromCommit: number[] = [];
    const fromRequest: number[] = [];
    for (const b of bookings) {
      const at = subscribers.allAt.get(b.remaining);
      if (at === undefined) continue;
      fromCommit.push(at - b.answered);
      fromRequest.push(at - b.sent);
    }
    const frames = Number(stats.frames);
    const subscriberCpuS = subscribers.cpuSeconds() - subscriberCpuBefore;
    return {
      phase,
      subscribers: Number(connected.count),
      bookings: bookings.length,
      delivered: fromCommit.length,
      latencyFromCommit: summarize(fromCommit),
      // In booking order, for the JSON report: a queue that builds up shows as a rising series.
      fromCommitMs: fromCommit.map((ms) => Math.round(ms)),
      bookingMs: bookings.map((b) => Math.round(b.answered - b.sent)),
      latencyFromRequest: summarize(fromRequest),
      booking: summarize(bookings.map((b) => b.answered - b.sent)),
      frames,
      serverCpuS,
      subscriberCpuS,
      framesPerCpuS: frames / serverCpuS,
    };
  } finally {
    http.close();
    await subscribers.close();
  }
}

const started = new Date();
const machineInfo = machine();
console.log(
  `bench:fanout — ${SUBSCRIBERS} subscribers, ${RATE} bookings/s for ${SECONDS} s; modes ${MODES.join(', ')}; cross-process ${CROSS_SUBSCRIBERS}`,
);
console.log(
  `machine: ${machineInfo.cpus} × ${machineInfo.cpuModel}, load average ${machineInfo.loadAverage.join(' ')}`,
);
const db = await startDatabase('fanout');
const admin = new pg.Pool({ connectionString: db.url, max: 2 });
admin.on('error', (error) => console.error(`admin connection: ${error.message}`));
const servers: ServerProcess[] = [];
const results: FanoutResult[] = [];
try {
  // The server creates the schema; the fixtures go in directly.
  const first = await startServer(db.url, { BUS: 'none' }, 'fanout-setup');
  await first.stop();
  const site = await seedSite(admin, {
    mode: 'SEPARATE',
    recipients: Math.round(RATE * SECONDS) + 50,
    slots: 4,
    capacity: CAPACITY,
    numberBase: 1_000_000_000,
  });
  const common = { TRUSTED_PROXIES: 'loopback', LOG_LEVEL: 'warn' };

  const floor = await measureFloor(SUBSCRIBERS);
  const floorPush = summarize(floor.pushMs);
  console.log(
    `  floor: one write to each of ${floor.sockets} plain loopback sockets reaches the last in ` +
      `${floor.pushMs.map((ms) => round(ms)).join(', ')} ms; writer ${round(floor.writerCpuUsPerFrame, 2)} µs, ` +
      `reader ${round(floor.readerCpuUsPerFrame, 2)} µs CPU per frame`,
  );

  for (const mode of MODES) {
    const env = { ...common, SUBSCRIPTION_FANOUT: mode, BUS: 'none' };
    recordSettings(mode, db.url, env);
    const server = await startServer(db.url, env, mode);
    servers.push(server);
    const result = await measure(mode, server, server, site, admin, SUBSCRIBERS);
    results.push(result);
    await server.stop();
    console.log(
      `  ${mode}: last subscriber p50 ${round(result.latencyFromCommit.p50)} ms, p99 ${round(result.latencyFromCommit.p99)} ms; ` +
        `${round(result.framesPerCpuS)} frames/CPU-s; bookings p99 ${round(result.booking.p99)} ms`,
    );
  }

  if (CROSS_SUBSCRIBERS > 0) {
    const env = { ...common, SUBSCRIPTION_FANOUT: 'grouped', BUS: 'postgres' };
    recordSettings('two instances (subscribe on A, book on B)', db.url, env);
    const a = await startServer(db.url, env, 'instance-a');
    const b = await startServer(db.url, env, 'instance-b');
    servers.push(a, b);
    const result = await measure(
      'two instances (subscribe on A, book on B)',
      a,
      b,
      site,
      admin,
      CROSS_SUBSCRIBERS,
    );
    results.push(result);
    await Promise.all([a.stop(), b.stop()]);
    console.log(
      `  cross-process: last subscriber p50 ${round(result.latencyFromCommit.p50)} ms, p99 ${round(result.latencyFromCommit.p99)} ms`,
    );
  }

  const rows = results.map((r) => ({
    phase: r.phase,
    subscribers: r.subscribers,
    bookings: r.bookings,
    'delivered to all': r.delivered,
    'commit→last p50 ms': round(r.latencyFromCommit.p50),
    'commit→last p99 ms': round(r.latencyFromCommit.p99),
    'request→last p99 ms': round(r.latencyFromRequest.p99),
    frames: r.frames,
    'server CPU s': round(r.serverCpuS, 2),
    'subscriber CPU s': round(r.subscriberCpuS, 2),
    'frames/CPU-s': Math.round(r.framesPerCpuS),
    'booking p50 ms': round(r.booking.p50),
    'booking p99 ms': round(r.booking.p99),
  }));
  const stock = results.find((r) => r.phase === 'stock');
  const grouped = results.find((r) => r.phase === 'grouped');
  const ratio = stock && grouped ? grouped.framesPerCpuS / stock.framesPerCpuS : NaN;
  const text = [
    `bench:fanout ${started.toISOString()}`,
    `machine: ${machineInfo.cpus} × ${machineInfo.cpuModel}, ${machineInfo.memoryGb} GB, ${machineInfo.platform}, node ${machineInfo.node}, load average at start ${machineInfo.loadAverage.join(' ')}`,
    `${SUBSCRIBERS} subscribers on one venue (${QUERIES.length} different selections), ${RATE} bookings/s for ${SECONDS} s through the same server`,
    `server settings per phase (effective values as the server reads them; env passed by the bench: ${JSON.stringify(common)}${
      Object.keys(process.env).some((k) => k === 'AVAILABILITY_COALESCE_MS')
        ? `, AVAILABILITY_COALESCE_MS=${process.env.AVAILABILITY_COALESCE_MS} inherited`
        : ''
    }):`,
    table(phaseSettings.map((p) => ({ phase: p.phase, ...p.settings }))),
    `"commit→last": from the booking's HTTP answer (after its commit) until the last subscriber holds that count or a lower one.`,
    '',
    table(rows),
    '',
    `grouped ÷ stock frames per CPU-second (same run): ${round(ratio, 2)}`,
    '',
    `floor (same run, before the phases): the bench process writes one ${floor.frameBytes}-byte frame to each of ` +
      `${floor.sockets} plain loopback TCP sockets held by the subscriber process, nothing else running; the last ` +
      `socket has it after p50 ${round(floorPush.p50)} ms (${FLOOR_ROUNDS} rounds: ${floor.pushMs.map((ms) => round(ms)).join(', ')} ms); ` +
      `writer ${round(floor.writerCpuUsPerFrame, 2)} µs and reader ${round(floor.readerCpuUsPerFrame, 2)} µs of CPU per frame.`,
    grouped
      ? `grouped commit→last p50 ÷ floor p50: ${round(grouped.latencyFromCommit.p50 / floorPush.p50, 2)}; p99 ÷ floor p50: ${round(grouped.latencyFromCommit.p99 / floorPush.p50, 2)}`
      : '',
    '',
  ].join('\n');
  console.log(`\n${text}`);
  const files = await writeReport(
    'fanout',
    { started, machine: machineInfo, args, serverSettings: phaseSettings, floor, results, ratio },
    text,
  );
  console.log(`report: ${files.join(', ')}`);
} finally {
  await admin.end();
  for (const server of servers) await server.stop().catch(() => undefined);
  await db.stop();
}
